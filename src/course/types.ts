import type { Simulation } from '../engine/index';
import type { ExamTask } from './examTasks';
import type { RenderedLesson } from './markdown';

/** Exams a quiz item can be tagged with (curriculum §1.5). */
export type ExamCode = 'SAA-C03' | 'DVA-C02' | 'SOA-C03' | 'DOP-C02';

/** The panels a lesson can show; only what a lesson needs is on screen (progressive disclosure). */
export type Control =
  | 'editor'
  | 'runTask'
  | 'instances'
  | 'services'
  | 'capacity'
  | 'logs'
  | 'identity'
  /** the ECS → Kubernetes comparison (lesson 23) */
  | 'kubernetes'
  | 'console'
  | 'copilot'
  | 'map'
  | 'explain'
  | 'events'
  | 'time'
  /** "Decode an error": an error text read as a known failure, with a scenario that reproduces it */
  | 'decode';

/** Validated frontmatter of lesson.md. */
export interface LessonMeta {
  readonly title: string;
  /** concept keywords, searchable in the lesson index */
  readonly concepts: ReadonlyArray<string>;
  readonly minutes: number;
  /** 'guided' shows only the lesson's controls; 'sandbox' opens the full workbench beside the text */
  readonly mode: 'guided' | 'sandbox';
  /** the module this lesson belongs to, e.g. "A · Foundations" */
  readonly module: string;
  /** exam task tags such as SAA-2.1 (curriculum §1.5) */
  readonly exams: ReadonlyArray<string>;
  readonly objectives: ReadonlyArray<string>;
}

/** Where a lesson starts: a seed and the calls that build it through the engine's public API. */
export interface LessonScenario {
  readonly seed: number;
  readonly build: (sim: Simulation) => void;
  /** the panels the learner needs */
  readonly controls: ReadonlyArray<Control>;
}

export type GoalResult = { readonly met: true } | { readonly met: false; readonly why: string };

/** Three tiers, curriculum §1.3: where to look, which concept and setting, the exact step and why. */
export interface Hints {
  readonly nudge: string;
  readonly pointer: string;
  readonly bottomOut: string;
}

/**
 * A goal is a predicate on simulator state, never on clicks: any valid path passes. It must hold for
 * `holdFor` virtual seconds (so a passing moment is not a pass); its `why` says what the simulator sees.
 */
export interface Goal {
  readonly id: string;
  readonly description: string;
  readonly holdFor: number;
  readonly check: (sim: Simulation) => GoalResult;
  readonly hints: Hints;
}

/**
 * One step of a solution or of a demo: an AWS call or a wait. A call's input may be computed from the
 * simulation at the moment it runs (e.g. to stop a task whose ARN exists only at run time).
 */
export type StepInput = unknown | ((sim: Simulation) => unknown);
export type Step =
  | {
      readonly call: readonly [service: string, operation: string, input: StepInput];
      /** what the step does, in the learner's words ("Register the task definition"); derived when absent */
      readonly label?: string;
    }
  | { readonly advance: number };

/** A prediction the learner commits to before the key event runs (curriculum §1.1, step 2). */
export interface Prediction {
  readonly prompt: string;
  readonly options: ReadonlyArray<{ readonly id: string; readonly text: string }>;
  /** which option the simulator actually bore out, read from state after the key event */
  readonly outcome: (sim: Simulation) => string;
  /** shown after the run: why it went that way */
  readonly explanation: string;
}

export interface QuizOption {
  readonly id: string;
  readonly text: string;
  /** why this option is right or wrong, in our words */
  readonly explanation: string;
  /**
   * For an option that is a configuration: what loading it into the sandbox means. The sandbox starts from the
   * item's lesson scenario (or `scenario`), plays `steps`, lets `advance` simulated seconds pass (default 120)
   * and shows the outcome; `look` names what to look at ("the service's events").
   */
  readonly runIt?: RunIt;
}

/** An option's configuration played in the sandbox (exam prep's "run it"). */
export interface RunIt {
  readonly steps: ReadonlyArray<Step>;
  readonly scenario?: LessonScenario;
  readonly advance?: number;
  readonly look: string;
}

export interface QuizTags {
  readonly concepts: ReadonlyArray<string>;
  readonly exams: ReadonlyArray<ExamCode>;
  /** curriculum misconception ids (M1–M20) this item confronts */
  readonly misconceptions?: ReadonlyArray<string>;
  /** curriculum fact ids (F1–F85) */
  readonly facts?: ReadonlyArray<string>;
  /**
   * exam task statements the item tests (`SAA-2.2`, see examTasks.ts); each belongs to one of `exams` (the
   * coverage test checks it)
   */
  readonly tasks: ReadonlyArray<ExamTask>;
}

interface QuizBase {
  readonly id: string;
  readonly prompt: string;
  readonly options: ReadonlyArray<QuizOption>;
  readonly tags: QuizTags;
  /**
   * For a claim the engine can check: runs it on a fresh simulation and returns true when the engine agrees
   * with the item's correct answer. The lesson tests run it.
   */
  readonly engineCheck?: (newSimulation: (seed: number) => Simulation) => boolean;
  /**
   * The item asks what the lesson's prediction asks. The lesson's own quiz leaves it out (it would repeat the
   * prediction, or give its answer away); exam prep still uses it.
   */
  readonly twinOfPrediction?: boolean;
}

export type QuizItem =
  | (QuizBase & { readonly kind: 'single'; readonly correct: readonly [string] })
  | (QuizBase & { readonly kind: 'multiple'; readonly correct: ReadonlyArray<string> })
  /** `correct` is the right order of option ids; options are shown shuffled */
  | (QuizBase & { readonly kind: 'ordering'; readonly correct: ReadonlyArray<string> })
  /** `json` holds the buggy document; options name candidate bugs; `correct` the real one(s) */
  | (QuizBase & {
      readonly kind: 'spot-the-bug';
      readonly json: string;
      readonly correct: ReadonlyArray<string>;
    });

/** A lesson as the runtime uses it, assembled from its folder. */
/** What a lesson's frontmatter says: enough for the list and its search, before anything else loads. */
export interface LessonEntry {
  /** the folder name, e.g. "01-four-nouns" */
  readonly slug: string;
  readonly order: number;
  readonly meta: LessonMeta;
}

/** lesson.md past its frontmatter: the source, and its two parts rendered when the app was built. */
export interface LessonProse {
  readonly body: string;
  /** sanitized HTML (tools/lessonText/): before and after the body's "## Explain" heading */
  readonly text: { readonly intro: RenderedLesson; readonly explain: RenderedLesson };
}

export interface Lesson extends LessonEntry, LessonProse {
  readonly scenario: LessonScenario;
  readonly prediction?: Prediction;
  readonly goals: ReadonlyArray<Goal>;
  readonly solution: ReadonlyArray<Step>;
  /** other valid ways to meet the goals (tests prove there is no over-strict grading) */
  readonly alternatives: ReadonlyArray<ReadonlyArray<Step>>;
  readonly quiz: ReadonlyArray<QuizItem>;
}
