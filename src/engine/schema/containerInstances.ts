import { clusterMember, paginationMembers } from './clusters';
import { bool, list, obj, oneOf, str } from './taskDefinitionBuilders';

const containerInstanceRef = str({ minLength: 1, maxLength: 1600 });

const instanceRefs = (max: number) => list(containerInstanceRef, max, { minItems: 1 });

export const describeContainerInstancesSchema = obj(
  {
    cluster: clusterMember,
    containerInstances: instanceRefs(100),
    include: list(oneOf(['TAGS', 'CONTAINER_INSTANCE_HEALTH']), 2),
  },
  ['containerInstances'],
);

export const listContainerInstancesSchema = obj({
  cluster: clusterMember,
  filter: str({ maxLength: 4096 }),
  status: oneOf(['ACTIVE', 'DRAINING', 'REGISTERING', 'DEREGISTERING', 'REGISTRATION_FAILED', 'INACTIVE']),
  ...paginationMembers,
});

export const updateContainerInstancesStateSchema = obj(
  {
    cluster: clusterMember,
    containerInstances: instanceRefs(10),
    status: oneOf(['ACTIVE', 'DRAINING', 'REGISTERING', 'DEREGISTERING', 'REGISTRATION_FAILED']),
  },
  ['containerInstances', 'status'],
);

export const deregisterContainerInstanceSchema = obj(
  { cluster: clusterMember, containerInstance: containerInstanceRef, force: bool() },
  ['containerInstance'],
);

export const setAgentConnectedSchema = obj(
  { cluster: clusterMember, containerInstance: containerInstanceRef, connected: bool() },
  ['containerInstance', 'connected'],
);
