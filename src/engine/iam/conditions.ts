import type { PolicyStatement } from '../model/iam';
import { globMatches, list, resourceMatches, type AuthRequest } from './evaluate';

/**
 * A statement's Condition, as IAM reads it: it holds when every operator holds, an operator when every key
 * holds, a key when any listed value matches any of the request's values (condition key names ignore case).
 * Supported operators: StringEquals, StringNotEquals, StringEqualsIgnoreCase, StringLike, StringNotLike,
 * ArnEquals, ArnLike, ArnNotEquals, ArnNotLike, Bool, each also with `IfExists` (a missing key then passes).
 * A missing key fails the others, except the negated ones (…Not…), which it passes, as in IAM. A statement
 * with any other operator does not apply (the sandbox does not evaluate it).
 */

type Values = ReadonlyArray<string>;

/** Whether one condition key holds: `given` are the request's values (undefined when the key is absent). */
function operatorHolds(op: string, wanted: Values, given: Values | undefined): boolean | undefined {
  const ifExists = op.endsWith('IfExists');
  const base = ifExists ? op.slice(0, -'IfExists'.length) : op;
  if (given === undefined) {
    if (ifExists) return true;
    // negated operators hold when the key is missing; the others do not
    return KNOWN.has(base) ? base.includes('Not') : undefined;
  }
  const any = (test: (w: string, g: string) => boolean) => given.some((g) => wanted.some((w) => test(w, g)));
  switch (base) {
    case 'StringEquals':
    case 'ArnEquals':
      return any((w, g) => w === g);
    case 'StringNotEquals':
    case 'ArnNotEquals':
      return !any((w, g) => w === g);
    case 'StringEqualsIgnoreCase':
      return any((w, g) => w.toLowerCase() === g.toLowerCase());
    case 'StringLike':
      return any((w, g) => globMatches(w, g, false));
    case 'StringNotLike':
      return !any((w, g) => globMatches(w, g, false));
    case 'ArnLike':
      return any((w, g) => resourceMatches(w, g));
    case 'ArnNotLike':
      return !any((w, g) => resourceMatches(w, g));
    case 'Bool':
      return any((w, g) => w.toLowerCase() === g.toLowerCase());
    default:
      return undefined;
  }
}

const KNOWN: ReadonlySet<string> = new Set([
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
  'Bool',
]);

/** Whether a statement's Condition holds for the request; an operator the sandbox does not know makes it false. */
export function conditionHolds(
  condition: NonNullable<PolicyStatement['Condition']>,
  req: AuthRequest,
): boolean {
  const context: Record<string, Values> = {};
  for (const [k, v] of Object.entries(req.context ?? {})) context[k.toLowerCase()] = list(v);
  for (const [op, keys] of Object.entries(condition)) {
    const base = op.endsWith('IfExists') ? op.slice(0, -'IfExists'.length) : op;
    if (!KNOWN.has(base)) return false;
    for (const [key, wanted] of Object.entries(keys)) {
      if (operatorHolds(op, list(wanted).map(String), context[key.toLowerCase()]) !== true) return false;
    }
  }
  return true;
}
