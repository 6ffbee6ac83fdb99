import type { Result } from '../../lib/result';
import type { ItemReview, ReviewRecords } from './scheduler';
import { isRecord, parseVersioned, type StoredFormat } from './storage';

/** Everything the spaced review keeps in the browser: per-item schedules and an optional exam day. */
export interface ReviewRecord {
  readonly version: 1;
  readonly items: ReviewRecords;
  /** the learner's exam day (day number): gaps shrink as it nears */
  readonly examDay?: number;
}

export const REVIEW_KEY = 'ecs-sandbox:review';
const CURRENT_VERSION = 1;

export const emptyReview = (): ReviewRecord => ({ version: 1, items: {} });

const isInt = (v: unknown): v is number => Number.isInteger(v);

function checkItem(key: string, v: unknown): string | undefined {
  if (!isRecord(v)) return `item "${key}" is not an object`;
  for (const field of ['step', 'due', 'lastDay', 'lapses'] as const) {
    if (!isInt(v[field])) return `item "${key}".${field} is not a whole number`;
  }
  if (!Array.isArray(v.correctDays) || v.correctDays.length > 2 || !v.correctDays.every(isInt))
    return `item "${key}".correctDays is not a list of at most two day numbers`;
  if (typeof v.priority !== 'boolean') return `item "${key}".priority is not true/false`;
  return undefined;
}

function checkRecord(d: Record<string, unknown>): string | undefined {
  if (!isRecord(d.items)) return '"items" is missing or not an object';
  for (const [key, item] of Object.entries(d.items)) {
    const problem = checkItem(key, item);
    if (problem) return problem;
  }
  if (d.examDay !== undefined && !isInt(d.examDay)) return '"examDay" is not a day number';
  return undefined;
}

/** Parses saved or imported review text, validating every field and naming what is wrong. */
export const parseReview = (text: string): Result<ReviewRecord, string> =>
  parseVersioned<ReviewRecord>(text, CURRENT_VERSION, [], checkRecord);

export const reviewFormat: StoredFormat<ReviewRecord> = {
  key: REVIEW_KEY,
  label: 'review schedule',
  empty: emptyReview,
  parse: parseReview,
};

/** Returns a copy with one item's schedule replaced. */
export const withItem = (r: ReviewRecord, key: string, item: ItemReview): ReviewRecord => ({
  ...r,
  items: { ...r.items, [key]: item },
});

/** The export file's text (pretty JSON, the same format the store keeps). */
export const exportReview = (r: ReviewRecord): string => JSON.stringify(r, null, 2);
