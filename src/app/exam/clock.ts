/** Milliseconds since the Unix epoch. Injected everywhere: the exam logic never reads the real time. */
export type Clock = () => number;

const DAY_MS = 86_400_000;

/**
 * The calendar day a moment falls on, as whole days since 1970-01-01 in the learner's time zone.
 * `utcOffsetMinutes` is minutes ahead of UTC (UTC+2 → 120), the negation of `Date#getTimezoneOffset`.
 */
export const dayNumber = (ms: number, utcOffsetMinutes = 0): number =>
  Math.floor((ms + utcOffsetMinutes * 60_000) / DAY_MS);

/** A day number as YYYY-MM-DD (for date inputs and export files). */
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Reads YYYY-MM-DD back to a day number; `undefined` for anything else. */
export function parseIsoDay(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms / DAY_MS;
}

/** The learner's calendar day for a moment, in the machine's time zone. */
export const localDay = (ms: number): number => dayNumber(ms, -new Date(ms).getTimezoneOffset());

/** A moment as text safe inside a storage key ("2026-01-10T09-00-00-000Z"). */
export const stampOf = (ms: number): string => new Date(ms).toISOString().replace(/[:.]/g, '-');
