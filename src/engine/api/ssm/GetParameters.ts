import { isAwsError } from '../../errors';
import { getParametersSchema } from '../../schema/ssm';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { parameterOutput, requireParameter } from '../../ssm/store';
import { defineOperation } from '../operation';

export type GetParametersInput = Infer<typeof getParametersSchema>;

/**
 * ssm GetParameters: up to 10 parameters at once (what the ECS agent calls for `secrets`). Names that match
 * nothing are not an error: they come back in InvalidParameters.
 */
export const GetParameters = defineOperation({
  schema: getParametersSchema,
  schemaError: 'ValidationException',
  handle(ctx, input: GetParametersInput) {
    const Parameters: ReturnType<typeof parameterOutput>[] = [];
    const InvalidParameters: string[] = [];
    for (const name of new Set(input.Names)) {
      try {
        Parameters.push(parameterOutput(ctx, requireParameter(ctx, name), name, input.WithDecryption));
      } catch (e) {
        if (!isAwsError(e)) throw e;
        InvalidParameters.push(name);
      }
    }
    return { Parameters, InvalidParameters };
  },
});
