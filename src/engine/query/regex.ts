import { RE2JS } from 're2js';
import type { Result } from '../../lib/result';
import { err, ok } from '../../lib/result';

/**
 * Patterns for `=~` / `!~`. AWS documents Java regular expressions; we run them with RE2 (re2js), which
 * matches in linear time, so no pattern a learner writes can freeze the page. A pattern matches when it
 * is found anywhere in the value (Java's `find`); anchor it with ^…$ to require the whole value.
 */
export type ValueMatcher = (value: string) => boolean;

const MEMO_LIMIT = 128;

/** Compiles `pattern`; the error is RE2's reason in lower case (e.g. "missing closing )"). */
export function compilePattern(pattern: string): Result<ValueMatcher, string> {
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch (e) {
    return err(reasonOf(e));
  }
  // a cluster holds few distinct values (instance types, zones), so remembering answers pays off
  const memo = new Map<string, boolean>();
  return ok((value: string) => {
    let hit = memo.get(value);
    if (hit === undefined) {
      hit = re.test(value);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(value, hit);
    }
    return hit;
  });
}

function reasonOf(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'error' in e && typeof e.error === 'string') return e.error;
  if (e instanceof Error) return e.message;
  return 'the pattern cannot be compiled';
}
