import { describe, expect, it } from 'vitest';
import { ReviewState } from '../../../src/app/exam/reviewState.svelte';
import { emptyReview, parseReview, REVIEW_KEY } from '../../../src/app/exam/reviewRecord';
import { dayNumber, isoDay, localDay, parseIsoDay } from '../../../src/app/exam/clock';
import { memoryStore } from './fixtures';

const DAY = 86_400_000;
const item = { step: 1, due: 20001, lastDay: 20000, correctDays: [20000], priority: false, lapses: 0 };

/** A clock the test moves by hand. */
function fakeClock(start: number) {
  let now = start;
  return { clock: () => now, advanceDays: (d: number) => void (now += d * DAY) };
}

describe('review record format', () => {
  it('accepts a saved record', () => {
    const text = JSON.stringify({ version: 1, items: { 'l/a': item }, examDay: 20100 });
    expect(parseReview(text)).toEqual({
      ok: true,
      value: { version: 1, items: { 'l/a': item }, examDay: 20100 },
    });
  });

  it.each([
    ['text that is not JSON', '{"version":1', /not valid JSON/],
    ['a list', '[]', /not a JSON object/],
    ['a record without a version', '{"items":{}}', /no known format version/],
    ['a newer format', '{"version":2,"items":{}}', /newer version/],
    ['missing items', '{"version":1}', /"items" is missing/],
    [
      'a fractional day',
      JSON.stringify({ version: 1, items: { k: { ...item, due: 1.5 } } }),
      /"items\.k\.due" is not a whole number/,
    ],
    [
      'three correct days',
      JSON.stringify({ version: 1, items: { k: { ...item, correctDays: [1, 2, 3] } } }),
      /correctDays/,
    ],
    [
      'a text priority',
      JSON.stringify({ version: 1, items: { k: { ...item, priority: 'yes' } } }),
      /priority/,
    ],
    ['a text exam day', JSON.stringify({ version: 1, items: {}, examDay: '2026-12-01' }), /examDay/],
  ])('names what is wrong with %s', (_name, text, message) => {
    const r = parseReview(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });
});

describe('calendar days', () => {
  it.each([
    ['midnight UTC', Date.UTC(2026, 0, 2), 0, '2026-01-02'],
    ['late evening west of UTC is still the earlier day', Date.UTC(2026, 0, 2, 3), -300, '2026-01-01'],
    ['early morning east of UTC is already the next day', Date.UTC(2026, 0, 1, 23), 120, '2026-01-02'],
  ])('puts %s on the right day', (_name, ms, offset, iso) => {
    expect(isoDay(dayNumber(ms, offset))).toBe(iso);
  });

  it('reads a date input back, and refuses anything else', () => {
    expect(parseIsoDay('2026-03-04')).toBe(dayNumber(Date.UTC(2026, 2, 4)));
    expect(parseIsoDay('March 4')).toBeUndefined();
  });

  it('uses the machine’s time zone for the local day', () => {
    const ms = Date.UTC(2026, 5, 1, 12);
    expect(localDay(ms)).toBe(dayNumber(ms, -new Date(ms).getTimezoneOffset()));
  });
});

describe('review state', () => {
  const start = Date.UTC(2026, 0, 10, 9);
  const utcDay = (ms: number) => dayNumber(ms);

  it('writes every answer through to storage, dated by the injected clock', () => {
    const store = memoryStore();
    const { clock, advanceDays } = fakeClock(start);
    const state = new ReviewState(store, clock, utcDay);
    state.answer('l/a', true);
    advanceDays(1);
    state.answer('l/a', true, 'high');
    const saved = parseReview(store.data.get(REVIEW_KEY)!);
    expect(saved.ok && saved.value.items['l/a']).toMatchObject({
      correctDays: [utcDay(start), utcDay(start) + 1],
      due: utcDay(start) + 4,
    });
    expect(new ReviewState(store, clock, utcDay).record).toEqual(state.record);
  });

  it('keeps unreadable saved data aside and warns', () => {
    const store = memoryStore({ [REVIEW_KEY]: '{"version":1,"items":' });
    const state = new ReviewState(store, fakeClock(start).clock, utcDay);
    expect(state.record).toEqual(emptyReview());
    expect(state.notice).toMatch(/review schedule could not be read: it is not valid JSON/);
    expect(store.data.get(`${REVIEW_KEY}:corrupt:2026-01-10T09-00-00-000Z`)).toBe('{"version":1,"items":');
  });

  it('imports an exported file, and leaves the schedule alone when the file is bad', () => {
    const state = new ReviewState(memoryStore(), fakeClock(start).clock, utcDay);
    state.answer('l/a', false);
    const exported = state.exportText();
    const other = new ReviewState(memoryStore(), fakeClock(start).clock, utcDay);
    other.importText('nonsense');
    expect(other.notice).toMatch(/could not be imported: it is not valid JSON/);
    expect(other.record).toEqual(emptyReview());
    other.importText(exported);
    expect(other.record).toEqual(state.record);
    expect(other.notice).toBe('Review schedule imported.');
  });

  it('sets and clears the exam day', () => {
    const state = new ReviewState(memoryStore(), fakeClock(start).clock, utcDay);
    state.setExamDay(utcDay(start) + 30);
    expect(state.record.examDay).toBe(utcDay(start) + 30);
    state.setExamDay(undefined);
    expect(state.record).not.toHaveProperty('examDay');
  });

  it('reports a failed save instead of throwing', () => {
    const store = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const state = new ReviewState(store, fakeClock(start).clock, utcDay);
    state.answer('l/a', true);
    expect(state.notice).toMatch(/could not be saved: QuotaExceededError/);
    expect(state.record.items['l/a']).toBeDefined();
  });
});
