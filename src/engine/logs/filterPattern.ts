import { invalidParameter } from '../errors';

/**
 * CloudWatch Logs filter patterns for unstructured text, as FilterLogEvents matches them: terms separated by
 * spaces must all appear (`ERROR timeout`); a quoted phrase must appear as written (`"GET /health"`); `-term`
 * must not appear; `?a ?b` matches either. Matching is case-sensitive, as in CloudWatch Logs. An empty pattern
 * matches every event. JSON (`{ $.level = ... }`) and space-delimited (`[ip, ...]`) patterns are real but not
 * simulated: refused with a clear message.
 */
export interface FilterPattern {
  readonly all: ReadonlyArray<string>;
  readonly none: ReadonlyArray<string>;
  readonly any: ReadonlyArray<string>;
}

const TOKEN = /(-|\?)?(?:"((?:[^"\\]|\\.)*)"|(\S+))/g;

/** Parses a filter pattern; throws InvalidParameterException for a pattern it cannot take. */
export function parseFilterPattern(pattern: string | undefined): FilterPattern {
  const text = (pattern ?? '').trim();
  if (text.startsWith('{') || text.startsWith('[')) {
    throw invalidParameter(
      `filterPattern: JSON ({ $.field = value }) and space-delimited ([field, ...]) patterns are not simulated. ` +
        `Use terms (ERROR timeout), quoted phrases ("GET /health"), -term to exclude, or ?a ?b for either.`,
      'filterPattern',
    );
  }
  const all: string[] = [];
  const none: string[] = [];
  const any: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const term = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!;
    if (term === '') continue;
    if (m[1] === '-') none.push(term);
    else if (m[1] === '?') any.push(term);
    else all.push(term);
  }
  return { all, none, any };
}

/** Whether `message` matches the parsed pattern. */
export function matchesFilter(p: FilterPattern, message: string): boolean {
  return (
    p.all.every((t) => message.includes(t)) &&
    !p.none.some((t) => message.includes(t)) &&
    (p.any.length === 0 || p.any.some((t) => message.includes(t)))
  );
}
