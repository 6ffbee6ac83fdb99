import { deleteParameterSchema } from '../../schema/ssm';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { parameterNotFound } from '../../ssm/store';
import { defineOperation } from '../operation';

export type DeleteParameterInput = Infer<typeof deleteParameterSchema>;

/** ssm DeleteParameter: removes a parameter and all its versions (by exact name). Running tasks keep their values. */
export const DeleteParameter = defineOperation<DeleteParameterInput, Record<string, never>>({
  schema: deleteParameterSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    const params = ctx.state.ssm.parameters;
    if (!Object.prototype.hasOwnProperty.call(params, input.Name)) throw parameterNotFound(input.Name);
    ctx.tx.remove(params, input.Name);
    return {};
  },
});
