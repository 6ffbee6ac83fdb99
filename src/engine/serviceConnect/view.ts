import type { DeepReadonly } from '../simulation';
import type { CallBucket, TrafficSource } from '../model/serviceConnect';
import { tasksOfService } from '../services/reconcile';
import type { SimState } from '../state';
import { endpointsOf, type Endpoint } from './endpoints';
import { findNamespace } from './namespaces';
import { isServing } from './tasks';

/** What the service panel shows of a service's Service Connect side (read only). */
export interface ServiceConnectFacts {
  readonly enabled: boolean;
  readonly namespace?: string;
  readonly entries: ReadonlyArray<{
    readonly portName: string;
    readonly discoveryName: string;
    readonly aliases: ReadonlyArray<string>;
    readonly endpoints: ReadonlyArray<Endpoint>;
  }>;
  /** the calls this service made, newest last */
  readonly calls: ReadonlyArray<CallBucket>;
  readonly traffic?: TrafficSource;
  /** its serving tasks: where a test call can come from */
  readonly callers: ReadonlyArray<string>;
}

export function serviceConnectFacts(
  readonlyState: SimState | DeepReadonly<SimState>,
  serviceArn: string,
): ServiceConnectFacts | undefined {
  // only read here: the engine's lookups are typed for the engine's own (writable) view of the state
  const state = readonlyState as SimState;
  const service = state.ecs.services[serviceArn];
  if (!service) return undefined;
  const sc = service.deployments[0]?.serviceConnect;
  const ns = sc?.namespace ? findNamespace(state, sc.namespace) : undefined;
  const traffic = state.serviceDiscovery.traffic[serviceArn];
  return {
    enabled: sc?.enabled === true,
    ...(ns ? { namespace: ns.Name } : {}),
    entries: (sc?.services ?? []).map((e) => ({
      portName: e.portName,
      discoveryName: e.discoveryName,
      aliases: e.clientAliases.map((a) => `${a.dnsName}:${a.port}`),
      endpoints: endpointsOf(state, service, e.portName),
    })),
    calls: state.serviceDiscovery.calls[serviceArn]?.buckets ?? [],
    ...(traffic ? { traffic } : {}),
    callers: tasksOfService(state, service)
      .filter(isServing)
      .map((t) => t.taskArn),
  };
}
