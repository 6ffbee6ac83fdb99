import { requireTaskIn } from '../../arns';
import { invalidParameter } from '../../errors';
import { callAwsSchema } from '../../schema/callAws';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { callAws, type CallAwsAnswer } from '../../startup/callAws';
import { defineOperation } from '../operation';

export type CallAwsInput = Infer<typeof callAwsSchema>;
export type CallAwsOutput = CallAwsAnswer;

/**
 * Simulator control: the application in a running task makes one AWS call ("the app reads report.csv from its
 * bucket"). The credentials are the ones its SDK finds (task role; on EC2 without one the instance role through
 * instance metadata unless blocked; on Fargate without one none), and IAM decides (startup/callAws.ts).
 */
export const CallAws = defineOperation<CallAwsInput, CallAwsOutput>({
  schema: callAwsSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const { task } = requireTaskIn(ctx.state, input.cluster, input.task);
    if (task.lastStatus !== 'RUNNING') {
      throw invalidParameter(
        `task: '${input.task}' is ${task.lastStatus}; only a RUNNING task's application makes calls. Advance time ` +
          'until it runs, or pick a running task.',
        'task',
      );
    }
    const name =
      input.container ?? (task.containers.find((c) => c.essential) ?? task.containers[0])?.name ?? '';
    const container = task.containers.find((c) => c.name === name);
    if (!container || container.lastStatus !== 'RUNNING') {
      throw invalidParameter(
        `container: task '${input.task}' has no running container '${name}'; its running containers are ` +
          `${
            task.containers
              .filter((c) => c.lastStatus === 'RUNNING')
              .map((c) => `'${c.name}'`)
              .join(', ') || 'none'
          }.`,
        'container',
      );
    }
    return callAws(ctx, task, container.name, input.action, input.resource, input.body);
  },
});
