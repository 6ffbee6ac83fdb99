import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAwsError, type Simulation } from '../../src/engine';
import { actionSequence } from './actions';
import { invariantProblems } from './invariants';
import type { PlannedAction } from './refs';
import { describeAction, replay, replayHistory, runPlan, type Step } from './run';

/**
 * Properties of the whole engine over random call sequences (see actions.ts for what is generated). Each
 * property runs SEQUENCES sequences; on failure fast-check prints its seed and the shrunk sequence, and the
 * message names the action (by index) that broke the property. To replay a failure, add the printed
 * `seed` and `path` to the options of `fc.assert` below.
 */

const SEQUENCES = 1000;
const MAX_ACTIONS = 20;
/**
 * Generous for a loaded 2-core machine (the slowest action seen is ~350 ms, the first schema compile); a
 * backtracking regex or a runaway loop would take far longer.
 */
const PROMPT_MS = 3000;

const scenario = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  plan: actionSequence(MAX_ACTIONS),
});
const assertForAll = (check: (seed: number, plan: PlannedAction[]) => void) =>
  fc.assert(
    fc.property(scenario, ({ seed, plan }) => check(seed, plan)),
    { numRuns: SEQUENCES },
  );

const fail = (step: Step, what: string): never => {
  throw new Error(`${describeAction(step)}: ${what}`);
};

type RunOutput = {
  readonly tasks: ReadonlyArray<{ readonly taskArn: string; readonly clusterArn: string }>;
  readonly failures: ReadonlyArray<{ readonly arn?: string; readonly reason: string }>;
};

/** Which launch calls succeeded, with their output and how many tasks they asked for; undefined otherwise. */
function launchOf(step: Step): { output: RunOutput; asked: number; exact: boolean } | undefined {
  const { action, outcome } = step;
  if (action.kind !== 'call' || action.service !== 'ecs' || !outcome.ok) return undefined;
  const input = action.input as { count?: number; containerInstances?: ReadonlyArray<string> };
  if (action.operation === 'RunTask') {
    return { output: outcome.output as RunOutput, asked: input.count ?? 1, exact: false };
  }
  if (action.operation === 'StartTask') {
    // one task or one failure per listed instance
    return { output: outcome.output as RunOutput, asked: input.containerInstances!.length, exact: true };
  }
  return undefined;
}

/** Every task asked for is placed or reported, and every task returned is in the state. */
function checkLaunch(sim: Simulation, step: Step): void {
  const launch = launchOf(step);
  if (!launch) return;
  const { output, asked, exact } = launch;
  const placed = output.tasks.length;
  const failed = output.failures.length;
  if (placed > asked) fail(step, `${placed} tasks returned for ${asked} asked for`);
  if (exact && placed + failed !== asked) {
    fail(step, `${placed} tasks + ${failed} failures for ${asked} instances`);
  }
  if (!exact && placed < asked !== failed > 0) {
    fail(step, `${placed} of ${asked} tasks placed, yet ${failed} failures reported`);
  }
  if (output.failures.some((f) => !f.reason)) fail(step, 'a failure without a reason');
  const arns = output.tasks.map((t) => t.taskArn);
  if (new Set(arns).size !== arns.length) fail(step, 'the same task returned twice');
  for (const task of output.tasks) {
    const stored = sim.state.ecs.tasks[task.taskArn];
    if (!stored) fail(step, `returned task ${task.taskArn} is not in the state`);
    if (stored!.clusterArn !== task.clusterArn) fail(step, `task ${task.taskArn} stored in another cluster`);
  }
}

describe('engine properties over random call sequences', { timeout: 120_000 }, () => {
  it('never over-commits CPU, memory, ports or ENIs, checked after every action', () => {
    assertForAll((seed, plan) => {
      runPlan(seed, plan, (sim, step) => {
        const problems = invariantProblems(sim.state);
        if (problems.length) fail(step, problems.join('\n'));
      });
    });
  });

  it('places or reports every task RunTask and StartTask are asked for, and stores what it returns', () => {
    assertForAll((seed, plan) => {
      runPlan(seed, plan, checkLaunch);
    });
  });

  it('never loses a task: a placed task stays in the state until it has stopped', () => {
    assertForAll((seed, plan) => {
      const placed = new Set<string>();
      const stopped = new Set<string>();
      let seen = 0;
      runPlan(seed, plan, (sim, step) => {
        for (; seen < sim.events.length; seen++) {
          const event = sim.events[seen]!;
          if (event.type === 'TaskStopped') stopped.add(event.taskArn);
        }
        for (const task of launchOf(step)?.output.tasks ?? []) placed.add(task.taskArn);
        for (const arn of placed) {
          if (!sim.state.ecs.tasks[arn] && !stopped.has(arn))
            fail(step, `task ${arn} vanished without stopping`);
        }
      });
    });
  });

  it('reaches a deep-equal state and the same events when the same calls are replayed with the same seed', () => {
    assertForAll((seed, plan) => {
      const { sim, actions } = runPlan(seed, plan);
      const again = replay(seed, actions);
      expect(JSON.stringify(again.state)).toBe(JSON.stringify(sim.state));
      expect(JSON.stringify(again.events)).toBe(JSON.stringify(sim.events));
      // the recorded history (accepted calls at their times) replays to the same state, as time travel relies on
      const rebuilt = replayHistory(seed, sim.history, sim.now);
      expect(JSON.stringify(rebuilt.state)).toBe(JSON.stringify(sim.state));
    });
  });

  it('leaves the state exactly as it was when a call is rejected', () => {
    assertForAll((seed, plan) => {
      runPlan(
        seed,
        plan,
        (sim, step) => {
          if (!step.outcome.ok && JSON.stringify(sim.state) !== step.before) {
            fail(step, `rejected (${String(step.outcome.error)}) but the state changed`);
          }
        },
        { keepBefore: true },
      );
    });
  });

  it('throws nothing but AwsError, and answers every action promptly', () => {
    assertForAll((seed, plan) => {
      runPlan(seed, plan, (_sim, step) => {
        const { outcome } = step;
        if (!outcome.ok && !isAwsError(outcome.error)) {
          const error = outcome.error as Error;
          fail(step, `threw ${error?.name}: ${error?.message}\n${error?.stack ?? ''}`);
        }
        if (step.ms > PROMPT_MS) fail(step, `took ${Math.round(step.ms)} ms`);
      });
    });
  });
});
