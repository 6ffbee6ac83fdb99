import type { RE2JS } from 're2js';
import type { Result } from '../../lib/result';
import { err, ok } from '../../lib/result';

/**
 * Patterns for `=~` / `!~`. AWS documents Java regular expressions; we run them with RE2 (re2js), which
 * matches in linear time, so no pattern a learner writes can freeze the page. A pattern matches when it
 * is found anywhere in the value (Java's `find`); anchor it with ^…$ to require the whole value.
 *
 * re2js is a third of the engine's size and most learners never write a pattern, so it is its own chunk:
 * the app loads it (`loadRegexSupport`) before anything with a pattern can reach the engine — when the learner
 * types or pastes a `~`, opens a lesson, the console or the editor, or restores a sandbox that used one.
 * Until then a pattern is refused with a message to try again, which changes nothing (a refused call is not
 * recorded), so replay stays exact.
 */
export type ValueMatcher = (value: string) => boolean;

const MEMO_LIMIT = 128;

let re2: typeof RE2JS | undefined;
let loading: Promise<void> | undefined;

/** Loads RE2 once; later calls return the same promise (a failed load can be tried again). */
export function loadRegexSupport(): Promise<void> {
  loading ??= import('./re2').then(
    (module) => {
      re2 = module.RE2JS;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

export const regexSupportLoaded = (): boolean => re2 !== undefined;

export const REGEX_LOADING =
  'the regular-expression engine is still loading (it loads on first use); run the request again in a moment';

/** Compiles `pattern`; the error is RE2's reason in lower case (e.g. "missing closing )"). */
export function compilePattern(pattern: string): Result<ValueMatcher, string> {
  if (!re2) return err(REGEX_LOADING);
  let re: RE2JS;
  try {
    re = re2.compile(pattern);
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
