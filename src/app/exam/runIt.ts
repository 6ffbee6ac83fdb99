import { loadCourse } from '../../course/loader';
import { runSteps } from '../../course/steps';
import type { Lesson, QuizItem, QuizOption, RunIt } from '../../course/types';
import { isAwsError } from '../../engine/index';
import { openInSandbox, registerScenarioSource, type SandboxRun } from '../openInSandbox';

/**
 * "Run it": a quiz option that is a configuration, loaded into the sandbox. Its scenario is the item's lesson
 * scenario (or the option's own), then the option's steps, then `advance` simulated seconds, so the learner sees
 * the outcome the explanation claims. Its id `runit:<lesson>/<item>/<option>` names it through the course, so a
 * sandbox saved on it is rebuilt after a reload.
 */

export const RUN_IT_PREFIX = 'runit';

/** Simulated seconds a run lets pass after its steps when the option does not say (types.ts `RunIt`). */
export const RUN_IT_ADVANCE = 120;

export const runItId = (lesson: string, item: string, option: string): string =>
  `${RUN_IT_PREFIX}:${lesson}/${item}/${option}`;

/** The scenario that plays an option's `runIt`. Steps refused by the engine are kept as the outcome, not thrown. */
export function runItScenario(
  lesson: Lesson,
  item: QuizItem,
  option: QuizOption & { runIt: RunIt },
): SandboxRun {
  const run = option.runIt;
  const base = run.scenario ?? lesson.scenario;
  let refused: { name: string; message: string } | undefined;
  return {
    id: runItId(lesson.slug, item.id, option.id),
    title: option.text,
    description: `An answer from the quiz of "${lesson.meta.title}", played on the lesson’s scenario.`,
    seed: base.seed,
    look: run.look,
    returnTo: '#/exam',
    refused: () => refused,
    build(sim) {
      base.build(sim);
      refused = undefined;
      try {
        runSteps(sim, run.steps);
      } catch (e) {
        // a refusal can be what the option leads to ("the service is rejected"): show it, let time pass
        if (isAwsError(e)) refused = { name: e.name, message: e.message };
        else refused = { name: 'Error', message: e instanceof Error ? e.message : String(e) };
      }
      sim.advance(run.advance ?? RUN_IT_ADVANCE);
    },
  };
}

/** Resolves `runit:<lesson>/<item>/<option>` in a course; undefined for anything it no longer has. */
export function resolveRunIt(lessons: ReadonlyArray<Lesson>, id: string): SandboxRun | undefined {
  const match = new RegExp(`^${RUN_IT_PREFIX}:([^/]+)/([^/]+)/([^/]+)$`).exec(id);
  if (!match) return undefined;
  const [, slug, itemId, optionId] = match;
  const lesson = lessons.find((l) => l.slug === slug);
  const item = lesson?.quiz.find((q) => q.id === itemId);
  const option = item?.options.find((o) => o.id === optionId);
  if (!lesson || !item || !option?.runIt) return undefined;
  return runItScenario(lesson, item, { ...option, runIt: option.runIt });
}

/** Registers the course's run-its as a scenario source (openInSandbox.ts); the whole course when none is given. */
export async function registerSource(lessons?: ReadonlyArray<Lesson>): Promise<void> {
  const course = lessons ?? (await loadCourse()).lessons;
  registerScenarioSource(RUN_IT_PREFIX, (id) => resolveRunIt(course, id));
}

/** The run opened last, until the view it was opened from has shown it again (its button takes the focus). */
let opened: string | undefined;
export const lastRunIt = (): string | undefined => opened;
export const forgetLastRunIt = (): void => void (opened = undefined);

/**
 * Opens an option's run in the sandbox (openInSandbox.ts): the banner there says what to look at and leads
 * back. Rejects with the reason when the option has nothing to run or its scenario cannot be built.
 */
export async function openRunIt(
  lessons: ReadonlyArray<Lesson>,
  lessonSlug: string,
  item: QuizItem,
  option: QuizOption,
): Promise<void> {
  const id = runItId(lessonSlug, item.id, option.id);
  const scenario = resolveRunIt(lessons, id);
  if (!scenario) throw new Error(`"${option.text}" has nothing to run in the sandbox.`);
  await openInSandbox(scenario);
  opened = id;
}
