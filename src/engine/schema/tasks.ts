import { clusterMember, paginationMembers } from './clusters';
import type { JsonSchema } from './jsonSchema';
import { notSimulated, str } from './taskDefinitionBuilders';

/** A task reference: its id or full ARN. */
const taskRef: JsonSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 1600,
};

export const stopTaskSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['task'],
  properties: {
    cluster: clusterMember,
    task: taskRef,
    reason: {
      type: 'string',
      maxLength: 255,
    },
  },
};

export const describeTasksSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['tasks'],
  properties: {
    cluster: clusterMember,
    tasks: { type: 'array', minItems: 1, maxItems: 100, items: taskRef },
    include: { type: 'array', maxItems: 1, items: { type: 'string', enum: ['TAGS'] } },
  },
};

export const listTasksSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    cluster: clusterMember,
    containerInstance: {
      type: 'string',
      maxLength: 1600,
    },
    family: {
      type: 'string',
      maxLength: 255,
    },
    startedBy: {
      type: 'string',
      maxLength: 128,
    },
    serviceName: {
      type: 'string',
      maxLength: 255,
    },
    desiredStatus: {
      type: 'string',
      enum: ['RUNNING', 'PENDING', 'STOPPED'],
    },
    launchType: {
      type: 'string',
      enum: ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'],
    },
    daemonName: notSimulated(str({ maxLength: 255 })),
    ...paginationMembers,
  },
};
