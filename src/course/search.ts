import type { LessonEntry } from './types';

/** Lessons whose title or a concept contains every word of the query (case-insensitive). */
export function searchLessons(
  lessons: ReadonlyArray<LessonEntry>,
  query: string,
): ReadonlyArray<LessonEntry> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return lessons;
  return lessons.filter((l) => {
    const hay = [l.meta.title, ...l.meta.concepts].join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** Lessons grouped by module, in course order. */
export function byModule(
  lessons: ReadonlyArray<LessonEntry>,
): Array<{ module: string; lessons: LessonEntry[] }> {
  const groups = new Map<string, LessonEntry[]>();
  for (const l of lessons) groups.set(l.meta.module, [...(groups.get(l.meta.module) ?? []), l]);
  return [...groups].map(([module, list]) => ({ module, lessons: list }));
}
