import type { SchemaDocs } from './schemaDocs';
import { clusterDoc, paginationDocs } from './clusters';

/** Hover text for StopTask, DescribeTasks and ListTasks (schema/tasks.ts). */

const taskDoc = 'A task id (the last part of its ARN) or the full task ARN.';

export const stopTaskDocs: SchemaDocs = {
  cluster: clusterDoc,
  task: taskDoc,
  reason:
    "Why you are stopping the task, up to 255 characters. It becomes the task's `stoppedReason`, which DescribeTasks shows while the stopped task is still listed.",
};

export const describeTasksDocs: SchemaDocs = {
  cluster: clusterDoc,
  tasks: 'Up to 100 task ids or ARNs. Tasks that are not found come back in `failures` as MISSING.',
  'tasks[]': taskDoc,
  include: '`["TAGS"]` to include each task\'s tags; without it `tags` is left out.',
};

export const listTasksDocs: SchemaDocs = {
  cluster: clusterDoc,
  containerInstance: 'Only tasks on this container instance (its id or full ARN).',
  family: 'Only tasks whose task definition belongs to this family.',
  startedBy: 'Only tasks started with this `startedBy` value. Use it as the only filter.',
  serviceName: 'Only tasks that belong to this service.',
  desiredStatus:
    'Filter on the desired status (default RUNNING). Use STOPPED to see recently stopped tasks and tasks that are on their way down; stopped tasks stay listed for about an hour.',
  launchType: 'Only tasks of this launch type.',
  ...paginationDocs,
};
