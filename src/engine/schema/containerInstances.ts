import type { JsonSchema } from './jsonSchema';
import { clusterMember, paginationMembers } from './clusters';

const containerInstanceRef: JsonSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 1600,
};

const instanceRefs = (max: number): JsonSchema => ({
  type: 'array',
  minItems: 1,
  maxItems: max,
  items: containerInstanceRef,
});

export const describeContainerInstancesSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['containerInstances'],
  properties: {
    cluster: clusterMember,
    containerInstances: instanceRefs(100),
    include: {
      type: 'array',
      maxItems: 2,
      items: { type: 'string', enum: ['TAGS', 'CONTAINER_INSTANCE_HEALTH'] },
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
    },
    status: {
      type: 'string',
      enum: ['ACTIVE', 'DRAINING', 'REGISTERING', 'DEREGISTERING', 'REGISTRATION_FAILED', 'INACTIVE'],
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
    containerInstances: instanceRefs(10),
    status: {
      type: 'string',
      enum: ['ACTIVE', 'DRAINING', 'REGISTERING', 'DEREGISTERING', 'REGISTRATION_FAILED'],
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
    force: { type: 'boolean' },
  },
};

export const setAgentConnectedSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['containerInstance', 'connected'],
  properties: {
    cluster: clusterMember,
    containerInstance: containerInstanceRef,
    connected: { type: 'boolean' },
  },
};
