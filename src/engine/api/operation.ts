import type { EngineContext } from '../context';
import type { AwsErrorName } from '../errors';
import type { Schema } from '../schema/taskDefinitionBuilders';

/**
 * One AWS operation: the JSON Schema of its request (shared with Monaco), and a handler that applies it.
 * The request type is the schema's (`Infer<typeof schema>`, built with schema/taskDefinitionBuilders), so the
 * type a caller writes and the JSON ajv accepts cannot drift apart.
 * The handler validates what the schema cannot say, then writes through `ctx.tx`; to reject it throws an
 * `AwsError`, and the simulation rolls the journal back.
 */
export interface Operation<I, O> {
  readonly schema: Schema<I>;
  /** the exception a schema violation is reported as (ECS: InvalidParameterException; EC2: InvalidParameterValue) */
  readonly schemaError?: AwsErrorName;
  readonly handle: (ctx: EngineContext, input: I) => O;
}

export function defineOperation<I, O>(op: Operation<I, O>): Operation<I, O> {
  return op;
}
