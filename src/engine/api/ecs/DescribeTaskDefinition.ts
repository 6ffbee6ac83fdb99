import { AwsError } from '../../errors';
import {
  resolveTaskDefinition,
  taskDefinitionOutput,
  type TaskDefinitionOutput,
} from '../../taskDefinitions';
import { defineOperation } from '../operation';

export interface DescribeTaskDefinitionInput {
  readonly taskDefinition: string;
  readonly include?: ReadonlyArray<'TAGS'>;
}

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
  schema: {
    type: 'object',
    properties: {
      taskDefinition: {
        type: 'string',
        maxLength: 1600,
      },
      include: {
        type: 'array',
        items: { type: 'string', enum: ['TAGS'] },
        maxItems: 1,
      },
    },
    required: ['taskDefinition'],
    additionalProperties: false,
  },
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
