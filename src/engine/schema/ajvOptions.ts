import type { JsonSchema } from './jsonSchema';

/**
 * How ajv reads our schemas, in one place: the build-time generator (tools/validators) compiles every schema
 * with exactly these options, and the page only runs the code it produced (no ajv compiler, no `new Function`).
 */
export const AJV_OPTIONS = { allErrors: false, strict: true, allowUnionTypes: true } as const;

/**
 * A schema's identity for the precompiled table: a hash of its JSON text. Built from the schema's content, not
 * a name, so a schema edited after the validators were generated finds no validator instead of an old one.
 */
export function schemaKey(schema: JsonSchema): string {
  const text = JSON.stringify(schema);
  // cyrb53: two independent 32-bit multiplicative hashes, mixed, giving 53 bits
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `s${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}
