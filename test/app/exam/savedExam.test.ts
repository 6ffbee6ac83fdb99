import { describe, expect, it } from 'vitest';
import { buildBank } from '../../../src/app/exam/bank';
import { passesPractice, PRACTICE_PASS_PERCENT, REAL_PASSING_SCORE } from '../../../src/app/exam/passMark';
import { buildPracticeExam } from '../../../src/app/exam/practiceExam';
import {
  loadRunningExam,
  parseSavedExam,
  restoreExam,
  SAVED_EXAM_KEY,
  saveExam,
  storeRunningExam,
} from '../../../src/app/exam/savedExam';
import { pauseTimer, remainingMs, startTimer } from '../../../src/app/exam/timer';
import { memoryStore, sampleLessons } from './fixtures';

const bank = buildBank(sampleLessons());
const paper = buildPracticeExam(bank, { length: 4, timeLimitSeconds: 600, seed: 7 });
const [first, second, third] = paper.items.map((b) => b.key);

function saved(options: { paused?: boolean } = {}) {
  let timer = startTimer(600, 1_000);
  if (options.paused) timer = pauseTimer(timer, 61_000);
  return saveExam(
    {
      paper,
      answers: new Map([[first!, ['right']]]),
      flagged: new Set([second!]),
      index: 2,
      timer,
    },
    91_000,
  );
}

describe('saved exam', () => {
  it('round-trips through its stored text: items, answers, flags, question and time used', () => {
    const text = JSON.stringify(saved());
    const parsed = parseSavedExam(text);
    expect(parsed.ok).toBe(true);
    const restored = restoreExam(parsed.ok ? parsed.value.running! : (undefined as never), bank)!;
    expect(restored.paper.items.map((b) => b.key)).toEqual(paper.items.map((b) => b.key));
    expect([...restored.answers]).toEqual([[first, ['right']]]);
    expect([...restored.flagged]).toEqual([second]);
    expect(restored.index).toBe(2);
    // comes back paused at the time used when saved: time away from the exam does not count
    expect(remainingMs(restored.timer, 10_000_000)).toBe(510_000);
    expect(restored.wasRunning).toBe(true);
    expect(restored.missing).toBe(0);
  });

  it('remembers that the learner had paused the timer', () => {
    const restored = restoreExam(saved({ paused: true }).running!, bank)!;
    expect(restored.wasRunning).toBe(false);
    expect(remainingMs(restored.timer, 0)).toBe(540_000);
  });

  it('leaves out items the bank no longer has, with their answers and flags, and keeps the question on screen', () => {
    const smaller = bank.filter((b) => b.key !== first && b.key !== second);
    const restored = restoreExam(saved().running!, smaller)!;
    expect(restored.missing).toBe(2);
    expect(restored.answers.size).toBe(0);
    expect(restored.flagged.size).toBe(0);
    expect(restored.paper.items[restored.index]!.key).toBe(third);
    expect(restoreExam(saved().running!, [])).toBeUndefined();
  });

  it.each([
    [
      JSON.stringify({ version: 1, running: { ...saved().running, itemKeys: [] } }),
      /itemKeys" needs at least 1/,
    ],
    ['{"version": 1, "running": {"itemKeys": ["a"]}}', /"running\.seed" is missing/],
    [JSON.stringify({ version: 1, running: { ...saved().running, index: 9 } }), /index/],
    [JSON.stringify({ version: 1, running: { ...saved().running, answers: { a: 'right' } } }), /answers/],
    [
      JSON.stringify({ version: 1, running: { ...saved().running, exam: 'XYZ-C01' } }),
      /"running\.exam" is not one of "SAA-C03"/,
    ],
    ['{"version": 2}', /newer version/],
  ])('refuses %s and names what is wrong', (text, problem) => {
    const parsed = parseSavedExam(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(problem);
  });

  it('reads "no exam in progress"', () => {
    expect(parseSavedExam('{"version": 1}')).toEqual({ ok: true, value: { version: 1 } });
  });
});

describe('pass mark', () => {
  it('passes at the stated percentage and not below', () => {
    expect(passesPractice({ percent: PRACTICE_PASS_PERCENT })).toBe(true);
    expect(passesPractice({ percent: PRACTICE_PASS_PERCENT - 1 })).toBe(false);
  });

  it('gives the real passing scaled score of every exam the bank tags', () => {
    expect(REAL_PASSING_SCORE).toEqual({ 'SAA-C03': 720, 'DVA-C02': 720, 'SOA-C03': 720, 'DOP-C02': 750 });
  });
});

describe('the running exam in storage', () => {
  it('offers the saved exam for resuming, and keeps nothing once it is cleared', () => {
    const store = memoryStore({ [SAVED_EXAM_KEY]: JSON.stringify(saved()) });
    const found = loadRunningExam(store, bank, 0);
    expect(found.notice).toBeUndefined();
    expect(found.offer?.paper.items.map((b) => b.key)).toEqual(saved().running!.itemKeys);
    expect(storeRunningExam(store, undefined, 0)).toBeUndefined();
    expect(loadRunningExam(store, bank, 0)).toEqual({});
  });

  it('says why a saved exam cannot be offered: unreadable, or none of its questions left', () => {
    const stamp = '1970-01-01T00-00-00-000Z';
    const store = memoryStore({ [SAVED_EXAM_KEY]: '{"version":1,"running":3}' });
    expect(loadRunningExam(store, bank, 0).notice).toMatch(
      /exam in progress could not be read: "running" is not an object/,
    );
    expect(store.data.get(`${SAVED_EXAM_KEY}:corrupt:${stamp}`)).toBe('{"version":1,"running":3}');
    const gone = memoryStore({ [SAVED_EXAM_KEY]: JSON.stringify(saved()) });
    expect(loadRunningExam(gone, [], 0)).toEqual({
      notice: 'Your saved exam could not be resumed: none of its questions exist any more.',
    });
  });

  it('reports a full storage when the exam cannot be kept', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(storeRunningExam(full, undefined, 0)).toBe(
      'Your exam in progress could not be saved: QuotaExceededError',
    );
  });
});
