import type { TaskDefinition } from '../model/taskDefinition';

/**
 * The stored record's members minus `K`. Not `Omit`: over a type with an index signature (a task definition keeps
 * members the sandbox does not model) `Omit` keeps only the index signature and drops every named member.
 */
type Without<T, K extends PropertyKey> = { [P in keyof T as P extends K ? never : P]: T[P] };

/** A task definition as ECS returns it: the stored record with ISO 8601 timestamps and without its tags. */
export type TaskDefinitionOutput = Without<TaskDefinition, 'registeredAt' | 'deregisteredAt' | 'tags'> & {
  readonly registeredAt: string;
  readonly deregisteredAt?: string;
};

/** The AWS-shaped `taskDefinition` member of Register/Describe/Deregister/Delete responses. Pure. */
export function taskDefinitionOutput(
  ctx: { iso(t: number): string },
  td: TaskDefinition,
): TaskDefinitionOutput {
  const { registeredAt, deregisteredAt, tags: _tags, ...rest } = td;
  return {
    ...rest,
    registeredAt: ctx.iso(registeredAt),
    ...(deregisteredAt === undefined ? {} : { deregisteredAt: ctx.iso(deregisteredAt) }),
  };
}
