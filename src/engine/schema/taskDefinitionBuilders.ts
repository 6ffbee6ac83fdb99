import { describe, type JsonSchema } from './jsonSchema';

/**
 * Small constructors for the task-definition schemas, so each member reads as one line: its type, its limits
 * and its hover text. Every object is closed (`additionalProperties: false`) and every string and list is
 * bounded, so a huge or misspelled document is rejected quickly and precisely.
 */

/** A string member. `limits` adds maxLength (default 2048), pattern, enum, examples… */
export const str = (text: string, limits: JsonSchema = {}): JsonSchema => ({
  type: 'string',
  maxLength: 2048,
  ...limits,
  ...describe(text),
});

/** A string member restricted to the listed values (Monaco offers them as completions). */
export const oneOf = (values: ReadonlyArray<string>, text: string): JsonSchema => ({
  type: 'string',
  enum: values,
  ...describe(text),
});

/** An integer member within [minimum, maximum]. */
export const int = (text: string, minimum: number, maximum: number, extra: JsonSchema = {}): JsonSchema => ({
  type: 'integer',
  minimum,
  maximum,
  ...extra,
  ...describe(text),
});

export const bool = (text: string, extra: JsonSchema = {}): JsonSchema => ({
  type: 'boolean',
  ...extra,
  ...describe(text),
});

/** A list of `items`, at most `maxItems` long. */
export const list = (
  items: JsonSchema,
  text: string,
  maxItems: number,
  extra: JsonSchema = {},
): JsonSchema => ({
  type: 'array',
  items,
  maxItems,
  ...extra,
  ...describe(text),
});

/** A list of plain strings (each at most `maxLength` characters). */
export const strings = (text: string, maxItems: number, maxLength = 2048): JsonSchema =>
  list({ type: 'string', maxLength }, text, maxItems);

/** A closed object: only the listed members, `required` ones must be present. */
export const obj = (
  properties: Record<string, JsonSchema>,
  text: string,
  required: ReadonlyArray<string> = [],
): JsonSchema => ({
  type: 'object',
  properties,
  ...(required.length ? { required } : {}),
  additionalProperties: false,
  ...describe(text),
});

/** A string → string map (docker labels, driver options, log options). */
export const stringMap = (text: string, maxProperties = 100): JsonSchema => ({
  type: 'object',
  additionalProperties: { type: 'string', maxLength: 4096 },
  propertyNames: { maxLength: 255 },
  maxProperties,
  ...describe(text),
});

/** `{ name, value }` pairs as ECS uses them for environment variables and proxy properties. */
export const nameValueList = (
  text: string,
  nameText: string,
  valueText: string,
  maxItems: number,
): JsonSchema =>
  list(
    obj({ name: str(nameText, { maxLength: 255 }), value: str(valueText, { maxLength: 32768 }) }, text),
    text,
    maxItems,
  );
