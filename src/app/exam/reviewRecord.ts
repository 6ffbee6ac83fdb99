import type { Result } from '../../lib/result';
import type { ItemReview, ReviewRecords } from './scheduler';
import { exportRecord, parseRecord } from '../storage/index';
import { REVIEW } from '../storage/records';

/** Everything the spaced review keeps in the browser: per-item schedules and an optional exam day. */
export interface ReviewRecord {
  readonly version: 1;
  readonly items: ReviewRecords;
  /** the learner's exam day (day number): gaps shrink as it nears */
  readonly examDay?: number;
}

export const REVIEW_KEY = REVIEW.key;

export const emptyReview = (): ReviewRecord => REVIEW.empty();

/** Parses saved or imported review text, validating every field and naming what is wrong. */
export const parseReview = (text: string): Result<ReviewRecord, string> => parseRecord(REVIEW, text);

/** How the schedule is kept in browser storage. */
export const reviewFormat = REVIEW;

/** Returns a copy with one item's schedule replaced. */
export const withItem = (r: ReviewRecord, key: string, item: ItemReview): ReviewRecord => ({
  ...r,
  items: { ...r.items, [key]: item },
});

/** The export file's text (pretty JSON, the same format the store keeps). */
export const exportReview = (r: ReviewRecord): string => exportRecord(r);
