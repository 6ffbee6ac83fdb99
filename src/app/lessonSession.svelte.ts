import { GoalTracker, type GoalStatus } from '../course/goals';
import { stepInput, stepName } from '../course/steps';
import type { Control, Lesson, QuizItem, Step } from '../course/types';
import { updateLesson, type LessonProgress, type Progress } from './progress';
import { Session, type CallOutcome } from './session.svelte';
import type { Scenario } from './timeline';
import { itemKey } from './exam/bank';

/** How many of its quiz items a lesson shows at first; the rest of the bank is one click away. */
export const QUIZ_SHOWN = 5;

/** How long the pointer hint must have been visible before the worked step unlocks without an attempt. */
export const BOTTOM_OUT_DELAY_MS = 60_000;

export type HintTier = 0 | 1 | 2 | 3;

/** How long each step of "Watch the solution" stays on screen before the next one runs. */
export const SOLUTION_STEP_MS = 1200;

/** Where "Watch the solution" is: the steps by name, how many have run, and whether it is still going. */
export interface SolutionPlayback {
  readonly names: ReadonlyArray<string>;
  /** steps run so far */
  readonly done: number;
  readonly playing: boolean;
  /** the engine's answer when a step was rejected (playback stops there) */
  readonly error?: string;
}

/**
 * The panels a lesson's workbench shows: the lesson's own, plus the placement explainer, which always comes
 * with the cluster map (picking a task on the map, or a "Why there?" link, leads to it).
 */
export function lessonControls(lesson: Lesson): ReadonlyArray<Control> {
  const own = lesson.scenario.controls;
  return own.includes('explain') ? own : [...own, 'explain'];
}

/** The scenario a lesson starts from, in the workbench's terms. */
export const lessonScenario = (lesson: Lesson): Scenario => ({
  id: `lesson:${lesson.slug}`,
  title: lesson.meta.title,
  description: lesson.meta.objectives.join(' · '),
  seed: lesson.scenario.seed,
  build: lesson.scenario.build,
});

/**
 * One learner working through one lesson: the sandbox session, live goals, prediction, hints, solution replay
 * and quiz answers, written through to progress. Goals met while the solution is on screen never count.
 */
export class LessonSession {
  readonly session: Session;
  goals = $state.raw<ReadonlyArray<GoalStatus>>([]);
  hintTier = $state.raw<Readonly<Record<string, HintTier>>>({});
  /** when each goal's pointer hint was opened (ms, from the injected clock) */
  private pointerShownAt: Record<string, number> = {};
  prediction = $state<string | undefined>(undefined);
  solutionShown = $state(false);
  playback = $state.raw<SolutionPlayback | undefined>(undefined);
  private playTimer: ReturnType<typeof setTimeout> | undefined;
  private beforeSolution: ReturnType<Session['checkpoint']> | undefined;
  private tracker: GoalTracker;
  progress = $state.raw<Progress>({ version: 1, lessons: {} });

  constructor(
    readonly lesson: Lesson,
    progress: Progress,
    private readonly save: (p: Progress) => void,
    private readonly clock: () => number = () => performance.now(),
    /** every quiz answer also goes to the spaced-review schedule (exam prep's), keyed like the exam bank */
    private readonly recordReview?: (itemKey: string, correct: boolean) => void,
  ) {
    this.progress = progress;
    this.session = new Session(lessonScenario(lesson));
    this.tracker = new GoalTracker(lesson.goals);
    const saved = progress.lessons[lesson.slug];
    this.prediction = saved?.prediction?.choice;
    // hints already opened stay open when the learner comes back
    this.hintTier = Object.fromEntries(
      Object.entries(saved?.hints ?? {}).map(([id, tier]) => [
        id,
        Math.min(3, Math.max(0, tier)) as HintTier,
      ]),
    );
    this.refresh();
  }

  /**
   * Keeps the goals checked: re-runs `refresh` after every change of the simulation (a call, a step of time, a
   * scrub, a solution step). Returns the way to stop, for when the lesson is closed.
   */
  track(): () => void {
    return $effect.root(() => {
      $effect(() => {
        void this.session.version;
        this.refresh();
      });
    });
  }

  get saved(): LessonProgress | undefined {
    return this.progress.lessons[this.lesson.slug];
  }

  /** Re-checks goals against the current simulation; call after every change. */
  refresh(): void {
    void this.session.version;
    // work from the local result: reading `this.goals` back here would make the calling effect depend on
    // what it just wrote, and loop
    const goals = this.tracker.update(this.session.sim);
    this.goals = goals;
    if (this.solutionShown) return;
    const met = goals.filter((g) => g.met).map((g) => g.id);
    const known = this.saved?.goalsMet ?? [];
    if (met.some((id) => !known.includes(id))) {
      const goalsMet = [...known, ...met.filter((id) => !known.includes(id))];
      this.write((p) => ({ ...p, goalsMet, completed: goalsMet.length === this.lesson.goals.length }));
    }
  }

  get allMet(): boolean {
    return this.lesson.goals.every((g) => (this.saved?.goalsMet ?? []).includes(g.id));
  }

  /**
   * The quiz opens once the goals are met (with the prediction committed, where there is one): its
   * explanations would otherwise answer what the learner is about to find out.
   */
  get quizOpen(): boolean {
    return this.allMet && (!this.lesson.prediction || this.prediction !== undefined);
  }

  /** The lesson's quiz: its bank without the prediction's twins (exam prep keeps those); the first QUIZ_SHOWN show. */
  get quizItems(): ReadonlyArray<QuizItem> {
    return this.lesson.quiz.filter((item) => !item.twinOfPrediction);
  }

  commitPrediction(choice: string): void {
    this.prediction = choice;
    this.write((p) => ({ ...p, prediction: { choice } }));
  }

  /** After the run: which option the simulator bore out, and whether the learner's choice matched. */
  predictionOutcome(): { actual: string; correct: boolean } | undefined {
    const pred = this.lesson.prediction;
    if (!pred || !this.prediction || !this.allMet) return undefined;
    const actual = pred.outcome(this.session.sim);
    return { actual, correct: actual === this.prediction };
  }

  /** Whether the next hint tier for a goal may be opened now. */
  canOpenHint(goalId: string): boolean {
    const tier = this.hintTier[goalId] ?? 0;
    if (tier >= 3) return false;
    if (tier < 2) return true;
    const attempted = this.session.calls.length > 0;
    const shown = this.pointerShownAt[goalId];
    return attempted || (shown !== undefined && this.clock() - shown >= BOTTOM_OUT_DELAY_MS);
  }

  openHint(goalId: string): void {
    if (!this.canOpenHint(goalId)) return;
    const tier = ((this.hintTier[goalId] ?? 0) + 1) as HintTier;
    if (tier === 2) this.pointerShownAt[goalId] = this.clock();
    this.hintTier = { ...this.hintTier, [goalId]: tier };
    this.write((p) => ({ ...p, hints: { ...p.hints, [goalId]: Math.max(p.hints[goalId] ?? 0, tier) } }));
  }

  /**
   * Puts the solution on screen: keeps a checkpoint of the learner's work and returns the steps to play (see
   * `watchSolution`). It is recorded as viewed, never as solved, and `hideSolution` puts the learner's own work
   * back.
   */
  showSolution(): ReadonlyArray<Step> {
    if (!this.solutionShown) this.beforeSolution = this.session.checkpoint();
    this.solutionShown = true;
    this.write((p) => ({ ...p, solutionViewed: true }));
    return this.lesson.solution;
  }

  /** Runs one solution step; a rejected call comes back as the engine's error text. */
  applySolutionStep(step: Step): string | undefined {
    const outcome = this.runDemo(step);
    return outcome.ok ? undefined : `${outcome.name}: ${outcome.message}`;
  }

  /**
   * "Watch the solution": plays it on the learner's sandbox one step every `stepMs` (0 plays it all at once,
   * for reduced motion), naming each step in `playback`. `stopSolution` halts it where it is.
   */
  watchSolution(stepMs: number = SOLUTION_STEP_MS): void {
    this.stopSolution();
    const steps = this.showSolution();
    this.playback = { names: steps.map(stepName), done: 0, playing: steps.length > 0 };
    const next = () => {
      const playback = this.playback;
      const step = steps[playback?.done ?? steps.length];
      if (!playback?.playing || !step) return;
      const error = this.applySolutionStep(step);
      const done = playback.done + 1;
      const playing = !error && done < steps.length;
      this.playback = { ...playback, done, playing, ...(error ? { error } : {}) };
      if (!playing) this.playTimer = undefined;
      else if (stepMs > 0) this.playTimer = setTimeout(next, stepMs);
      else next();
    };
    next();
  }

  /** Stops "Watch the solution" after the step on screen; what has run stays until the solution is undone. */
  stopSolution(): void {
    if (this.playTimer !== undefined) clearTimeout(this.playTimer);
    this.playTimer = undefined;
    if (this.playback?.playing) this.playback = { ...this.playback, playing: false };
  }

  /** Runs a demo step from the lesson text on the learner's sandbox and returns what it answered. */
  runDemo(step: Step): CallOutcome {
    if ('advance' in step) {
      this.session.advance(step.advance);
      this.refresh();
      return { ok: true, output: { advancedSeconds: step.advance } };
    }
    const outcome = this.session.callByName(
      step.call[0],
      step.call[1],
      stepInput(this.session.sim, step.call[2]),
    );
    this.refresh();
    return outcome;
  }

  hideSolution(): void {
    this.stopSolution();
    this.playback = undefined;
    if (this.beforeSolution) this.session.restore(this.beforeSolution);
    this.beforeSolution = undefined;
    this.solutionShown = false;
    this.tracker = new GoalTracker(this.lesson.goals);
    this.refresh();
  }

  answerQuiz(itemId: string, answer: ReadonlyArray<string>, correct: boolean): void {
    this.write((p) => ({ ...p, quiz: { ...p.quiz, [itemId]: { answer: [...answer], correct } } }));
    this.recordReview?.(itemKey(this.lesson.slug, itemId), correct);
  }

  /** Starts the lesson's scenario over (progress is kept). */
  reset(): void {
    this.stopSolution();
    this.playback = undefined;
    this.session.load(lessonScenario(this.lesson));
    this.solutionShown = false;
    this.beforeSolution = undefined;
    this.tracker = new GoalTracker(this.lesson.goals);
    this.refresh();
  }

  private write(change: (p: LessonProgress) => LessonProgress): void {
    this.progress = updateLesson(this.progress, this.lesson.slug, change);
    this.save(this.progress);
  }
}
