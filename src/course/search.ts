import type { Lesson } from './types';

/** Lessons whose title or a concept contains every word of the query (case-insensitive). */
export function searchLessons(lessons: ReadonlyArray<Lesson>, query: string): ReadonlyArray<Lesson> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return lessons;
  return lessons.filter((l) => {
    const hay = [l.meta.title, ...l.meta.concepts].join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** Lessons grouped by module, in course order. */
export function byModule(lessons: ReadonlyArray<Lesson>): Array<{ module: string; lessons: Lesson[] }> {
  const groups = new Map<string, Lesson[]>();
  for (const l of lessons) groups.set(l.meta.module, [...(groups.get(l.meta.module) ?? []), l]);
  return [...groups].map(([module, list]) => ({ module, lessons: list }));
}
