import type { JsonSchema } from './jsonSchema';

/**
 * Small constructors for the task-definition schemas, so each member reads as one line: its type and its
 * limits. Every object is closed (`additionalProperties: false`) and every string and list is bounded, so a
 * huge or misspelled document is rejected quickly and precisely. Hover text lives in `docs/`, keyed by member
 * path, so it stays out of the engine.
 */

/** A string member. `limits` adds maxLength (default 2048), pattern, enum, examples… */
export const str = (limits: JsonSchema = {}): JsonSchema => ({ type: 'string', maxLength: 2048, ...limits });

/** A string member restricted to the listed values (Monaco offers them as completions). */
export const oneOf = (values: ReadonlyArray<string>): JsonSchema => ({ type: 'string', enum: values });

/** An integer member within [minimum, maximum]. */
export const int = (minimum: number, maximum: number, extra: JsonSchema = {}): JsonSchema => ({
  type: 'integer',
  minimum,
  maximum,
  ...extra,
});

export const bool = (extra: JsonSchema = {}): JsonSchema => ({ type: 'boolean', ...extra });

/** A list of `items`, at most `maxItems` long. */
export const list = (items: JsonSchema, maxItems: number, extra: JsonSchema = {}): JsonSchema => ({
  type: 'array',
  items,
  maxItems,
  ...extra,
});

/** A list of plain strings (each at most `maxLength` characters). */
export const strings = (maxItems: number, maxLength = 2048): JsonSchema =>
  list({ type: 'string', maxLength }, maxItems);

/** A closed object: only the listed members, `required` ones must be present. */
export const obj = (
  properties: Record<string, JsonSchema>,
  required: ReadonlyArray<string> = [],
): JsonSchema => ({
  type: 'object',
  properties,
  ...(required.length ? { required } : {}),
  additionalProperties: false,
});

/** A string → string map (docker labels, driver options, log options). */
export const stringMap = (maxProperties = 100): JsonSchema => ({
  type: 'object',
  additionalProperties: { type: 'string', maxLength: 4096 },
  propertyNames: { maxLength: 255 },
  maxProperties,
});

/** `{ name, value }` pairs as ECS uses them for environment variables and proxy properties. */
export const nameValueList = (maxItems: number): JsonSchema =>
  list(obj({ name: str({ maxLength: 255 }), value: str({ maxLength: 32768 }) }), maxItems);
