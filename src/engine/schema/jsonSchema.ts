/**
 * A JSON Schema (draft-07) object. Kept loose on purpose: schemas are data shared by ajv (the engine's
 * validation) and Monaco (completion, hover, diagnostics). The engine's schemas carry structure only; the
 * hover text (`description`, and `markdownDescription` for Monaco) is added by `docs/` for the editor and the
 * console.
 */
export interface JsonSchema {
  readonly [keyword: string]: unknown;
}
