import type { JsonSchema } from './jsonSchema';
import { NOT_SIMULATED } from './vocabulary';

/**
 * Small constructors for the request schemas, so each member reads as one line: its type and its limits.
 * Every object is closed (`additionalProperties: false`) and every string and list is bounded, so a huge or
 * misspelled document is rejected quickly and precisely. Hover text lives in `docs/`, keyed by member path,
 * so it stays out of the engine.
 *
 * Each constructor also says, to TypeScript only, what the schema accepts (`Schema<T>`), so an operation's
 * input type is read off its schema (`Infer<typeof schema>`) and the two cannot drift apart.
 */

declare const accepts: unique symbol;

/** A JSON Schema that accepts values of type `T`. The type lives only in TypeScript; the value is plain JSON. */
export interface Schema<T> extends JsonSchema {
  // never present at run time; required in the type so a plain JSON literal is not taken for a typed schema
  readonly [accepts]: T;
}

/** Tells TypeScript what `schema` accepts: the one place a typed schema is made from plain JSON. */
const typed = <T>(schema: JsonSchema): Schema<T> => schema as Schema<T>;

/** The type of the values a schema built here accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Flattens an intersection so hovers and errors show one object type. */
type Flat<T> = { [K in keyof T]: T[K] } & {};

/** A string member. `limits` adds maxLength (default 2048), pattern, enum, examples… */
export const str = (limits: JsonSchema = {}): Schema<string> =>
  typed({
    type: 'string',
    maxLength: 2048,
    ...limits,
  });

/** A 32-bit integer: what an AWS model's Integer is when it sets no narrower range. */
export const int32 = (): Schema<number> =>
  typed({ type: 'integer', minimum: -2147483648, maximum: 2147483647 });

/** A string member restricted to the listed values (Monaco offers them as completions). */
export const oneOf = <const V extends string>(values: ReadonlyArray<V>): Schema<V> =>
  typed({
    type: 'string',
    enum: values,
  });

/** An integer member within [minimum, maximum]. */
export const int = (minimum: number, maximum: number, extra: JsonSchema = {}): Schema<number> =>
  typed({
    type: 'integer',
    minimum,
    maximum,
    ...extra,
  });

/** A number member (the AWS models' Double) within [minimum, maximum]. */
export const num = (minimum: number, maximum: number, extra: JsonSchema = {}): Schema<number> =>
  typed({ type: 'number', minimum, maximum, ...extra });

export const bool = (extra: JsonSchema = {}): Schema<boolean> => typed({ type: 'boolean', ...extra });

/** A list of `items`, at most `maxItems` long. */
export const list = <T>(
  items: Schema<T>,
  maxItems: number,
  extra: JsonSchema = {},
): Schema<ReadonlyArray<T>> =>
  typed({
    type: 'array',
    items,
    maxItems,
    ...extra,
  });

/** A list of plain strings (each at most `maxLength` characters). */
export const strings = (
  maxItems: number,
  maxLength = 2048,
  extra: JsonSchema = {},
): Schema<ReadonlyArray<string>> => list(str({ maxLength }), maxItems, extra);

/** A closed object: only the listed members, `required` ones must be present. */
export const obj = <P extends Readonly<Record<string, Schema<unknown>>>, R extends keyof P & string = never>(
  properties: P,
  required: ReadonlyArray<R> = [],
): Schema<Flat<{ readonly [K in R]: Infer<P[K]> } & { readonly [K in Exclude<keyof P, R>]?: Infer<P[K]> }>> =>
  typed({
    type: 'object',
    properties,
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  });

/** A string → string map (docker labels, driver options, log options). */
export const stringMap = (maxProperties = 100): Schema<Readonly<Record<string, string>>> =>
  typed({
    type: 'object',
    additionalProperties: { type: 'string', maxLength: 4096 },
    propertyNames: { maxLength: 255 },
    maxProperties,
  });

/** `{ name, value }` pairs as ECS uses them for environment variables and proxy properties. */
export const nameValueList = (maxItems: number) =>
  list(obj({ name: str({ maxLength: 255 }), value: str({ maxLength: 32768 }) }), maxItems);

/**
 * `schema`, marked as a member the sandbox accepts (it is real AWS, validated as AWS does) but does not act
 * on. The learner sees the mark in the editor, the console and `notSimulatedMembers`.
 */
export const notSimulated = <T>(schema: Schema<T>): Schema<T> => typed({ ...schema, [NOT_SIMULATED]: true });
