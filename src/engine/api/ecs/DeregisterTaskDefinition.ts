import { taskDefinitionArn } from '../../arns';
import { AwsError } from '../../errors';
import {
  parseTaskDefinitionRef,
  taskDefinitionOutput,
  type TaskDefinitionOutput,
} from '../../taskDefinitions';
import { deregisterTaskDefinitionSchema } from '../../schema/taskDefinitionQueries';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeregisterTaskDefinitionInput = Infer<typeof deregisterTaskDefinitionSchema>;

export interface DeregisterTaskDefinitionOutput {
  readonly taskDefinition: TaskDefinitionOutput;
}

/**
 * Marks one revision INACTIVE (new tasks and services can no longer use it; running ones carry on). Needs an
 * explicit revision: `family:revision` or an ARN. Deregistering an INACTIVE revision again returns it unchanged.
 */
export const DeregisterTaskDefinition = defineOperation<
  DeregisterTaskDefinitionInput,
  DeregisterTaskDefinitionOutput
>({
  schema: deregisterTaskDefinitionSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const ref = parseTaskDefinitionRef(ctx.state, input.taskDefinition);
    if (ref && ref.revision === undefined) {
      throw new AwsError(
        'ClientException',
        `'${input.taskDefinition}' names a family but no revision. Deregister one revision at a time: give family:revision (for example ${ref.family}:1) or the full ARN.`,
        'taskDefinition',
      );
    }
    const td =
      ref?.revision === undefined
        ? undefined
        : ctx.state.ecs.taskDefinitions[taskDefinitionArn(ctx.state, ref.family, ref.revision)];
    if (!td)
      throw new AwsError(
        'ClientException',
        'The specified task definition does not exist.',
        'taskDefinition',
      );
    if (td.status === 'DELETE_IN_PROGRESS') {
      throw new AwsError(
        'ClientException',
        `Task definition ${td.family}:${td.revision} is already being deleted (DELETE_IN_PROGRESS) and cannot be deregistered.`,
        'taskDefinition',
      );
    }
    if (td.status === 'INACTIVE') return { taskDefinition: taskDefinitionOutput(ctx, td) };
    const inactive = { ...td, status: 'INACTIVE' as const, deregisteredAt: ctx.now };
    ctx.tx.set(ctx.state.ecs.taskDefinitions, td.taskDefinitionArn, inactive);
    ctx.emit({ type: 'TaskDefinitionDeregistered', at: ctx.now, taskDefinitionArn: td.taskDefinitionArn });
    return { taskDefinition: taskDefinitionOutput(ctx, inactive) };
  },
});
