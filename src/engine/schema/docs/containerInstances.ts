import type { SchemaDocs } from './schemaDocs';
import { clusterDoc, paginationDocs } from './clusters';

/** Hover text for the container-instance requests (schema/containerInstances.ts). */

const containerInstanceDoc = 'A container instance: its id or full ARN.';

export const describeContainerInstancesDocs: SchemaDocs = {
  cluster: clusterDoc,
  containerInstances: 'Up to 100 container instance ids or ARNs.',
  'containerInstances[]': containerInstanceDoc,
  include: 'Extra details to return.',
};

export const listContainerInstancesDocs: SchemaDocs = {
  cluster: clusterDoc,
  filter:
    'A cluster query language expression, e.g. `attribute:ecs.instance-type == t3.medium` or `runningTasksCount > 0`.',
  status: 'Only instances in this status. Omitted: every status except INACTIVE.',
  ...paginationDocs,
};

export const updateContainerInstancesStateDocs: SchemaDocs = {
  cluster: clusterDoc,
  containerInstances: 'Up to 10 container instance ids or ARNs.',
  'containerInstances[]': containerInstanceDoc,
  status:
    '`DRAINING` stops new placements (service tasks move away; standalone tasks stay); `ACTIVE` takes tasks again.',
};

export const deregisterContainerInstanceDocs: SchemaDocs = {
  cluster: clusterDoc,
  containerInstance: containerInstanceDoc,
  force: 'Deregister even if tasks are still on the instance (default false).',
};

export const setAgentConnectedDocs: SchemaDocs = {
  cluster: clusterDoc,
  containerInstance: containerInstanceDoc,
  connected:
    'false: the agent loses its connection to ECS (placement then fails with AGENT); true: it reconnects.',
};
