import { hexDigest } from '../../lib/digest';
import type { Service } from '../model/service';
import type { CloudMapNamespace } from '../model/serviceConnect';
import type { SimState } from '../state';
import { endpointsOf, type Endpoint } from './endpoints';

/**
 * The Cloud Map services ECS creates for Service Connect: one per `discoveryName` of a client-server service, in
 * its namespace, with one instance per task in the pool. The sandbox derives them from the ECS services instead
 * of storing them; the id is a digest of namespace and name, so it stays the same for the same service.
 */
export interface CloudMapService {
  readonly Id: string;
  readonly Arn: string;
  readonly Name: string;
  readonly NamespaceId: string;
  readonly ecsService: Service;
  readonly portName: string;
  readonly createdAt: number;
}

export function cloudMapServices(state: SimState, ns: CloudMapNamespace): CloudMapService[] {
  const out: CloudMapService[] = [];
  for (const service of Object.values(state.ecs.services)) {
    if (service.status !== 'ACTIVE') continue;
    const sc = service.deployments[0]?.serviceConnect;
    if (!sc?.enabled || sc.namespace !== ns.Arn) continue;
    for (const entry of sc.services) {
      const Id = `srv-${hexDigest(`${ns.Id}/${entry.discoveryName}`, 16)}`;
      out.push({
        Id,
        Arn: `arn:aws:servicediscovery:${state.region}:${state.accountId}:service/${Id}`,
        Name: entry.discoveryName,
        NamespaceId: ns.Id,
        ecsService: service,
        portName: entry.portName,
        createdAt: sc.since ?? service.createdAt,
      });
    }
  }
  return out.sort((a, b) => (a.Name < b.Name ? -1 : 1));
}

/** The instances of a Cloud Map service: the tasks in its pool (ECS registers them as they start serving). */
export const instancesOf = (state: SimState, s: CloudMapService): Endpoint[] =>
  endpointsOf(state, s.ecsService, s.portName).filter((e) => e.state === 'IN_POOL');
