import { containerInstanceArnIn } from '../../arns';
import type { ContainerInstance, Task } from '../../model/ecs';
import { requirementOf } from '../../placement/needs';
import { placeTasks } from '../../placement/pipeline';
import { startTaskSchema } from '../../schema/runTask';
import { createTaskOn, prepareLaunch, taskOutput } from '../../tasks';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { laterHooks } from '../../laterHooks';
import type { Failure, RunTaskOutput } from './RunTask';

export type StartTaskInput = Infer<typeof startTaskSchema>;

export type StartTaskOutput = RunTaskOutput;

/**
 * ecs StartTask: one task on each listed container instance, no strategies or constraints. An instance that is
 * not in the cluster is reported MISSING, a deregistered one INACTIVE, and one without room with the failing
 * check's reason (RESOURCE:MEMORY, AGENT, …). Each attempt gets a one-instance trace.
 */
export const StartTask = defineOperation<StartTaskInput, StartTaskOutput>({
  schema: startTaskSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const launch = prepareLaunch(ctx.state, input, 'EC2');
    // a task is never started without its start-up checks (startup/guard.ts)
    laterHooks.guardStartup(launch.definition, input.overrides);
    const requirement = requirementOf(
      launch.effective,
      launch.reservation,
      launch.subnets?.map((s) => s.AvailabilityZone),
    );
    const failures: Failure[] = [];
    const tasks: Task[] = [];
    for (const ref of input.containerInstances) {
      const arn = containerInstanceArnIn(ctx.state, launch.cluster, ref);
      const instance: ContainerInstance | undefined = ctx.state.ecs.containerInstances[arn];
      if (!instance || instance.clusterArn !== launch.cluster.clusterArn) {
        failures.push({ arn, reason: 'MISSING' });
        continue;
      }
      if (instance.status === 'INACTIVE') {
        failures.push({ arn, reason: 'INACTIVE' });
        continue;
      }
      const result = placeTasks(
        ctx,
        {
          cluster: launch.cluster,
          taskDefinition: launch.definition,
          requirement,
          reservation: launch.reservation,
          group: launch.group,
          constraints: [],
          strategies: [],
          count: 1,
          instances: [instance],
        },
        (placed, traceId, _index, held) =>
          createTaskOn(ctx, launch, placed, traceId, { constraints: [], strategies: [] }, held),
      );
      tasks.push(...result.tasks);
      failures.push(...result.failures);
    }
    return { tasks: tasks.map((t) => taskOutput(ctx, ctx.state.ecs.tasks[t.taskArn] ?? t)), failures };
  },
});
