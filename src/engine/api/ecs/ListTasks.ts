import { arnName } from '../../../lib/arn';
import { containerInstanceArnIn, requireCluster } from '../../arns';
import { invalidParameter } from '../../errors';
import type { Task } from '../../model/ecs';
import { paginate } from '../../schema/pagination';
import { listTasksSchema } from '../../schema/tasks';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ListTasksInput = Infer<typeof listTasksSchema>;

export interface ListTasksOutput {
  readonly taskArns: string[];
  readonly nextToken?: string;
}

/** The family part of a task definition ARN (`…:task-definition/web:3` → `web`). */
const familyOf = (taskDefinitionArn: string) => arnName(taskDefinitionArn).replace(/:\d+$/, '');

/**
 * Lists task ARNs in a cluster, oldest first, filtered by desiredStatus (RUNNING unless asked otherwise) and
 * any of container instance, family, startedBy, service and launch type. `startedBy` must be the only filter.
 */
export const ListTasks = defineOperation<ListTasksInput, ListTasksOutput>({
  schema: listTasksSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cluster = requireCluster(ctx.state, input.cluster);
    if (input.startedBy !== undefined) {
      const other = (['containerInstance', 'family', 'serviceName', 'launchType'] as const).find(
        (k) => input[k] !== undefined,
      );
      if (other) {
        throw invalidParameter(
          `startedBy cannot be combined with ${other}: when you filter by startedBy it must be the only filter.`,
          other,
        );
      }
    }
    const desired = input.desiredStatus ?? 'RUNNING';
    const instance =
      input.containerInstance !== undefined
        ? containerInstanceArnIn(ctx.state, cluster, input.containerInstance)
        : undefined;
    const keep = (t: Task) =>
      t.clusterArn === cluster.clusterArn &&
      t.desiredStatus === desired &&
      (instance === undefined || t.containerInstanceArn === instance) &&
      (input.family === undefined || familyOf(t.taskDefinitionArn) === input.family) &&
      (input.startedBy === undefined || t.startedBy === input.startedBy) &&
      (input.serviceName === undefined || t.group === `service:${input.serviceName}`) &&
      (input.launchType === undefined || t.launchType === input.launchType);
    const arns = Object.values(ctx.state.ecs.tasks)
      .filter(keep)
      // code-unit order, not localeCompare: the host's locale must not change the engine's answers
      .sort(
        (a, b) => a.createdAt - b.createdAt || (a.taskArn < b.taskArn ? -1 : a.taskArn > b.taskArn ? 1 : 0),
      )
      .map((t) => t.taskArn as string);
    const { page, nextToken } = paginate(arns, input.maxResults, input.nextToken);
    return nextToken ? { taskArns: page, nextToken } : { taskArns: page };
  },
});
