import type { PasteProblem } from './described';

/**
 * Splits a pasted text into JSON documents: one object, an array of them, or several printed one after the other
 * (what running describe-task-definition once per family and copying the terminal gives). One pass over the text,
 * so any paste ends: the worst case is the longest paste read, which `MAX_PASTE_CHARS` bounds.
 */

/** The longest paste read (a describe-tasks of 100 tasks prints about 300 000 characters). */
export const MAX_PASTE_CHARS = 5_000_000;

/** What a document's problems say to do, when the fix is to paste again. */
export const PASTE_AGAIN =
  'Run the command again with --output json and paste everything it prints, from the first { to the last }.';

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Where JSON.parse stopped, as V8 and others word it ("at position 12", "line 3 column 5"), or undefined. */
function parseErrorOffset(message: string, text: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (!lineColumn) return undefined;
  const lines = text.split('\n').slice(0, Number(lineColumn[1]) - 1);
  return lines.reduce((n, l) => n + l.length + 1, 0) + Number(lineColumn[2]) - 1;
}

/** The top-level JSON values in `text`, or the problems that stop it being read. */
export function jsonDocuments(
  paste: string,
  text: string,
): { readonly documents: ReadonlyArray<unknown>; readonly problems: ReadonlyArray<PasteProblem> } {
  const problem = (path: string, message: string) => ({
    documents: [],
    problems: [{ paste, path, message }],
  });
  if (text.length > MAX_PASTE_CHARS)
    return problem(
      '',
      `it is ${text.length.toLocaleString('en-US')} characters long; the import reads at most ` +
        `${MAX_PASTE_CHARS.toLocaleString('en-US')}. Describe fewer resources at a time.`,
    );
  const chunks: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      if (depth === 0) return outside(i);
      inString = true;
    } else if (ch === '{' || ch === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '}' || ch === ']') {
      if (depth === 0) return outside(i);
      depth--;
      if (depth === 0) chunks.push({ start, end: i + 1 });
    } else if (depth === 0 && !/\s/.test(ch)) return outside(i);
  }
  if (depth > 0 || inString)
    return problem(
      `line ${lineAt(text, start)}`,
      `the JSON that starts here never ends (a closing } or ] is missing): the copy was cut short. ${PASTE_AGAIN}`,
    );
  if (chunks.length === 0)
    return problem('', `it is empty. Paste the JSON the command prints, or leave the box empty to skip it.`);

  const documents: unknown[] = [];
  for (const { start: from, end } of chunks) {
    const chunk = text.slice(from, end);
    try {
      const value: unknown = JSON.parse(chunk);
      documents.push(...(Array.isArray(value) ? value : [value]));
    } catch (e) {
      const offset = parseErrorOffset(e instanceof Error ? e.message : '', chunk);
      return problem(
        offset === undefined ? `line ${lineAt(text, from)}` : `line ${lineAt(text, from + offset)}`,
        `this is not valid JSON (${e instanceof Error ? e.message : String(e)}). ${PASTE_AGAIN}`,
      );
    }
  }
  return { documents, problems: [] };

  function outside(offset: number) {
    const excerpt = text.slice(offset, offset + 80).split('\n')[0]!;
    return problem(
      `line ${lineAt(text, offset)}`,
      `"${excerpt}" is not part of any JSON object. If the command printed an error, fix that first; ` +
        `otherwise ${PASTE_AGAIN[0]!.toLowerCase()}${PASTE_AGAIN.slice(1)}`,
    );
  }
}
