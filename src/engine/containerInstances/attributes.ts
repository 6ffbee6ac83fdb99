import type { Attribute } from '../model/taskDefinition';

/** ECS allows at most this many custom attributes on one resource (AttributeLimitExceededException). */
export const MAX_CUSTOM_ATTRIBUTES = 10;

/** Names ECS and the agent set themselves (`ecs.*`, `com.amazonaws.ecs.*`): not the learner's to change. */
export const isManagedAttribute = (name: string): boolean =>
  name.startsWith('ecs.') || name.startsWith('com.amazonaws.ecs.');

export const customAttributeCount = (attributes: ReadonlyArray<Attribute>): number =>
  attributes.filter((a) => !isManagedAttribute(a.name)).length;

/** Replaces (or adds) attributes by name, keeping the order of the ones that stay. */
export function withAttributes(
  attributes: ReadonlyArray<Attribute>,
  put: ReadonlyArray<{ readonly name: string; readonly value?: string }>,
): Attribute[] {
  const next = new Map(attributes.map((a) => [a.name, a]));
  for (const { name, value } of put) next.set(name, value === undefined ? { name } : { name, value });
  return [...next.values()];
}

export const withoutAttributes = (
  attributes: ReadonlyArray<Attribute>,
  names: ReadonlySet<string>,
): Attribute[] => attributes.filter((a) => !names.has(a.name));
