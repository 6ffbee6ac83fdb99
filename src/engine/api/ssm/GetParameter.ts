import { getParameterSchema } from '../../schema/ssm';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { parameterOutput, requireParameter } from '../../ssm/store';
import { defineOperation } from '../operation';

export type GetParameterInput = Infer<typeof getParameterSchema>;

/**
 * ssm GetParameter: one parameter by name or ARN, optionally `name:version` for an older version. A SecureString's
 * value is shown encrypted unless WithDecryption is true.
 */
export const GetParameter = defineOperation({
  schema: getParameterSchema,
  schemaError: 'ValidationException',
  handle(ctx, input: GetParameterInput) {
    const p = requireParameter(ctx, input.Name);
    return { Parameter: parameterOutput(ctx, p, input.Name, input.WithDecryption) };
  },
});
