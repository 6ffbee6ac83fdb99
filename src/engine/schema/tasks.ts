import { clusterMember, paginationMembers } from './clusters';
import { describe, type JsonSchema } from './jsonSchema';

/** A task reference: its id or full ARN. */
const taskRef: JsonSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 1600,
  ...describe('A task id (the last part of its ARN) or the full task ARN.'),
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
      ...describe(
        "Why you are stopping the task, up to 255 characters. It becomes the task's `stoppedReason`, which " +
          'DescribeTasks shows while the stopped task is still listed.',
      ),
    },
  },
};

export const describeTasksSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['tasks'],
  properties: {
    cluster: clusterMember,
    tasks: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: taskRef,
      ...describe('Up to 100 task ids or ARNs. Tasks that are not found come back in `failures` as MISSING.'),
    },
    include: {
      type: 'array',
      maxItems: 1,
      items: { type: 'string', enum: ['TAGS'] },
      ...describe('`["TAGS"]` to include each task\'s tags; without it `tags` is left out.'),
    },
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
      ...describe('Only tasks on this container instance (its id or full ARN).'),
    },
    family: {
      type: 'string',
      maxLength: 255,
      ...describe('Only tasks whose task definition belongs to this family.'),
    },
    startedBy: {
      type: 'string',
      maxLength: 128,
      ...describe('Only tasks started with this `startedBy` value. Use it as the only filter.'),
    },
    serviceName: {
      type: 'string',
      maxLength: 255,
      ...describe('Only tasks that belong to this service.'),
    },
    desiredStatus: {
      type: 'string',
      enum: ['RUNNING', 'PENDING', 'STOPPED'],
      ...describe(
        'Filter on the desired status (default RUNNING). Use STOPPED to see recently stopped tasks and tasks ' +
          'that are on their way down; stopped tasks stay listed for about an hour.',
      ),
    },
    launchType: {
      type: 'string',
      enum: ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'],
      ...describe('Only tasks of this launch type.'),
    },
    ...paginationMembers,
  },
};
