import { describe, expect, it } from 'vitest';
import {
  answerInSession,
  currentKey,
  isFinished,
  startSession,
  type ReviewSession,
} from '../../../src/app/exam/relearning';

/** Plays answers in turn; returns the keys shown and which answers reached the scheduler. */
function play(keys: string[], answers: boolean[]) {
  let s: ReviewSession = startSession(keys);
  const shown: string[] = [];
  const firsts: boolean[] = [];
  for (const correct of answers) {
    shown.push(currentKey(s)!);
    const r = answerInSession(s, correct);
    firsts.push(r.firstAttempt);
    s = r.session;
  }
  return { s, shown, firsts };
}

describe('successive relearning within a review', () => {
  it.each([
    ['all correct runs straight through', ['a', 'b'], [true, true], ['a', 'b']],
    [
      'a miss returns three items later',
      ['a', 'b', 'c', 'd', 'e'],
      [false, true, true, true, true, true],
      ['a', 'b', 'c', 'd', 'a', 'e'],
    ],
    ['a miss returns last when few remain', ['a', 'b'], [false, true, true], ['a', 'b', 'a']],
    ['a miss keeps returning until answered correctly', ['a'], [false, false, true], ['a', 'a', 'a']],
  ])('%s', (_name, keys, answers, shown) => {
    const r = play(keys, answers);
    expect(r.shown).toEqual(shown);
    expect(isFinished(r.s)).toBe(true);
  });

  it('sends only the first answer to each item to the scheduler', () => {
    const r = play(['a', 'b'], [false, true, true]);
    expect(r.firsts).toEqual([true, true, false]);
    expect(r.s.missed).toEqual(['a']);
    expect(r.s.answers).toBe(3);
  });

  it('shows each item once even when listed twice', () => {
    expect(startSession(['a', 'a', 'b']).queue).toEqual(['a', 'b']);
  });

  it('ignores an answer once finished', () => {
    const done = startSession([]);
    expect(answerInSession(done, true)).toEqual({ session: done, firstAttempt: false });
  });
});
