import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../../src/app/router';

describe('router', () => {
  it.each<[string, Route]>([
    ['#/sandbox', { mode: 'sandbox' }],
    ['#/lessons', { mode: 'lessons' }],
    ['#/lessons/', { mode: 'lessons' }],
    ['#/lessons/13-placement-strategies', { mode: 'lessons', lesson: '13-placement-strategies' }],
    ['#/exam', { mode: 'exam' }],
    ['#/exam/timed', { mode: 'exam', tab: 'timed' }],
    ['#/exam/review', { mode: 'exam', tab: 'review' }],
    ['#/exam/nowhere', { mode: 'exam' }],
  ])('reads %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each(['', '#', '#/', '#/nowhere', '#/lessons/13/extra', '#sandbox-ish'])(
    'opens the sandbox for an address it does not know (%s)',
    (hash) => {
      expect(parseRoute(hash)).toEqual({ mode: 'sandbox' });
    },
  );

  it('shows the lesson list for a lesson id that is not a lesson id, without trying to open it', () => {
    expect(parseRoute('#/lessons/..%2Fsecrets')).toEqual({ mode: 'lessons' });
    expect(parseRoute('#/lessons/%E0%A4%A')).toEqual({ mode: 'lessons' });
  });

  it('writes an address that reads back as the same route', () => {
    const routes: Route[] = [
      { mode: 'sandbox' },
      { mode: 'lessons' },
      { mode: 'lessons', lesson: '01-four-nouns' },
      { mode: 'exam' },
      { mode: 'exam', tab: 'timed' },
      { mode: 'exam', tab: 'review' },
    ];
    for (const r of routes) expect(parseRoute(routeHash(r))).toEqual(r);
    // the practice bank is exam prep's front page: it has the short address
    expect(routeHash({ mode: 'exam', tab: 'practice' })).toBe('#/exam');
    expect(routeHash({ mode: 'lessons', lesson: '13-placement-strategies' })).toBe(
      '#/lessons/13-placement-strategies',
    );
  });
});
