import { requireCluster, taskArnIn } from '../../arns';
import { describeTasksSchema } from '../../schema/tasks';
import { taskOutput, type TaskOutput } from '../../tasks';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { withServiceConnectProxy } from '../../serviceConnect/proxy';

export type DescribeTasksInput = Infer<typeof describeTasksSchema>;

export interface DescribeTasksOutput {
  readonly tasks: TaskOutput[];
  readonly failures: Array<{ arn: string; reason: string }>;
}

/**
 * Describes up to 100 tasks of a cluster by id or ARN, in the order asked. A task that is not in the
 * cluster (never was, or stopped more than an hour ago) is a failure with reason MISSING. Tags appear only
 * with `include: ['TAGS']`.
 */
export const DescribeTasks = defineOperation<DescribeTasksInput, DescribeTasksOutput>({
  schema: describeTasksSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cluster = requireCluster(ctx.state, input.cluster);
    const withTags = input.include?.includes('TAGS') ?? false;
    const tasks: TaskOutput[] = [];
    const failures: DescribeTasksOutput['failures'] = [];
    for (const ref of new Set(input.tasks)) {
      const arn = taskArnIn(ctx.state, cluster, ref);
      const task = ctx.state.ecs.tasks[arn];
      if (!task || task.clusterArn !== cluster.clusterArn) {
        failures.push({ arn, reason: 'MISSING' });
        continue;
      }
      // tasks of a Service Connect deployment show the proxy container ECS added (serviceConnect/proxy.ts)
      const { tags, ...rest } = withServiceConnectProxy(ctx.state, task, taskOutput(ctx, task));
      tasks.push(withTags ? { ...rest, tags } : (rest as TaskOutput));
    }
    return { tasks, failures };
  },
});
