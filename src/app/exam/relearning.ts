/** How many other items come between a miss and its return within one review. */
export const RELEARN_GAP = 3;

/**
 * One review session with successive relearning: a missed item comes back a few items later, again and
 * again, until it is answered correctly once. Only the first answer to each item feeds the schedule.
 */
export interface ReviewSession {
  /** item keys still to answer; the head is on screen */
  readonly queue: ReadonlyArray<string>;
  /** keys whose first answer has been given */
  readonly attempted: ReadonlyArray<string>;
  /** keys missed at least once */
  readonly missed: ReadonlyArray<string>;
  /** answers given so far, retries included (a fresh render key for a returning item) */
  readonly answers: number;
}

export const startSession = (keys: ReadonlyArray<string>): ReviewSession => ({
  queue: [...new Set(keys)],
  attempted: [],
  missed: [],
  answers: 0,
});

export const currentKey = (s: ReviewSession): string | undefined => s.queue[0];

export const isFinished = (s: ReviewSession): boolean => s.queue.length === 0;

/**
 * Applies an answer to the item on screen. A miss puts it back RELEARN_GAP places later (or last, when fewer
 * remain). `firstAttempt` tells the caller whether this answer should reach the scheduler. Pure.
 */
export function answerInSession(
  s: ReviewSession,
  correct: boolean,
): { session: ReviewSession; firstAttempt: boolean } {
  const [key, ...rest] = s.queue;
  if (key === undefined) return { session: s, firstAttempt: false };
  const firstAttempt = !s.attempted.includes(key);
  const queue = correct ? rest : [...rest.slice(0, RELEARN_GAP), key, ...rest.slice(RELEARN_GAP)];
  return {
    session: {
      queue,
      attempted: firstAttempt ? [...s.attempted, key] : s.attempted,
      missed: correct || s.missed.includes(key) ? s.missed : [...s.missed, key],
      answers: s.answers + 1,
    },
    firstAttempt,
  };
}
