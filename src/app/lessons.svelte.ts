import { loadCourse, type Course } from '../course/loader';
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
  /** the lessons to offer; every lesson on disk by default */
  readonly course?: Course;
}

/**
 * The lessons mode: the course, the learner's progress (kept in storage), the lesson open now and its live goal
 * checks. Opening a lesson builds its session; closing it stops its goal checks.
 */
export class LessonsController {
  readonly course: Course;
  progress = $state.raw<Progress>({ version: 1, lessons: {} });
  /** a problem or a confirmation to show the learner */
  notice = $state<string | undefined>(undefined);
  current = $state.raw<LessonSession | undefined>(undefined);
  readonly #store: KeyValueStore;
  readonly #review: ReviewState;
  #stopTracking: (() => void) | undefined;

  constructor(options: LessonsOptions) {
    this.#store = options.store;
    this.#review = options.review;
    this.course = options.course ?? loadCourse();
    const loaded = loadProgress(options.store, stampOf(options.now()));
    this.progress = loaded.progress;
    this.notice = loaded.warning ?? options.review.notice;
  }

  /** Opens a lesson by slug (a fresh session on its scenario); an unknown slug says so and shows the list. */
  open(slug: string): void {
    if (slug === this.current?.lesson.slug) return;
    const found = this.course.lessons.find((l) => l.slug === slug);
    if (!found) {
      this.notice = `There is no lesson "${slug}": pick one from the list.`;
      this.close();
      return;
    }
    this.close();
    const ls = new LessonSession(
      found,
      this.progress,
      (p) => this.save(p),
      undefined,
      (key, correct) => this.#review.answer(key, correct),
    );
    this.current = ls;
    this.#stopTracking = ls.track();
    this.save({ ...this.progress, lastLesson: slug });
  }

  /** Back to the list: the open lesson's playback and goal checks stop. */
  close(): void {
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
