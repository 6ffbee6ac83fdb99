import { invalidParameter } from '../../errors';
import {
  checkSpotInstance,
  interruptSpotTask,
  noticeSpotInstance,
  spotTasksToInterrupt,
} from '../../faults/spot';
import { interruptSpotSchema } from '../../schema/simControls';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { taskOutput, type TaskOutput } from '../../tasks';
import { requireInstances } from '../ec2/instanceIds';
import { defineOperation } from '../operation';

export type InterruptSpotInput = Infer<typeof interruptSpotSchema>;

export interface InterruptSpotOutput {
  /** the Fargate Spot tasks interrupted, as DescribeTasks now shows them (desiredStatus STOPPED) */
  readonly tasks: ReadonlyArray<TaskOutput>;
  /**
   * for a Spot Instance: the notice as the instance metadata's spot/instance-action shows it (what EC2 will
   * do, and when)
   */
  readonly instanceAction?: { readonly action: 'terminate'; readonly time: string };
}

/**
 * Simulator control: AWS takes Spot capacity back (faults/spot.ts). `{ cluster, task }` interrupts one
 * Fargate Spot task, `{ cluster }` every one of the cluster, `{ instanceId }` a Spot Instance.
 */
export const InterruptSpot = defineOperation<InterruptSpotInput, InterruptSpotOutput>({
  schema: interruptSpotSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    if (input.instanceId !== undefined) {
      if (input.cluster !== undefined || input.task !== undefined) {
        throw invalidParameter(
          'instanceId: give either instanceId (a Spot Instance) or cluster and task (a Fargate Spot task), not both.',
          'instanceId',
        );
      }
      const [instance] = requireInstances(ctx.state, [input.instanceId], 'instanceId');
      checkSpotInstance(instance!);
      const { terminateAt } = noticeSpotInstance(ctx, instance!);
      return { tasks: [], instanceAction: { action: 'terminate', time: ctx.iso(terminateAt) } };
    }
    if (input.cluster === undefined && input.task === undefined) {
      throw invalidParameter(
        'Say what to interrupt: cluster and task (one Fargate Spot task), cluster alone (all of them), or ' +
          'instanceId (a Spot Instance).',
      );
    }
    const tasks = spotTasksToInterrupt(ctx, input.cluster, input.task);
    for (const task of tasks) interruptSpotTask(ctx, task);
    return { tasks: tasks.map((t) => taskOutput(ctx, ctx.state.ecs.tasks[t.taskArn]!)) };
  },
});
