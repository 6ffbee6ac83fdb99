/**
 * A JSON Schema (draft-07) object. Kept loose on purpose: schemas are data shared by ajv (the engine's
 * validation) and Monaco (completion, hover, diagnostics). `markdownDescription` is Monaco's hover text.
 */
export interface JsonSchema {
  readonly [keyword: string]: unknown;
}

/** Hover/completion text for a member, in our words: what it is, units, default, launch types. */
export const describe = (text: string): { description: string; markdownDescription: string } => ({
  description: text,
  markdownDescription: text,
});
