/**
 * A pausable exam clock as plain data. Every function takes `now` (milliseconds from the injected clock), so
 * the logic never reads the real time.
 */
export interface ExamTimer {
  /** absent = untimed: the clock only counts up */
  readonly limitMs?: number;
  /** time used before the current running stretch */
  readonly usedMs: number;
  /** when the current running stretch began; absent while paused */
  readonly runningSince?: number;
}

export const startTimer = (limitSeconds: number | undefined, now: number): ExamTimer => ({
  ...(limitSeconds === undefined ? {} : { limitMs: limitSeconds * 1000 }),
  usedMs: 0,
  runningSince: now,
});

export const isPaused = (t: ExamTimer): boolean => t.runningSince === undefined;

export const elapsedMs = (t: ExamTimer, now: number): number =>
  t.usedMs + (t.runningSince === undefined ? 0 : Math.max(0, now - t.runningSince));

/** Pauses a running timer; a paused timer is returned unchanged. */
export function pauseTimer(t: ExamTimer, now: number): ExamTimer {
  if (t.runningSince === undefined) return t;
  return { ...(t.limitMs === undefined ? {} : { limitMs: t.limitMs }), usedMs: elapsedMs(t, now) };
}

/** Resumes a paused timer; a running timer is returned unchanged. */
export const resumeTimer = (t: ExamTimer, now: number): ExamTimer =>
  t.runningSince === undefined ? { ...t, runningSince: now } : t;

/** Time left, never below zero; `undefined` for an untimed exam. */
export const remainingMs = (t: ExamTimer, now: number): number | undefined =>
  t.limitMs === undefined ? undefined : Math.max(0, t.limitMs - elapsedMs(t, now));

export const isExpired = (t: ExamTimer, now: number): boolean => remainingMs(t, now) === 0;

/** "m:ss", or "h:mm:ss" from an hour up; partial seconds round up so 0:00 means the time is really gone. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Seconds left at which the live region speaks: every 5 minutes, each of the last 5 minutes, 30 s, 10 s. */
function milestones(limitSeconds: number): number[] {
  const out = [10, 30, 60, 120, 180, 240];
  for (let s = 300; s < limitSeconds; s += 300) out.push(s);
  return out.filter((s) => s < limitSeconds);
}

const spoken = (seconds: number): string =>
  seconds >= 60 ? `${seconds / 60} minute${seconds === 60 ? '' : 's'} left.` : `${seconds} seconds left.`;

/**
 * What the timer's live region should say now: the last milestone passed, or `undefined` before the first.
 * The text changes only when a milestone is passed, so a screen reader hears the timer at a sensible cadence
 * rather than every second.
 */
export function timerAnnouncement(t: ExamTimer, now: number): string | undefined {
  const left = remainingMs(t, now);
  if (left === undefined || t.limitMs === undefined) return undefined;
  if (left === 0) return 'Time is up.';
  const leftSeconds = left / 1000;
  const passed = milestones(t.limitMs / 1000).filter((m) => leftSeconds <= m);
  return passed.length === 0 ? undefined : spoken(Math.min(...passed));
}
