import { describe, expect, it } from 'vitest';
import { CONCEPT_ALIASES, CONCEPTS, conceptNamed } from '../../src/course/concepts';
import { CURRICULUM_LESSONS } from '../../src/course/curriculumLessons';
import { isExamShaped } from '../../src/course/examShape';
import { examOfTask, isExamTask } from '../../src/course/examTasks';
import { loadCourse } from '../../src/course/loader';

/**
 * The course covers the curriculum (issue 13): every curriculum lesson has its folder and at least six quiz
 * items; every item's concepts come from the vocabulary (src/course/concepts.ts) and its exam task ids are known
 * ones of the item's own exams; the bank as a whole has at least 150 items, at least half of them in the exams'
 * shape.
 */
const course = await loadCourse();
const bySlug = new Map(course.lessons.map((l) => [l.slug, l]));
const items = course.lessons.flatMap((l) => l.quiz.map((item) => ({ lesson: l.slug, item })));

describe('the curriculum', () => {
  it('has 24 lessons with distinct slugs, in order', () => {
    const slugs = CURRICULUM_LESSONS.map((l) => l.slug);
    expect(new Set(slugs).size).toBe(24);
    expect(slugs.map((s) => Number(s.slice(0, 2)))).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  it('has a lesson folder for every curriculum lesson', () => {
    expect(CURRICULUM_LESSONS.map((l) => l.slug).filter((slug) => !bySlug.has(slug))).toEqual([]);
  });

  it('has no lesson folder outside the curriculum', () => {
    const known = new Set<string>(CURRICULUM_LESSONS.map((l) => l.slug));
    expect(course.lessons.map((l) => l.slug).filter((s) => !known.has(s))).toEqual([]);
  });

  it('gives every written lesson at least six quiz items', () => {
    const short = course.lessons.filter((l) => l.quiz.length < 6).map((l) => `${l.slug}: ${l.quiz.length}`);
    expect(short).toEqual([]);
  });
});

describe('the concept vocabulary', () => {
  it('names each concept once', () => {
    const names = CONCEPTS.map((c) => c.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('has concepts for every curriculum lesson', () => {
    for (const { slug } of CURRICULUM_LESSONS) {
      expect(
        CONCEPTS.some((c) => c.lesson === slug),
        slug,
      ).toBe(true);
    }
  });

  it('knows every concept an item is tagged with', () => {
    const unknown = items.flatMap(({ lesson, item }) =>
      item.tags.concepts.filter((c) => !conceptNamed(c)).map((c) => `${lesson} ${item.id}: "${c}"`),
    );
    expect(unknown).toEqual([]);
  });

  it('maps every alias to a concept of the vocabulary that is not itself an alias', () => {
    for (const [alias, name] of Object.entries(CONCEPT_ALIASES)) {
      expect(conceptNamed(name)?.name, alias).toBe(name);
      expect(conceptNamed(alias), alias).toBe(conceptNamed(name));
      expect(
        CONCEPTS.some((c) => c.name === alias),
        `${alias} is both a name and an alias`,
      ).toBe(false);
    }
  });

  it('finds a concept by its exact name or an alias only', () => {
    expect(conceptNamed('binpack')?.lesson).toBe('13-placement-strategies');
    expect(conceptNamed('task role')?.lesson).toBe('07-three-roles');
    expect(conceptNamed('rolling deployment')?.name).toBe('rolling update');
    expect(conceptNamed('Binpack')).toBeUndefined();
    expect(conceptNamed('teleportation')).toBeUndefined();
  });
});

describe('exam task ids', () => {
  it('tag every item', () => {
    const untagged = items
      .filter(({ item }) => !item.tags.tasks?.length)
      .map(({ lesson, item }) => `${lesson} ${item.id}`);
    expect(untagged).toEqual([]);
  });

  it('are known task statements, each of one of the item’s exams', () => {
    const wrong = items.flatMap(({ lesson, item }) =>
      (item.tags.tasks ?? [])
        .filter((t) => !isExamTask(t) || !item.tags.exams.includes(examOfTask(t)))
        .map((t) => `${lesson} ${item.id}: ${t} (exams ${item.tags.exams.join(', ')})`),
    );
    expect(wrong).toEqual([]);
  });
});

describe('the bank', () => {
  const shaped = items.filter(({ item }) => isExamShaped(item)).length;

  it('holds at least 150 items', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
  });

  it('has at least half of its items in the exams’ shape', () => {
    expect(shaped * 2, `${shaped} of ${items.length} exam-shaped`).toBeGreaterThanOrEqual(items.length);
  });
});
