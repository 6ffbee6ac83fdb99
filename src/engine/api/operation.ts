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

/**
 * The schema of an operation whose handler still takes a hand-written model type that is narrower than what
 * the schema (the AWS model) accepts: RegisterTaskDefinition (a container's `image` is optional in the model;
 * the container rules refuse a missing one) and RunTask/StartTask (an override's environment entry may lack
 * `name` or `value`). Only those three may use it; test/engine/schema/inputTypes.test.ts keeps the list.
 */
export const narrowerModelType = <I>(schema: Schema<unknown>): Schema<I> => schema as Schema<I>;
