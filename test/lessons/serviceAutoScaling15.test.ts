import { describe, expect, it } from 'vitest';
import { engineCatalog, runCommand } from '../../src/app/console/index';
import { GoalTracker, goalsMetAfterHolding } from '../../src/course/goals';
import { quizBankProblems } from '../../src/course/quizCheck';
import { runSteps } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { type Simulation } from '../../src/engine';
import goals from '../../lessons/15-service-auto-scaling/goals';
import quiz from '../../lessons/15-service-auto-scaling/quiz';
import {
  breachedMinutes,
  desiredRange,
  RESOURCE_ID,
  SALE_END,
  SALE_START,
  webPoints,
  webService,
} from '../../lessons/15-service-auto-scaling/sale';
import scenario, { prediction, reactiveOnlyBreach } from '../../lessons/15-service-auto-scaling/scenario';
import solution, { alternatives, register, trackCpu } from '../../lessons/15-service-auto-scaling/solution';
import { scalingAttempts } from './naiveAttemptsScaling';
import { proofKit } from './proofKit';

/**
 * Lesson 15 proves itself: its start, what its text claims about the sale and the policies, its solution and
 * alternatives over several seeds, the naive attempts that must fail, its hints as typed in the console, and
 * the quiz claims the engine can check.
 */

const { lessonStart, check, why, ids, solvedBy, itSolves } = proofKit(
  '15-service-auto-scaling',
  scenario,
  goals,
);

/** Runs the lesson with nothing but `steps` through the end of the sale and 2 minutes more. */
function throughSale(steps: ReadonlyArray<Step>): Simulation {
  const sim = lessonStart();
  runSteps(sim, steps);
  sim.advance(SALE_END + 120 - sim.now);
  return sim;
}

describe('lesson 15: its start', () => {
  it('runs web on 2 healthy Fargate tasks, unscaled, with the sale ahead', () => {
    const sim = lessonStart();
    const web = webService(sim)!;
    expect(web.desiredCount).toBe(2);
    const running = Object.values(sim.state.ecs.tasks).filter(
      (t) => t.group === 'service:web' && t.lastStatus === 'RUNNING' && t.launchType === 'FARGATE',
    );
    expect(running).toHaveLength(2);
    expect(sim.state.applicationAutoScaling.targets[RESOURCE_ID]).toBeUndefined();
    expect(sim.now).toBeLessThan(SALE_START);
  });

  it('meets no goal, and each says why', () => {
    const status = new GoalTracker(goals).update(lessonStart());
    expect(status.filter((s) => s.met)).toEqual([]);
    expect(why(check(lessonStart(), 'bounds'))).toMatch(/is not a scalable target/);
    expect(why(check(lessonStart(), 'sale-slo'))).toMatch(/The sale starts at 01:00/);
    expect(why(check(lessonStart(), 'predefined-metric'))).toBe('web has no scaling policy.');
  });
});

describe('lesson 15: what it says about the load and the policies', () => {
  it('keeps 2 tasks within the SLO before the sale, and breaks it in every minute of the sale if nothing scales', () => {
    const sim = throughSale([]);
    const before = webPoints(sim, 'Sandbox/Load', 'LatencyMs', 600, SALE_START - 60);
    expect(before.length).toBeGreaterThan(30);
    expect(Math.max(...before.map((p) => p.max))).toBeLessThan(500);
    expect(breachedMinutes(sim)).toHaveLength(30);
  });

  it('lets a 0.5 vCPU task answer about 250 requests/s at most (the hint’s "about 12 tasks" for 2,500)', () => {
    // 10 tasks for 2,500 requests/s fail some; 12 answer every one
    const served = (tasks: number) => {
      const sim = lessonStart();
      sim.call('ecs', 'UpdateService', { cluster: 'shop', service: 'web', desiredCount: tasks });
      sim.advance(SALE_START + 600 - sim.now);
      const errors = webPoints(sim, 'Sandbox/Load', 'ErrorsPerSecond', SALE_START + 240, SALE_START + 540);
      return Math.max(...errors.map((p) => p.max));
    };
    expect(served(10)).toBeGreaterThan(0);
    expect(served(12)).toBe(0);
  });

  it('bears out the prediction: target tracking alone leaves users several bad minutes', () => {
    const minutes = reactiveOnlyBreach();
    expect(minutes).toBeGreaterThan(3);
    expect(minutes).toBeLessThan(20);
    expect(prediction.outcome(lessonStart())).toBe('minutes');
  });

  it('starts the scale-out only once three one-minute datapoints are above target', () => {
    const sim = throughSale([register(2, 20), trackCpu(50)]);
    const first = Object.values(sim.state.applicationAutoScaling.activities)
      .filter((a) => a.StartTime >= SALE_START)
      .sort((a, b) => a.seq - b.seq)[0]!;
    expect(first.Cause).toMatch(/AlarmHigh/);
    // the first high sample is the one taken at 01:00 itself
    expect(first.StartTime - SALE_START).toBe(120);
  });

  it('keeps the desired count within the scalable target’s bounds whatever the load', () => {
    const sim = throughSale([register(2, 5), trackCpu(50)]);
    expect(desiredRange(sim)!.high).toBe(5);
    expect(desiredRange(sim, SALE_START + 300, SALE_END)).toEqual({ low: 5, high: 5 });
  });
});

describe('lesson 15: the solution and the alternatives', () => {
  itSolves(solution, alternatives, { alternativeSeeds: [scenario.seed, 7] });

  it('breaks the SLO in no minute of the sale with the scheduled warm-up', () => {
    expect(breachedMinutes(solvedBy(solution).sim)).toEqual([]);
  });
});

describe('lesson 15: naive attempts miss their goals', () => {
  it.each(scalingAttempts['15-service-auto-scaling']!.map((a) => [a.name, a] as const))(
    '%s',
    (_n, attempt) => {
      for (let seed = 1; seed <= 8; seed++) {
        const sim = lessonStart(seed);
        runSteps(sim, attempt.steps);
        const met = goalsMetAfterHolding(sim, goals);
        expect(
          attempt.mustMiss.filter((g) => met.has(g)),
          `seed ${seed}`,
        ).toEqual([]);
      }
    },
    120_000,
  );
});

describe('lesson 15: what its goals say', () => {
  it('names the breached minutes when only target tracking ran', () => {
    const sim = throughSale([register(2, 20), trackCpu(50)]);
    expect(why(check(sim, 'sale-slo'))).toMatch(
      /^web broke its SLO in \d+ minutes of the sale \(01:00 \d+ errors\/s, 01:01 \d+ errors\/s/,
    );
  });

  it('names the raised MinCapacity when web cannot scale in after the sale', () => {
    const attempt = scalingAttempts['15-service-auto-scaling']!.find((a) =>
      a.name.includes('never lowered'),
    )!;
    const sim = lessonStart();
    runSteps(sim, attempt.steps);
    expect(why(check(sim, 'scale-in-after'))).toMatch(/a MinCapacity still raised for the sale/);
  });

  it('refuses bounds wider than 2 to 20', () => {
    const sim = lessonStart();
    runSteps(sim, [register(1, 50)]);
    expect(why(check(sim, 'bounds'))).toBe(
      'The scalable target allows 1 to 50 tasks; web must stay within 2 and 20.',
    );
  });

  it('runs the bottom-out hints as typed in the console, and they meet every goal', () => {
    const sim = lessonStart();
    for (const g of goals) {
      for (const [, command] of g.hints.bottomOut.matchAll(/`(aws [^`]+)`/g)) {
        const result = runCommand(command!, sim, engineCatalog());
        expect(result.ok, `${g.id}: ${result.ok ? '' : result.stderr}`).toBe(true);
      }
    }
    sim.advance(6600 - sim.now);
    expect([...goalsMetAfterHolding(sim, goals)].sort()).toEqual(ids);
  });
});

describe('lesson 15: its quiz', () => {
  it('is well formed, with at least six items', () => {
    expect(quizBankProblems(quiz)).toEqual([]);
  });
});
