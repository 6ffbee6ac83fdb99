import type { QuerySubject } from '../query';
import type { ContainerInstance } from '../model/ecs';
import type { SimState } from '../state';
import { groupCountsOf } from './occupancy';

export { groupCountsOf, occupancyOf, taskCountsByInstance } from './occupancy';
export type { GroupCounts, Occupancy, TaskCounts } from './occupancy';
export { containerInstanceOutput } from './output';
export { findContainerInstance, requireContainerInstance } from './lookup';
export { deregisterContainerInstance } from './deregister';

const attributeMaps = new WeakMap<ContainerInstance, ReadonlyMap<string, string>>();

function attributeMap(ci: ContainerInstance): ReadonlyMap<string, string> {
  let map = attributeMaps.get(ci);
  if (!map) {
    map = new Map(ci.attributes.map((a) => [a.name, a.value ?? '']));
    attributeMaps.set(ci, map);
  }
  return map;
}

/**
 * What the cluster query language sees of an instance: attributes, ids, its agent, and the tasks on it that
 * are not STOPPED (`runningTasksCount`, `task:group`). Cheap to call per instance per placement.
 */
export function querySubjectOf(state: SimState, ci: ContainerInstance): QuerySubject {
  const [occupancy] = groupCountsOf(state, [ci]);
  return {
    attributes: attributeMap(ci),
    ec2InstanceId: ci.ec2InstanceId,
    agentConnected: ci.agentConnected,
    agentVersion: ci.agentVersion,
    registeredAt: state.startEpoch + ci.registeredAt,
    runningTasksCount: occupancy!.total,
    taskGroups: occupancy!.groups,
  };
}
