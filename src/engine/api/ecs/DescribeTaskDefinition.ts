import { AwsError } from '../../errors';
import {
  resolveTaskDefinition,
  taskDefinitionOutput,
  type TaskDefinitionOutput,
} from '../../taskDefinitions';
import { describeTaskDefinitionSchema } from '../../schema/taskDefinitionQueries';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DescribeTaskDefinitionInput = Infer<typeof describeTaskDefinitionSchema>;

export interface DescribeTaskDefinitionOutput {
  readonly taskDefinition: TaskDefinitionOutput;
  /** present only when `include` asks for TAGS */
  readonly tags?: ReadonlyArray<{ readonly key: string; readonly value: string }>;
}

/** Returns one revision: `family` (latest ACTIVE), `family:revision` or an ARN (any status). */
export const DescribeTaskDefinition = defineOperation<
  DescribeTaskDefinitionInput,
  DescribeTaskDefinitionOutput
>({
  schema: describeTaskDefinitionSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const td = resolveTaskDefinition(ctx.state, input.taskDefinition);
    if (!td) throw new AwsError('ClientException', 'Unable to describe task definition.', 'taskDefinition');
    const output = taskDefinitionOutput(ctx, td);
    return input.include?.includes('TAGS')
      ? { taskDefinition: output, tags: td.tags ?? [] }
      : { taskDefinition: output };
  },
});
