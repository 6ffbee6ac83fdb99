/**
 * Hash routes: every mode and lesson has its own address, so Back/Forward work and a teacher can
 * link straight to a lesson. Hash routing needs no server rewrites, which keeps the app a static, offline build.
 *
 *   #/sandbox                       the sandbox (also what an empty or unknown address opens)
 *   #/lessons                       the lesson list
 *   #/lessons/13-placement-strategies   one lesson
 *   #/exam                          exam prep (its practice bank)
 *   #/exam/timed                    one tab of exam prep: practice, timed or review
 *   #/share/<payload>               a shared sandbox (src/app/shareLink.ts); it opens in the sandbox
 */

/** Exam prep's tabs, as their addresses name them. */
export const EXAM_TABS = ['practice', 'timed', 'review'] as const;
export type ExamTab = (typeof EXAM_TABS)[number];
const isExamTab = (text: string | undefined): text is ExamTab => EXAM_TABS.some((t) => t === text);

export type Route =
  | { readonly mode: 'sandbox' }
  | { readonly mode: 'lessons'; readonly lesson?: string }
  | { readonly mode: 'exam'; readonly tab?: ExamTab };

export type Mode = Route['mode'];

export const DEFAULT_ROUTE: Route = { mode: 'sandbox' };

/** What a share link's hash starts with; the rest is the compressed sandbox (src/app/shareLink.ts). */
export const SHARE_PREFIX = '#/share/';

/** A lesson id as folders name them: lower-case words and digits joined by dashes. */
const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads a `location.hash`; anything it does not know opens the sandbox rather than a blank page. */
export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((p) => p !== '')
    .map((p) => safeDecode(p));
  const [mode, detail, ...rest] = parts;
  if (rest.length) return DEFAULT_ROUTE;
  if (mode === 'lessons') {
    return detail !== undefined && LESSON_ID.test(detail)
      ? { mode: 'lessons', lesson: detail }
      : { mode: 'lessons' };
  }
  if (mode === 'exam') return isExamTab(detail) ? { mode: 'exam', tab: detail } : { mode: 'exam' };
  return DEFAULT_ROUTE;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The address of a route, `#/…`. */
export function routeHash(route: Route): string {
  switch (route.mode) {
    case 'sandbox':
      return '#/sandbox';
    case 'lessons':
      return route.lesson ? `#/lessons/${encodeURIComponent(route.lesson)}` : '#/lessons';
    case 'exam':
      return route.tab && route.tab !== 'practice' ? `#/exam/${route.tab}` : '#/exam';
  }
}
