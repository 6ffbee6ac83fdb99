import { AwsError } from '../../errors';
import { registerTaskDefinitionSchema } from '../../schema/taskDefinition';
import {
  buildTaskDefinition,
  taskDefinitionOutput,
  taskDefinitionProblems,
  type RegisterTaskDefinitionInput,
  type TaskDefinitionOutput,
} from '../../taskDefinitions';
import { defineOperation } from '../operation';

export type { RegisterTaskDefinitionInput };

export interface RegisterTaskDefinitionOutput {
  readonly taskDefinition: TaskDefinitionOutput;
  readonly tags: ReadonlyArray<{ readonly key: string; readonly value: string }>;
}

/**
 * Registers the next revision of a family. Rejects the request with the first semantic problem (ECS's wording)
 * and changes nothing; otherwise stores the normalized revision as ACTIVE, advances the family's revision
 * counter (numbers are never reused) and logs TaskDefinitionRegistered.
 */
export const RegisterTaskDefinition = defineOperation<
  RegisterTaskDefinitionInput,
  RegisterTaskDefinitionOutput
>({
  schema: registerTaskDefinitionSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const [first] = taskDefinitionProblems(input);
    if (first) throw new AwsError(first.errorName, first.message, first.field);

    const { families, taskDefinitions } = ctx.state.ecs;
    const revision = (families[input.family] ?? 0) + 1;
    const td = buildTaskDefinition(ctx.state, input, revision, ctx.now);
    ctx.tx.set(families, input.family, revision);
    ctx.tx.set(taskDefinitions, td.taskDefinitionArn, td);
    ctx.emit({ type: 'TaskDefinitionRegistered', at: ctx.now, taskDefinitionArn: td.taskDefinitionArn });
    return { taskDefinition: taskDefinitionOutput(ctx, td), tags: td.tags ?? [] };
  },
});
