import { describe, expect, it } from 'vitest';
import {
  elapsedMs,
  formatClock,
  isExpired,
  isPaused,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
  timerAnnouncement,
  type ExamTimer,
} from '../../../src/app/exam/timer';

const T0 = 1_000_000;
const s = (seconds: number) => T0 + seconds * 1000;

describe('exam timer', () => {
  it('counts down from the limit on the injected clock', () => {
    const t = startTimer(600, T0);
    expect(remainingMs(t, s(90))).toBe(510_000);
    expect(isExpired(t, s(599))).toBe(false);
    expect(isExpired(t, s(600))).toBe(true);
    expect(remainingMs(t, s(9999))).toBe(0);
  });

  it('stops counting while paused and resumes where it left off', () => {
    let t: ExamTimer = startTimer(600, T0);
    t = pauseTimer(t, s(100));
    expect(isPaused(t)).toBe(true);
    expect(remainingMs(t, s(400))).toBe(500_000);
    t = resumeTimer(t, s(400));
    expect(remainingMs(t, s(450))).toBe(450_000);
  });

  it('ignores a second pause or resume', () => {
    const paused = pauseTimer(startTimer(60, T0), s(10));
    expect(pauseTimer(paused, s(30))).toBe(paused);
    const running = startTimer(60, T0);
    expect(resumeTimer(running, s(5))).toBe(running);
  });

  it('only counts up when untimed', () => {
    const t = startTimer(undefined, T0);
    expect(remainingMs(t, s(5000))).toBeUndefined();
    expect(isExpired(t, s(5000))).toBe(false);
    expect(elapsedMs(t, s(75))).toBe(75_000);
  });

  it.each([
    [0, '0:00'],
    [999, '0:01'],
    [61_000, '1:01'],
    [600_000, '10:00'],
    [3_723_000, '1:02:03'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});

describe('timer announcements', () => {
  it.each<[string, number, number, string | undefined]>([
    ['says nothing before the first milestone', 1800, 10, undefined],
    ['speaks at each five minutes', 1800, 300, '25 minutes left.'],
    ['holds that text until the next milestone', 1800, 599, '25 minutes left.'],
    ['speaks each of the last five minutes', 1800, 1800 - 240, '4 minutes left.'],
    ['uses the singular for one minute', 1800, 1800 - 60, '1 minute left.'],
    ['speaks at thirty seconds', 1800, 1800 - 30, '30 seconds left.'],
    ['speaks at ten seconds', 1800, 1800 - 10, '10 seconds left.'],
    ['says when time is up', 1800, 1800, 'Time is up.'],
    ['skips milestones above a short limit', 90, 0, undefined],
    ['then speaks the first one below it', 90, 30, '1 minute left.'],
  ])('%s', (_name, limit, after, text) => {
    expect(timerAnnouncement(startTimer(limit, T0), s(after))).toBe(text);
  });

  it('is silent for an untimed exam', () => {
    expect(timerAnnouncement(startTimer(undefined, T0), s(100))).toBeUndefined();
  });

  it('changes its text at most a few dozen times in a 130-minute exam', () => {
    const t = startTimer(130 * 60, T0);
    const texts = new Set<string | undefined>();
    for (let sec = 0; sec <= 130 * 60; sec++) texts.add(timerAnnouncement(t, s(sec)));
    expect(texts.size).toBeLessThan(40);
    expect(texts.has('Time is up.')).toBe(true);
  });
});
