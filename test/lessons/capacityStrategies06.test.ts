import { describe, expect, it } from 'vitest';
import { QUIZ_SHOWN } from '../../src/app/lessonSession.svelte';
import { engineCatalog, runCommand } from '../../src/app/console/index';
import { GoalTracker, goalsMetAfterHolding } from '../../src/course/goals';
import { loadCourse } from '../../src/course/loader';
import { lessonDemos } from '../../src/course/markdown';
import { quizBankProblems } from '../../src/course/quizCheck';
import { runSteps } from '../../src/course/steps';
import type { GoalResult, Step } from '../../src/course/types';
import { createSimulation, isAwsError, type Simulation } from '../../src/engine';
import {
  DESIRED,
  fewestRunningBetween,
  isLive,
  providerOf,
  wasReclaimed,
  workerService,
  workerTasks,
} from '../../lessons/06-capacity-strategies/fleet';
import goals from '../../lessons/06-capacity-strategies/goals';
import quiz from '../../lessons/06-capacity-strategies/quiz';
import scenario, { prediction } from '../../lessons/06-capacity-strategies/scenario';
import solution, { alternatives, reclaimSpot } from '../../lessons/06-capacity-strategies/solution';
import { capacityStrategies06Attempts } from './naiveAttempts06';

/**
 * Lesson 06 proves itself on its own: the scenario, the goals before and after the solution and its
 * alternatives over several seeds, the naive attempts over as many, the quiz, the prediction, and the claims
 * its text and hints make about the engine (the split, the warning, the replacements, the console commands).
 */

const SEEDS = [scenario.seed, 1, 2, 3, 4, 5, 6, 7];
const GOAL_IDS = goals.map((g) => g.id).sort();

function lessonWorld(seed = scenario.seed): Simulation {
  const sim = createSimulation({ seed });
  scenario.build(sim);
  return sim;
}

function played(steps: ReadonlyArray<Step>, seed = scenario.seed): Simulation {
  const sim = lessonWorld(seed);
  runSteps(sim, steps);
  return sim;
}

const check = (sim: Simulation, id: string): GoalResult => goals.find((g) => g.id === id)!.check(sim);
const why = (result: GoalResult) => (result.met ? 'met' : result.why);

/** Live worker tasks per provider. */
function split(sim: Simulation) {
  const live = workerTasks(sim).filter(isLive);
  return {
    fargate: live.filter((t) => providerOf(t) === 'FARGATE').length,
    spot: live.filter((t) => providerOf(t) === 'FARGATE_SPOT').length,
  };
}

/** Runs a console line and fails the test, with the CLI's stderr, when it is rejected. */
function consoleRun(sim: Simulation, line: string): void {
  const result = runCommand(line, sim, engineCatalog());
  expect(result.ok, `${line}: ${result.ok ? '' : result.stderr}`).toBe(true);
}

describe('lesson 06: the start', () => {
  it('builds worker with 10 tasks, all RUNNING on FARGATE_SPOT, steady', () => {
    const sim = lessonWorld();
    expect(split(sim)).toEqual({ fargate: 0, spot: DESIRED });
    expect(workerService(sim)!.deployments).toHaveLength(1);
    expect(workerService(sim)!.deployments[0]!.rolloutState).toBe('COMPLETED');
  });

  it.each(SEEDS)('meets no goal at the start (seed %i), and says why for each', (seed) => {
    const status = new GoalTracker(goals).update(lessonWorld(seed));
    expect(status.filter((s) => s.met).map((s) => s.id)).toEqual([]);
    expect(why(check(lessonWorld(seed), 'spot-split'))).toMatch(/0 on FARGATE and 10 on FARGATE_SPOT/);
    expect(why(check(lessonWorld(seed), 'stop-timeout'))).toMatch(/worker 30 s \(the default\)/);
    expect(why(check(lessonWorld(seed), 'survives-reclaim'))).toMatch(/Spot has not taken any back yet/);
  });

  it('shows the teammate’s outage: a reclaim of the start takes every task at once', () => {
    const sim = lessonWorld();
    const from = sim.now;
    runSteps(sim, [reclaimSpot]);
    sim.advance(400);
    expect(fewestRunningBetween(sim, from, sim.now)).toBe(0);
    expect(why(check(sim, 'survives-reclaim'))).toMatch(/30 s \(the default\)/);
  });
});

describe('lesson 06: the solution and its alternatives', () => {
  it.each(SEEDS)('meets every goal with the solution (seed %i)', (seed) => {
    const sim = played(solution, seed);
    expect([...goalsMetAfterHolding(sim, goals)].sort()).toEqual(GOAL_IDS);
  });

  it.each(alternatives.flatMap((steps, i) => SEEDS.slice(0, 4).map((seed) => [i, seed, steps] as const)))(
    'meets every goal with alternative %i (seed %i)',
    (_i, _seed, steps) => {
      const sim = played(steps, _seed);
      expect([...goalsMetAfterHolding(sim, goals)].sort()).toEqual(GOAL_IDS);
    },
  );
});

describe('lesson 06: naive attempts', () => {
  it.each(capacityStrategies06Attempts.map((a) => [a.name, a] as const))(
    '%s misses its goals',
    (_n, attempt) => {
      for (const seed of SEEDS) {
        const sim = played(attempt.steps, seed);
        const met = goalsMetAfterHolding(sim, goals);
        expect(
          attempt.mustMiss.filter((id) => met.has(id)),
          `seed ${seed}`,
        ).toEqual([]);
      }
    },
  );
});

describe('lesson 06: what the text claims', () => {
  it('splits 10 tasks under base 2 and 1 : 3 as 4 on FARGATE and 6 on Spot (the prediction)', () => {
    const sim = played(solution.slice(0, 3));
    expect(split(sim)).toEqual({ fargate: 4, spot: 6 });
    expect(prediction.outcome(lessonWorld())).toBe('4-6');
    expect(prediction.options.map((o) => o.id)).toContain('4-6');
  });

  it('warns the Spot tasks, stops them within two minutes with the reason quoted, and replaces them on Spot', () => {
    const sim = played(solution.slice(0, 3));
    const before = new Set(
      workerTasks(sim)
        .filter(isLive)
        .map((t) => t.taskArn),
    );
    runSteps(sim, [reclaimSpot]);
    const noticed = workerTasks(sim).filter((t) => before.has(t.taskArn) && t.desiredStatus === 'STOPPED');
    expect(noticed).toHaveLength(6);
    expect(noticed.every((t) => t.capacityProviderName === 'FARGATE_SPOT')).toBe(true);
    const at = sim.now;
    sim.advance(300);
    const reclaimed = workerTasks(sim).filter((t) => before.has(t.taskArn) && wasReclaimed(t));
    expect(reclaimed).toHaveLength(6);
    for (const t of reclaimed) {
      expect(t.lastStatus).toBe('STOPPED');
      expect(t.stoppedReason).toBe('Your Spot Task was interrupted.');
      expect(t.stoppedAt! - at).toBeLessThanOrEqual(120);
    }
    expect(fewestRunningBetween(sim, at, sim.now)).toBe(4);
    expect(split(sim)).toEqual({ fargate: 4, spot: 6 });
  });

  it('rejects a Fargate stopTimeout above 120 seconds', () => {
    const sim = lessonWorld();
    let error: unknown;
    try {
      sim.callByName('ecs', 'RegisterTaskDefinition', {
        family: 'worker',
        requiresCompatibilities: ['FARGATE'],
        networkMode: 'awsvpc',
        cpu: '512',
        memory: '1024',
        containerDefinitions: [
          { name: 'worker', image: 'public.ecr.aws/ecs-sandbox/web:v1', stopTimeout: 121 },
        ],
      });
    } catch (e) {
      error = e;
    }
    expect(isAwsError(error) && /stopTimeout/.test(error.message)).toBe(true);
  });

  it('has the reclaim demo block (lessons.test.ts runs every demo)', async () => {
    const lesson = (await loadCourse()).lessons.find((l) => l.slug === '06-capacity-strategies')!;
    expect(lessonDemos(lesson.body).demos.map((d) => d.label)).toContain(
      'Reclaim Fargate Spot capacity in media',
    );
  });

  it('runs the update-service bottom-out hints as typed in the console', () => {
    const sim = lessonWorld();
    sim.callByName('ecs', 'RegisterTaskDefinition', {
      family: 'worker',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '512',
      memory: '1024',
      containerDefinitions: [
        { name: 'worker', image: 'public.ecr.aws/ecs-sandbox/web:v1', stopTimeout: 110 },
      ],
    });
    for (const id of ['stop-timeout', 'spot-split']) {
      const hint = goals.find((g) => g.id === id)!.hints.bottomOut;
      consoleRun(sim, /`(aws ecs update-service[^`]+)`/.exec(hint)![1]!);
      sim.advance(300);
    }
    expect(split(sim)).toEqual({ fargate: 4, spot: 6 });
    expect(check(sim, 'stop-timeout')).toEqual({ met: true });
    expect(check(sim, 'spot-split')).toEqual({ met: true });
  });
});

describe('lesson 06: its quiz', () => {
  it('has a well-formed bank of at least six items', () => {
    expect(quizBankProblems(quiz)).toEqual([]);
  });

  it('shows at least two exam-shaped items and leaves the prediction twin out', () => {
    const shown = quiz.filter((q) => !q.twinOfPrediction).slice(0, QUIZ_SHOWN);
    expect(shown.filter((q) => /\b(MOST|LEAST)\b/.test(q.prompt)).length).toBeGreaterThanOrEqual(2);
    expect(quiz.filter((q) => q.twinOfPrediction)).toHaveLength(1);
  });
});
