import type { JsonSchema } from '../engine/index';
import type { ProblemCheck } from './problems';

/**
 * One request shape the editor can edit: the JSON Schema shared with the engine's validation, documented with
 * `documentedSchema` (completion, hover, diagnostics), and the engine's semantic checks (markers in the
 * engine's wording).
 */
export interface DocumentKind {
  /** the schema's id for Monaco's JSON service */
  readonly schemaUri: string;
  /** models whose URI ends with this get the schema, e.g. `.taskdef.json` */
  readonly fileSuffix: string;
  readonly schema: JsonSchema;
  readonly check: ProblemCheck;
}
