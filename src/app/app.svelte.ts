import { loadLaterEngine } from '../engine/index';
import { untrack } from 'svelte';
import { stampOf } from './exam/clock';
import { ReviewState } from './exam/reviewState.svelte';
import type { LessonsController } from './lessons.svelte';
import { defaultScenario } from './scenarios';
import { Session } from './session.svelte';
import { findSavedScenario, restoreSandbox, saveSandbox } from './sessionStore';
import type { KeyValueStore } from './storage/index';
import { isFirstVisit, rememberWelcome } from './welcome';

/** The app's sandbox, for what opens things in it from elsewhere (src/app/openInSandbox.ts). */
export let liveSession: Session | undefined;

/** Where the app keeps its data and reads the time; the browser's by default, fakes in tests. */
export interface AppOptions {
  readonly store: KeyValueStore;
  /** wall-clock milliseconds */
  readonly now?: () => number;
}

/**
 * The application: it creates the sandbox session (restored from the last visit), owns everything kept in
 * browser storage, and loads the lessons when they are first opened. Components read its state and call its
 * methods; none of them reaches storage or builds a session itself.
 */
export class AppController {
  readonly store: KeyValueStore;
  readonly now: () => number;
  /** the sandbox, rebuilt by replay from what was saved */
  readonly session: Session;
  /** a problem with the saved sandbox (unreadable, not restorable, not saved) to show the learner */
  sandboxNotice = $state<string | undefined>(undefined);
  /** the first-visit card is on screen */
  showStart = $state(false);
  #review: ReviewState | undefined;
  #lessons = $state.raw<LessonsController | undefined>(undefined);
  #loadingLessons: Promise<LessonsController> | undefined;

  constructor(options: AppOptions) {
    this.store = options.store;
    this.now = options.now ?? (() => Date.now());
    this.session = new Session(defaultScenario);
    liveSession = this.session;
    this.sandboxNotice = restoreSandbox(this.session, this.store, stampOf(this.now()), findSavedScenario);
    this.showStart = isFirstVisit(this.store);
  }

  /**
   * Starts keeping the sandbox saved: on every recorded change and whenever time stops, not on each frame
   * while time plays. Returns the way to stop (the page does not; tests do).
   */
  start(): () => void {
    return $effect.root(() => {
      $effect(() => {
        const s = this.session;
        void s.scenario;
        void s.calls;
        void s.applied;
        if (!s.playing) void s.version;
        untrack(() => this.saveSandbox());
      });
    });
  }

  /** Saves the sandbox now (also when the page is hidden); a failure is shown, never thrown. */
  saveSandbox(): void {
    const saved = saveSandbox(this.store, this.session.snapshot());
    if (!saved.ok) this.sandboxNotice = saved.error;
  }

  /**
   * Opens the sandbox a share link's hash carries (src/app/shareLink.ts): checked, then replayed, the learner's own
   * sandbox kept as the previous session. A link that cannot be opened leaves everything as it was and says why.
   * Returns whether it opened.
   */
  async openShareHash(hash: string): Promise<boolean> {
    const [{ readShareHash }, { openSharedSandbox }] = await Promise.all([
      import('./shareLink'),
      import('./sharedSandbox'),
    ]);
    const read = readShareHash(hash);
    const opened = read.ok ? await openSharedSandbox(this.session, read.value, 'share link') : read;
    if (!opened.ok) {
      this.sandboxNotice = opened.error;
      return false;
    }
    this.sandboxNotice = undefined;
    return true;
  }

  /**
   * Opens the share link in the page's address (the browser's, at startup or when one is pasted into an open tab),
   * then leaves the address at the sandbox, so a reload keeps the learner's sandbox rather than reopening the link.
   */
  async openShareLocation(): Promise<boolean> {
    const opened = await this.openShareHash(location.hash);
    history.replaceState(history.state, '', '#/sandbox');
    return opened;
  }

  dismissSandboxNotice(): void {
    this.sandboxNotice = undefined;
  }

  /** The learner answered or dismissed the first-visit card: it never shows again. */
  closeStart(): void {
    this.showStart = false;
    rememberWelcome(this.store);
  }

  /** The spaced-review schedule, one for the whole app: exam prep and the lesson quizzes both feed it. */
  get review(): ReviewState {
    this.#review ??= new ReviewState(this.store, this.now);
    return this.#review;
  }

  /** The lessons, once `loadLessons` has resolved. */
  get lessons(): LessonsController | undefined {
    return this.#lessons;
  }

  /**
   * Loads the course's list and the learner's progress on first use; their code stays off the first page. The
   * engine parts a lesson needs load when one opens: the list and a lesson's text do not wait for them.
   */
  loadLessons(): Promise<LessonsController> {
    this.#loadingLessons ??= import('./lessons.svelte').then(({ LessonsController }) => {
      const lessons = new LessonsController({
        store: this.store,
        now: this.now,
        review: this.review,
        prepare: () => this.#lessonEngine(),
      });
      this.#lessons = lessons;
      return lessons;
    });
    return this.#loadingLessons;
  }

  /**
   * What a lesson's session needs of the engine before its scenario builds: RE2 (scenarios, goals and quizzes use
   * `=~` patterns) and the later part (scenarios create services and load balancers). Loaded when a lesson first
   * asks, after its text has arrived.
   */
  #lessonEngine(): Promise<void> {
    // both loads are kept once done, and tried again after a failure
    return Promise.all([this.session.loadRegexSupport(), loadLaterEngine()]).then(() => undefined);
  }
}
