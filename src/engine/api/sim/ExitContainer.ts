import { requireTaskIn } from '../../arns';
import { invalidParameter } from '../../errors';
import { forceContainerExit } from '../../lifecycle';
import { exitContainerSchema } from '../../schema/simControls';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { taskOutput, type TaskOutput } from '../../tasks';
import { defineOperation } from '../operation';

export type ExitContainerInput = Infer<typeof exitContainerSchema>;

export interface ExitContainerOutput {
  readonly task: TaskOutput;
}

/** The exit code when none is given: a process that failed. */
export const DEFAULT_EXIT_CODE = 1;
/** The container's `reason` when none is given, so a learner can tell the crash was made on purpose. */
export const DEFAULT_EXIT_REASON = 'ECS Sandbox: the process was made to exit (sim ExitContainer)';

/**
 * Simulator control: one container of a RUNNING task exits now, as if its process had crashed. The exit goes
 * through the task lifecycle's container-exit step (lifecycle `forceContainerExit`), so ECS's rules apply: an
 * essential container's exit stops the task with stopCode EssentialContainerExited and "Essential container in
 * task exited" (once time runs, even by 0 s); any other container's exit leaves the task RUNNING. The response
 * shows the task at once, the container already STOPPED with its exit code.
 */
export const ExitContainer = defineOperation<ExitContainerInput, ExitContainerOutput>({
  schema: exitContainerSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const { task } = requireTaskIn(ctx.state, input.cluster, input.task);
    const arn = task.taskArn;
    if (task.lastStatus !== 'RUNNING') {
      throw invalidParameter(
        `task: '${input.task}' is ${task.lastStatus}; only the containers of a RUNNING task can be made to ` +
          'exit. Advance time until it runs, or pick a running task.',
        'task',
      );
    }
    const container = task.containers.find((c) => c.name === input.containerName);
    if (!container) {
      throw invalidParameter(
        `containerName: task '${input.task}' has no container '${input.containerName}'; its containers are ` +
          `${task.containers.map((c) => `'${c.name}'`).join(', ')}.`,
        'containerName',
      );
    }
    if (container.lastStatus !== 'RUNNING') {
      const code = container.exitCode !== undefined ? ` (exit code ${container.exitCode})` : '';
      throw invalidParameter(
        `containerName: container '${container.name}' is ${container.lastStatus}${code}, not running; only a ` +
          'running container can exit.',
        'containerName',
      );
    }
    forceContainerExit(ctx, arn, {
      containerName: container.name,
      exitCode: input.exitCode ?? DEFAULT_EXIT_CODE,
      reason: input.reason?.trim() ? input.reason : DEFAULT_EXIT_REASON,
    });
    return { task: taskOutput(ctx, ctx.state.ecs.tasks[arn]!) };
  },
});
