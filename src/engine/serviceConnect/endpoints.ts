import type { Task } from '../model/ecs';
import type { Service } from '../model/service';
import type { ServiceConnectSettings } from '../model/serviceConnect';
import { tasksOfService } from '../services/reconcile';
import type { SimState } from '../state';
import { definitionOf, isServing, namedPort, settingsOfTask, taskAddress } from './tasks';

/**
 * The sandbox's model of a Service Connect endpoint pool. A task of a client-server service is an endpoint of
 * its `portName` while it serves: RUNNING, not being stopped, and healthy when its containers have health checks.
 * It leaves the pool the moment ECS starts stopping it (draining: the proxies stop sending it new requests) and
 * joins once RUNNING (and HEALTHY). AWS updates the proxies within seconds; the sandbox does it at once.
 */
export interface Endpoint {
  readonly taskArn: string;
  readonly ip: string;
  readonly port: number;
  readonly availabilityZone: string;
  /** in the pool, draining (being stopped), or starting (not RUNNING or not yet healthy) */
  readonly state: 'IN_POOL' | 'DRAINING' | 'STARTING';
}

function hasHealthCheck(state: SimState, task: Task): boolean {
  return (definitionOf(state, task)?.containerDefinitions ?? []).some((c) => c.healthCheck !== undefined);
}

export function endpointState(state: SimState, task: Task): Endpoint['state'] | undefined {
  if (task.lastStatus === 'STOPPED' || task.lastStatus === 'DEPROVISIONING') return undefined;
  if (task.desiredStatus !== 'RUNNING') return task.lastStatus === 'RUNNING' ? 'DRAINING' : undefined;
  if (!isServing(task)) return 'STARTING';
  if (task.healthStatus === 'UNHEALTHY') return 'STARTING';
  if (hasHealthCheck(state, task) && task.healthStatus !== 'HEALTHY') return 'STARTING';
  return 'IN_POOL';
}

/** Every task of the service that has (or had a moment ago) the port: in the pool, draining or starting. */
export function endpointsOf(state: SimState, service: Service, portName: string): Endpoint[] {
  const out: Endpoint[] = [];
  for (const task of tasksOfService(state, service)) {
    const settings = settingsOfTask(state, task);
    const entry = settings?.services.find((s) => s.portName === portName);
    if (!entry) continue;
    const st = endpointState(state, task);
    if (!st) continue;
    const named = namedPort(definitionOf(state, task), portName);
    const address =
      named?.mapping.containerPort !== undefined
        ? taskAddress(state, task, named.mapping.containerPort)
        : undefined;
    if (!address) continue;
    out.push({
      taskArn: task.taskArn,
      ip: address.ip,
      port: entry.ingressPortOverride ?? address.port,
      availabilityZone: task.availabilityZone,
      state: st,
    });
  }
  return out;
}

/** An alias a client can call: the server service, its entry and since when it has been announced. */
export interface Alias {
  readonly service: Service;
  readonly settings: ServiceConnectSettings;
  readonly portName: string;
  readonly discoveryName: string;
  readonly dnsName: string;
  readonly port: number;
  /** when the alias first appeared in the namespace (a client task started before it cannot resolve it) */
  readonly since: number;
}

/** Every client alias of the namespace, from the ACTIVE services' newest deployment that has one per alias. */
export function aliasesIn(state: SimState, namespaceArn: string): Alias[] {
  const out: Alias[] = [];
  for (const service of Object.values(state.ecs.services)) {
    if (service.status !== 'ACTIVE') continue;
    const seen = new Set<string>();
    for (const d of service.deployments) {
      const settings = d.serviceConnect;
      if (!settings?.enabled || settings.namespace !== namespaceArn) continue;
      for (const entry of settings.services) {
        for (const alias of entry.clientAliases) {
          const key = `${alias.dnsName.toLowerCase()}:${alias.port}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({
            service,
            settings,
            portName: entry.portName,
            discoveryName: entry.discoveryName,
            dnsName: alias.dnsName,
            port: alias.port,
            since: settings.since ?? d.createdAt,
          });
        }
      }
    }
  }
  return out;
}
