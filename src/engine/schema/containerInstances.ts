import { describe, type JsonSchema } from './jsonSchema';
import { clusterMember, paginationMembers } from './clusters';

const containerInstanceRef: JsonSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 1600,
  ...describe('A container instance: its id or full ARN.'),
};

const instanceRefs = (max: number, text: string): JsonSchema => ({
  type: 'array',
  minItems: 1,
  maxItems: max,
  items: containerInstanceRef,
  ...describe(text),
});

export const describeContainerInstancesSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['containerInstances'],
  properties: {
    cluster: clusterMember,
    containerInstances: instanceRefs(100, 'Up to 100 container instance ids or ARNs.'),
    include: {
      type: 'array',
      maxItems: 2,
      items: { type: 'string', enum: ['TAGS', 'CONTAINER_INSTANCE_HEALTH'] },
      ...describe('Extra details to return.'),
    },
  },
};

export const listContainerInstancesSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    cluster: clusterMember,
    filter: {
      type: 'string',
      maxLength: 4096,
      ...describe(
        'A cluster query language expression, e.g. `attribute:ecs.instance-type == t3.medium` or `runningTasksCount > 0`.',
      ),
    },
    status: {
      type: 'string',
      enum: ['ACTIVE', 'DRAINING', 'REGISTERING', 'DEREGISTERING', 'REGISTRATION_FAILED', 'INACTIVE'],
      ...describe('Only instances in this status. Omitted: every status except INACTIVE.'),
    },
    ...paginationMembers,
  },
};

export const updateContainerInstancesStateSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['containerInstances', 'status'],
  properties: {
    cluster: clusterMember,
    containerInstances: instanceRefs(10, 'Up to 10 container instance ids or ARNs.'),
    status: {
      type: 'string',
      enum: ['ACTIVE', 'DRAINING', 'REGISTERING', 'DEREGISTERING', 'REGISTRATION_FAILED'],
      ...describe(
        '`DRAINING` stops new placements (service tasks move away; standalone tasks stay); `ACTIVE` takes tasks again.',
      ),
    },
  },
};

export const deregisterContainerInstanceSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['containerInstance'],
  properties: {
    cluster: clusterMember,
    containerInstance: containerInstanceRef,
    force: {
      type: 'boolean',
      ...describe('Deregister even if tasks are still on the instance (default false).'),
    },
  },
};

export const setAgentConnectedSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['containerInstance', 'connected'],
  properties: {
    cluster: clusterMember,
    containerInstance: containerInstanceRef,
    connected: {
      type: 'boolean',
      ...describe(
        'false: the agent loses its connection to ECS (placement then fails with AGENT); true: it reconnects.',
      ),
    },
  },
};
