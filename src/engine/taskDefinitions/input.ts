import type { registerTaskDefinitionSchema } from '../schema/taskDefinition';
import type { Infer } from '../schema/taskDefinitionBuilders';

/**
 * The RegisterTaskDefinition request as the schema (the AWS model) accepts it. A container's `image` is optional
 * there, as in the model; `taskDefinitionProblems` refuses a container without one before anything is built.
 */
export type RegisterTaskDefinitionInput = Infer<typeof registerTaskDefinitionSchema>;

/** One container of that request. */
export type ContainerDefinitionInput = RegisterTaskDefinitionInput['containerDefinitions'][number];
