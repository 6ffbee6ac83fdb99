import type { QuerySubject } from '../query';
import type { ContainerInstance } from '../model/ecs';
import type { SimState } from '../state';

/** STUB: container instance helpers other engine modules use. The real module replaces the bodies. */

/** What the cluster query language sees of an instance: attributes, ids, counts, the task groups on it. */
export function querySubjectOf(_state: SimState, ci: ContainerInstance): QuerySubject {
  return {
    attributes: new Map(ci.attributes.map((a) => [a.name, a.value ?? ''])),
    ec2InstanceId: ci.ec2InstanceId,
    agentConnected: ci.agentConnected,
    agentVersion: ci.agentVersion,
    registeredAt: ci.registeredAt,
    runningTasksCount: 0,
    taskGroups: new Set(),
  };
}
