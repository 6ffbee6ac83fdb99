import { requireTaskIn } from '../../arns';
import { requestTaskStop } from '../../lifecycle';
import { stopTaskSchema } from '../../schema/tasks';
import { taskOutput, type TaskOutput } from '../../tasks';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type StopTaskInput = Infer<typeof stopTaskSchema>;

export interface StopTaskOutput {
  readonly task: TaskOutput;
}

/**
 * The stoppedReason when StopTask gives none. The wording is the one the console is reported to show
 * (ecs-reference §6.2 marks it UNVERIFIED).
 */
export const DEFAULT_STOP_REASON = 'Task stopped by user';

/**
 * Stops a task: desiredStatus STOPPED at once with stopCode UserInitiated; lastStatus follows as the
 * containers get SIGTERM (and SIGKILL after stopTimeout). Stopping a task that is already stopping or
 * stopped changes nothing and returns it as it is.
 */
export const StopTask = defineOperation<StopTaskInput, StopTaskOutput>({
  schema: stopTaskSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const { task } = requireTaskIn(ctx.state, input.cluster, input.task);
    const reason = input.reason?.trim() ? input.reason : DEFAULT_STOP_REASON;
    requestTaskStop(ctx, task.taskArn, { stopCode: 'UserInitiated', reason });
    return { task: taskOutput(ctx, ctx.state.ecs.tasks[task.taskArn]!) };
  },
});
