import { lazyCourse, type CourseIndex, type LessonSource } from '../course/loader';
import type { Lesson, LessonProse } from '../course/types';
import { err, ok } from '../lib/result';
import type { ReviewState } from './exam/reviewState.svelte';
import { LessonSession } from './lessonSession.svelte';
import { exportProgress, loadProgress, parseProgress, saveProgress, type Progress } from './progress';
import { stampOf } from './exam/clock';
import type { KeyValueStore } from './storage/index';

export interface LessonsOptions {
  readonly store: KeyValueStore;
  /** wall-clock milliseconds */
  readonly now: () => number;
  /** lesson quiz answers feed the same spaced-review schedule as exam prep */
  readonly review: ReviewState;
  /** what a lesson's session needs loaded before its scenario builds (the engine's later parts); nothing by default */
  readonly prepare?: () => Promise<void>;
  /** the lessons to offer; every lesson on disk by default, each loaded when first opened */
  readonly source?: LessonSource;
}

/** A lesson whose code is on its way. */
export interface Opening {
  readonly slug: string;
  /** its text, as soon as it has arrived: the lesson screen shows it while the code loads */
  readonly prose?: LessonProse;
  readonly done: Promise<void>;
}

/**
 * The lessons mode: the course, the learner's progress (kept in storage), the lesson open now and its live goal
 * checks. Opening a lesson builds its session; closing it stops its goal checks.
 */
export class LessonsController {
  /** the lessons on offer, from their lesson.md files */
  readonly index: CourseIndex;
  progress = $state.raw<Progress>({ version: 1, lessons: {} });
  /** a problem or a confirmation to show the learner */
  notice = $state<string | undefined>(undefined);
  current = $state.raw<LessonSession | undefined>(undefined);
  /** the lesson being opened: its prose once that has arrived (shown meanwhile), and the promise that opens it */
  opening = $state.raw<Opening | undefined>(undefined);
  /** how many goals each lesson begun has, once its code has loaded: the list shows "1/3 goals" */
  goalTotals = $state.raw<Readonly<Record<string, number>>>({});
  readonly #source: LessonSource;
  readonly #prepare: () => Promise<void>;
  readonly #store: KeyValueStore;
  readonly #review: ReviewState;
  /** counts opens and closes: a load that arrives after a newer one began is dropped */
  #attempt = 0;
  #stopTracking: (() => void) | undefined;

  constructor(options: LessonsOptions) {
    this.#store = options.store;
    this.#review = options.review;
    this.#source = options.source ?? lazyCourse();
    this.#prepare = options.prepare ?? (() => Promise.resolve());
    this.index = this.#source.index;
    const loaded = loadProgress(options.store, stampOf(options.now()));
    this.progress = loaded.progress;
    this.notice = loaded.warning ?? options.review.notice;
  }

  /**
   * Opens a lesson by slug (a fresh session on its scenario) once its code has loaded; an unknown slug, or code
   * that cannot be fetched, says so and shows the list. Opening another lesson or closing meanwhile wins.
   */
  open(slug: string): Promise<void> {
    if (slug === this.current?.lesson.slug) return Promise.resolve();
    if (slug === this.opening?.slug) return this.opening.done;
    if (!this.index.lessons.some((l) => l.slug === slug)) {
      this.notice = `There is no lesson "${slug}": pick one from the list.`;
      this.close();
      return Promise.resolve();
    }
    this.close();
    const attempt = this.#attempt;
    const prose = this.#source.prose(slug).then((prose) => {
      if (attempt === this.#attempt && prose.ok && this.opening)
        this.opening = { ...this.opening, prose: prose.value };
    });
    // the engine's big chunks load once the text is in, so parsing them does not hold the text back
    const engine = prose
      .then(() => this.#prepare())
      .then(
        () => ok(undefined),
        (e: unknown) =>
          err(`the sandbox engine could not be loaded (${e instanceof Error ? e.message : String(e)}).`),
      );
    const done = Promise.all([this.#source.load(slug), engine]).then(async ([loaded, ready]) => {
      if (attempt !== this.#attempt) return;
      const lesson = ready.ok ? loaded : ready;
      if (!lesson.ok) {
        this.opening = undefined;
        this.notice = `That lesson could not be opened: ${lesson.error} Check the connection and reload the page; your progress is kept.`;
        return;
      }
      const ls = this.#session(lesson.value);
      // building the scenario and drawing the lesson's panels are two tasks, not one long one
      await new Promise((resolve) => setTimeout(resolve));
      if (attempt !== this.#attempt) return;
      this.opening = undefined;
      this.#show(ls);
    });
    this.opening = { slug, done };
    return done;
  }

  /** Loads the code of the lessons begun and not finished, in the background, for their goal counts. */
  countStartedGoals(): void {
    for (const [slug, p] of Object.entries(this.progress.lessons)) {
      if (p.completed || slug in this.goalTotals || !this.index.lessons.some((l) => l.slug === slug))
        continue;
      void this.#source.load(slug).then((loaded) => loaded.ok && this.#countGoals(loaded.value));
    }
  }

  #countGoals(lesson: Lesson): void {
    if (this.goalTotals[lesson.slug] !== lesson.goals.length)
      this.goalTotals = { ...this.goalTotals, [lesson.slug]: lesson.goals.length };
  }

  #session(lesson: Lesson): LessonSession {
    this.#countGoals(lesson);
    return new LessonSession(
      lesson,
      this.progress,
      (p) => this.save(p),
      undefined,
      (key, correct) => this.#review.answer(key, correct),
    );
  }

  #show(ls: LessonSession): void {
    this.current = ls;
    this.#stopTracking = ls.track();
    this.save({ ...this.progress, lastLesson: ls.lesson.slug });
  }

  /** Back to the list: the open lesson's playback and goal checks stop. */
  close(): void {
    this.#attempt += 1;
    this.opening = undefined;
    this.current?.stopSolution();
    this.#stopTracking?.();
    this.#stopTracking = undefined;
    this.current = undefined;
  }

  dismissNotice(): void {
    this.notice = undefined;
  }

  /** The export file's text. */
  exportText(): string {
    return exportProgress(this.progress);
  }

  /** Replaces progress with an exported file's; a bad file changes nothing and says why. */
  importText(text: string): void {
    const parsed = parseProgress(text);
    if (!parsed.ok) {
      this.notice = `That file could not be imported: ${parsed.error}. Your current progress is unchanged.`;
      return;
    }
    this.save(parsed.value);
    this.notice = 'Progress imported.';
  }

  private save(p: Progress): void {
    this.progress = p;
    const r = saveProgress(this.#store, p);
    if (!r.ok) this.notice = r.error;
  }
}
