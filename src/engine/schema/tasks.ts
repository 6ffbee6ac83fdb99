import { clusterMember, paginationMembers } from './clusters';
import { list, notSimulated, obj, oneOf, str } from './taskDefinitionBuilders';

/** A task reference: its id or full ARN. */
const taskRef = str({ minLength: 1, maxLength: 1600 });

export const stopTaskSchema = obj(
  { cluster: clusterMember, task: taskRef, reason: str({ maxLength: 255 }) },
  ['task'],
);

export const describeTasksSchema = obj(
  {
    cluster: clusterMember,
    tasks: list(taskRef, 100, { minItems: 1 }),
    include: list(oneOf(['TAGS']), 1),
  },
  ['tasks'],
);

export const listTasksSchema = obj({
  cluster: clusterMember,
  containerInstance: str({ maxLength: 1600 }),
  family: str({ maxLength: 255 }),
  startedBy: str({ maxLength: 128 }),
  serviceName: str({ maxLength: 255 }),
  desiredStatus: oneOf(['RUNNING', 'PENDING', 'STOPPED']),
  launchType: oneOf(['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES']),
  daemonName: notSimulated(str({ maxLength: 255 })),
  ...paginationMembers,
});
