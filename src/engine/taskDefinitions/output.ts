import type { TaskDefinition } from '../model/taskDefinition';

/** A task definition as ECS returns it: the stored record with ISO 8601 timestamps and without its tags. */
export type TaskDefinitionOutput = Omit<TaskDefinition, 'registeredAt' | 'deregisteredAt' | 'tags'> & {
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
