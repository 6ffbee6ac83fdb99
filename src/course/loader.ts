import { err, ok, type Result } from '../lib/result';
import { splitFrontmatter, validateMeta } from './frontmatter';
import type {
  Goal,
  Lesson,
  LessonEntry,
  LessonProse,
  LessonScenario,
  Prediction,
  QuizItem,
  Step,
} from './types';

/** The files of a lesson folder past its frontmatter: the prose of lesson.md and the four code modules. */
export interface LessonModules {
  readonly prose: LessonProse;
  readonly scenario: { default: LessonScenario; prediction?: Prediction };
  readonly goals: { default: ReadonlyArray<Goal> };
  readonly solution: { default: ReadonlyArray<Step>; alternatives?: ReadonlyArray<ReadonlyArray<Step>> };
  readonly quiz: { default: ReadonlyArray<QuizItem> };
}

const CODE_FILES = ['scenario', 'goals', 'solution', 'quiz'] as const;

/** Reads a lesson's folder name and frontmatter: what the list shows, validated as the course's rules ask. */
export function readEntry(slug: string, frontmatter: string): Result<LessonEntry, string> {
  const prefix = /^(\d{2})-[a-z0-9-]+$/.exec(slug);
  if (!prefix) return err(`${slug}: lesson folders are named NN-kebab-slug.`);
  const split = splitFrontmatter(frontmatter);
  if (!split.ok) return err(`${slug}/lesson.md: ${split.error}`);
  const meta = validateMeta(split.value.fields);
  if (!meta.ok) return err(`${slug}/lesson.md frontmatter: ${meta.error}`);
  return ok({ slug, order: Number(prefix[1]), meta: meta.value });
}

/** A lesson: its entry, its prose and the code modules beside it. */
export const withModules = (entry: LessonEntry, files: LessonModules): Lesson => ({
  ...entry,
  ...files.prose,
  scenario: files.scenario.default,
  prediction: files.scenario.prediction,
  goals: files.goals.default,
  solution: files.solution.default,
  alternatives: files.solution.alternatives ?? [],
  quiz: files.quiz.default,
});

/** The lessons on offer, from their frontmatter, in course order. */
export interface CourseIndex {
  readonly lessons: ReadonlyArray<LessonEntry>;
  /** lessons that cannot be offered, with the reason (shown to the learner; the rest still work) */
  readonly problems: ReadonlyArray<string>;
}

export interface Course {
  readonly lessons: ReadonlyArray<Lesson>;
  /** lessons that failed to load, with the reason (shown to the learner; the rest still work) */
  readonly problems: ReadonlyArray<string>;
}

/** Where the lessons mode finds its lessons: the list at once, a lesson's prose and code when it is opened. */
export interface LessonSource {
  readonly index: CourseIndex;
  /** the lesson's text, which can show before its code has loaded */
  prose(slug: string): Promise<Result<LessonProse, string>>;
  load(slug: string): Promise<Result<Lesson, string>>;
}

const folderOf = (path: string) => path.split('/').at(-2)!;

function byFolder<T>(modules: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(modules).map(([path, mod]) => [folderOf(path), mod]));
}

type Importers = { readonly [K in keyof LessonModules]: Map<string, () => Promise<LessonModules[K]>> };

/**
 * Every lesson folder under /lessons (nothing is registered by hand). Only the frontmatter is bundled with the
 * list; a lesson's prose (rendered at build time, tools/lessonText/) and its code are chunks of their own, the
 * code grouped per folder (vite.config.ts), fetched when the lesson opens: one lesson does not load the course.
 */
function lessonFiles(): { frontmatter: Map<string, string>; importers: Importers } {
  return {
    frontmatter: byFolder(
      import.meta.glob<string>('/lessons/*/lesson.md', {
        query: '?frontmatter',
        import: 'default',
        eager: true,
      }),
    ),
    importers: {
      prose: byFolder(
        import.meta.glob<LessonProse>('/lessons/*/lesson.md', { query: '?lesson', import: 'default' }),
      ),
      // Vite reads glob patterns at build time: each is written out
      scenario: byFolder(import.meta.glob<LessonModules['scenario']>('/lessons/*/scenario.ts')),
      goals: byFolder(import.meta.glob<LessonModules['goals']>('/lessons/*/goals.ts')),
      solution: byFolder(import.meta.glob<LessonModules['solution']>('/lessons/*/solution.ts')),
      quiz: byFolder(import.meta.glob<LessonModules['quiz']>('/lessons/*/quiz.ts')),
    },
  };
}

/** The list of lessons, ordered by prefix: every folder with valid frontmatter and its four code files. */
function indexOf(frontmatter: Map<string, string>, importers: Importers): CourseIndex {
  const lessons: LessonEntry[] = [];
  const problems: string[] = [];
  for (const [slug, source] of frontmatter) {
    if (CODE_FILES.some((file) => !importers[file].has(slug))) {
      problems.push(`${slug}: needs scenario.ts, goals.ts, solution.ts and quiz.ts beside lesson.md.`);
      continue;
    }
    const entry = readEntry(slug, source);
    if (entry.ok) lessons.push(entry.value);
    else problems.push(entry.error);
  }
  lessons.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  return { lessons, problems };
}

/** Imports a lesson file; a chunk that fails to load (offline before it was cached) is said, not thrown. */
async function imported<T>(slug: string, load: () => Promise<T>): Promise<Result<T, string>> {
  try {
    return ok(await load());
  } catch (e) {
    return err(`${slug} could not be loaded (${e instanceof Error ? e.message : String(e)}).`);
  }
}

let courseOnDisk: LessonSource | undefined;

/** The course as the app offers it: the list at once, each lesson's prose and code on first open (and kept). */
export function lazyCourse(): LessonSource {
  if (courseOnDisk) return courseOnDisk;
  const { frontmatter, importers } = lessonFiles();
  const index = indexOf(frontmatter, importers);
  const entryOf = (slug: string) => index.lessons.find((l) => l.slug === slug);
  const unknown = (slug: string) => Promise.resolve(err(`There is no lesson "${slug}".`));
  const loaded = new Map<string, Promise<Result<Lesson, string>>>();
  courseOnDisk = {
    index,
    prose: (slug) => (entryOf(slug) ? imported(slug, importers.prose.get(slug)!) : unknown(slug)),
    load(slug) {
      const entry = entryOf(slug);
      if (!entry) return unknown(slug);
      let lesson = loaded.get(slug);
      if (!lesson) {
        lesson = imported(slug, async () => {
          const [prose, scenario, goals, solution, quiz] = await Promise.all([
            importers.prose.get(slug)!(),
            importers.scenario.get(slug)!(),
            importers.goals.get(slug)!(),
            importers.solution.get(slug)!(),
            importers.quiz.get(slug)!(),
          ]);
          return withModules(entry, { prose, scenario, goals, solution, quiz });
        });
        // kept, failed or not: Chromium keeps a failed module import failed until the page reloads
        loaded.set(slug, lesson);
      }
      return lesson;
    },
  };
  return courseOnDisk;
}

/** Every lesson with its code: what exam prep draws its questions from (and what the course's tests read). */
export async function loadCourse(source: LessonSource = lazyCourse()): Promise<Course> {
  const results = await Promise.all(source.index.lessons.map((l) => source.load(l.slug)));
  return {
    lessons: results.flatMap((r) => (r.ok ? [r.value] : [])),
    problems: [...source.index.problems, ...results.flatMap((r) => (r.ok ? [] : [r.error]))],
  };
}

/** A source over lessons already loaded (tests, and a course narrowed to some lessons). */
export function sourceOf(course: Course): LessonSource {
  const find = (slug: string) => {
    const lesson = course.lessons.find((l) => l.slug === slug);
    return Promise.resolve(lesson ? ok(lesson) : err(`There is no lesson "${slug}".`));
  };
  return { index: course, prose: find, load: find };
}
