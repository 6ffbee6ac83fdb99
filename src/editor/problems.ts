import { followPath, parseJsonTree, parseMemberPath, stringValueRange } from './jsonTree';
import type { JsonNode } from './jsonTree';

/**
 * What the engine says about a request it would reject: the member path, its own wording, the exception
 * name, and for string members (a `memberOf` expression) optionally the offending part of the string.
 */
export interface EngineProblem {
  readonly field: string;
  readonly message: string;
  readonly errorName: string;
  /** start of the offending part inside the string value of `field` */
  readonly offset?: number;
  readonly length?: number;
}

/** Runs the engine's semantic checks on a parsed request. */
export type ProblemCheck = (input: unknown) => ReadonlyArray<EngineProblem>;

/** A problem placed in the document: `start`/`end` are offsets into the editor text. */
export interface LocatedProblem extends EngineProblem {
  readonly start: number;
  readonly end: number;
}

/** One row of the problems list: where it is (path and 1-based line/column) and what is wrong. */
export interface EditorProblem {
  readonly path: string;
  readonly message: string;
  /** the engine's exception name, when the engine reported it */
  readonly errorName?: string;
  readonly severity: 'error' | 'warning';
  /** 'engine' for the simulator's rules, 'schema' for JSON Schema and syntax checks */
  readonly source: 'engine' | 'schema';
  readonly startLineNumber: number;
  readonly startColumn: number;
  readonly endLineNumber: number;
  readonly endColumn: number;
}

/** The text range of `problem.field`, or of the nearest part of the document that exists. */
export function locateProblem(text: string, root: JsonNode, problem: EngineProblem): LocatedProblem {
  const match = followPath(root, parseMemberPath(problem.field));
  const place = (start: number, length: number): LocatedProblem => ({
    ...problem,
    start,
    end: start + Math.max(length, 1),
  });
  if (match.complete) {
    const { node } = match;
    if (node.type === 'string' && problem.offset !== undefined) {
      const inner = stringValueRange(text, node, problem.offset, problem.length ?? 1);
      return place(inner.offset, inner.length);
    }
    return place(node.offset, node.length);
  }
  // a missing member: point at the key of its closest existing parent, or at the parent's opening bracket
  if (match.key) return place(match.key.offset, match.key.length);
  return place(match.node.offset, 1);
}

/**
 * Parses `text` and runs `check` on it. Returns [] when the text is not valid JSON: the JSON language
 * service already reports syntax errors, and the engine's rules only make sense for a whole document.
 */
export function checkDocument(text: string, check: ProblemCheck): LocatedProblem[] {
  const root = parseJsonTree(text);
  if (!root) return [];
  const input: unknown = JSON.parse(text);
  return check(input).map((p) => locateProblem(text, root, p));
}

/** Problems in reading order: by line, then column, engine problems before schema ones at the same spot. */
export function sortProblems(problems: ReadonlyArray<EditorProblem>): EditorProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.startLineNumber - b.startLineNumber ||
      a.startColumn - b.startColumn ||
      (a.source === b.source ? 0 : a.source === 'engine' ? -1 : 1),
  );
}
