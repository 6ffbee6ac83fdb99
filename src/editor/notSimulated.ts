import { notSimulatedIn, type JsonSchema } from '../engine/index';
import { parseJsonTree } from './jsonTree';
import { locateProblem } from './problems';

/** A member the document sets that the sandbox accepts but does not act on, placed in the text. */
export interface NotSimulatedNote {
  readonly path: string;
  readonly message: string;
  /** offsets into the editor text */
  readonly start: number;
  readonly end: number;
}

export const notSimulatedMessage = (path: string): string =>
  `'${path}' is real AWS and accepted here, but not simulated: the sandbox ignores it.`;

/**
 * The members of the document that `schema` marks `notSimulated`, each placed on its value, for the editor's
 * informational markers. [] when the text is not valid JSON (the JSON service reports that).
 */
export function notSimulatedNotes(text: string, schema: JsonSchema): NotSimulatedNote[] {
  const root = parseJsonTree(text);
  if (!root) return [];
  const input: unknown = JSON.parse(text);
  return notSimulatedIn(schema, input).map((path) => {
    const message = notSimulatedMessage(path);
    const { start, end } = locateProblem(text, root, { field: path, message, errorName: 'NotSimulated' });
    return { path, message, start, end };
  });
}
