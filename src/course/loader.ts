import { err, ok, type Result } from '../lib/result';
import { splitFrontmatter, validateMeta } from './frontmatter';
import type { Goal, Lesson, LessonScenario, Prediction, QuizItem, Step } from './types';

interface LessonModules {
  readonly markdown: string;
  readonly scenario: { default: LessonScenario; prediction?: Prediction };
  readonly goals: { default: ReadonlyArray<Goal> };
  readonly solution: { default: ReadonlyArray<Step>; alternatives?: ReadonlyArray<ReadonlyArray<Step>> };
  readonly quiz: { default: ReadonlyArray<QuizItem> };
}

/** Assembles one lesson from its folder's modules, validating what a file cannot promise by its type. */
export function assembleLesson(slug: string, files: LessonModules): Result<Lesson, string> {
  const prefix = /^(\d{2})-[a-z0-9-]+$/.exec(slug);
  if (!prefix) return err(`${slug}: lesson folders are named NN-kebab-slug.`);
  const split = splitFrontmatter(files.markdown);
  if (!split.ok) return err(`${slug}/lesson.md: ${split.error}`);
  const meta = validateMeta(split.value.fields);
  if (!meta.ok) return err(`${slug}/lesson.md frontmatter: ${meta.error}`);
  return ok({
    slug,
    order: Number(prefix[1]),
    meta: meta.value,
    body: split.value.body,
    scenario: files.scenario.default,
    prediction: files.scenario.prediction,
    goals: files.goals.default,
    solution: files.solution.default,
    alternatives: files.solution.alternatives ?? [],
    quiz: files.quiz.default,
  });
}

const folderOf = (path: string) => path.split('/').at(-2)!;

function byFolder<T>(modules: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(modules).map(([path, mod]) => [folderOf(path), mod]));
}

export interface Course {
  readonly lessons: ReadonlyArray<Lesson>;
  /** lessons that failed to load, with the reason (shown to the learner; the rest still work) */
  readonly problems: ReadonlyArray<string>;
}

/** Finds every lesson folder under /lessons (nothing is registered by hand) and orders them by prefix. */
export function loadCourse(): Course {
  const markdown = byFolder(
    import.meta.glob<string>('/lessons/*/lesson.md', { query: '?raw', import: 'default', eager: true }),
  );
  const scenario = byFolder(
    import.meta.glob<LessonModules['scenario']>('/lessons/*/scenario.ts', { eager: true }),
  );
  const goals = byFolder(import.meta.glob<LessonModules['goals']>('/lessons/*/goals.ts', { eager: true }));
  const solution = byFolder(
    import.meta.glob<LessonModules['solution']>('/lessons/*/solution.ts', { eager: true }),
  );
  const quiz = byFolder(import.meta.glob<LessonModules['quiz']>('/lessons/*/quiz.ts', { eager: true }));
  const lessons: Lesson[] = [];
  const problems: string[] = [];
  for (const [slug, md] of markdown) {
    const s = scenario.get(slug);
    const g = goals.get(slug);
    const so = solution.get(slug);
    const q = quiz.get(slug);
    if (!s || !g || !so || !q) {
      problems.push(`${slug}: needs scenario.ts, goals.ts, solution.ts and quiz.ts beside lesson.md.`);
      continue;
    }
    const lesson = assembleLesson(slug, { markdown: md, scenario: s, goals: g, solution: so, quiz: q });
    if (lesson.ok) lessons.push(lesson.value);
    else problems.push(lesson.error);
  }
  lessons.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  return { lessons, problems };
}
