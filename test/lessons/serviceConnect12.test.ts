import { describe, expect, it } from 'vitest';
import { GoalTracker } from '../../src/course/goals';
import { lessonDemos } from '../../src/course/markdown';
import { quizBankProblems } from '../../src/course/quizCheck';
import { runSteps, wait } from '../../src/course/steps';
import type { QuizOption } from '../../src/course/types';
import { createSimulation } from '../../src/engine';
import goals from '../../lessons/12-service-connect/goals';
import quiz from '../../lessons/12-service-connect/quiz';
import scenario, {
  CLUSTER,
  INVENTORY,
  ORDERS,
  prediction,
  servingTasks,
} from '../../lessons/12-service-connect/scenario';
import solution, {
  alternatives,
  createNamespace,
  inventoryServer,
} from '../../lessons/12-service-connect/solution';
import { serviceConnect12Attempts } from './naiveAttempts12';
import { proofKit, refusal } from './proofKit';

/**
 * Lesson 12 proves itself: its start (every call to the stale address times out), its solution and alternatives
 * over several seeds, the naive attempts that must fail, the prediction, and the quiz's engine checks and runIt
 * configurations.
 */
const { body, lessonStart, check, why, ids, solvedBy, wronglyMet } = proofKit(
  '12-service-connect',
  scenario,
  goals,
);
const SEEDS = [1, 2, 3, 12];

describe('lesson 12: its start', () => {
  it('has every orders call time out on the stale address, and meets no goal', () => {
    const sim = lessonStart();
    expect(servingTasks(sim, INVENTORY)).toHaveLength(2);
    expect(new GoalTracker(goals).update(sim).filter((s) => s.met)).toEqual([]);
    expect(why(check(sim, 'calls-by-name'))).toMatch(/none of them to the name inventory \(\d+ failed\)/);
    expect(why(check(sim, 'service-connect-no-lb'))).toBe('There is no Cloud Map namespace named shop.');
    const out = sim.call('sim', 'CallService', {
      cluster: CLUSTER,
      fromService: ORDERS,
      url: sim.state.ecs.taskDefinitions[
        Object.keys(sim.state.ecs.taskDefinitions).find((k) => k.endsWith('/orders:1'))!
      ]!.containerDefinitions[0]!.environment![0]!.value!,
      requests: 10,
    });
    expect(out.failed).toBe(10);
    expect(out.failures[0]!.reason).toBe('CONNECT_TIMEOUT');
  });

  it('has demo blocks that parse and run on it', () => {
    const { demos, problems } = lessonDemos(body);
    expect(problems).toEqual([]);
    for (const demo of demos) expect(() => runSteps(lessonStart(), [demo.step]), demo.label).not.toThrow();
  });

  it('bears out the prediction: every call by name survives the replacement', () => {
    expect(prediction.outcome(lessonStart())).toBe('all');
  });
});

describe('lesson 12: solution and alternatives', () => {
  it.each(SEEDS)('the solution meets every goal on seed %i', (seed) => {
    expect(solvedBy(solution, seed).met).toEqual(ids);
  });

  it.each(alternatives.map((a, i) => [i, a] as const))('alternative %i meets every goal', (_, steps) => {
    expect(solvedBy(steps).met).toEqual(ids);
  });

  it('refuses a portName no port mapping has, and a namespace that does not exist', () => {
    const sim = lessonStart();
    expect(refusal(() => runSteps(sim, [inventoryServer()]))).toMatch(/^NamespaceNotFoundException: /);
    runSteps(sim, [createNamespace]);
    expect(refusal(() => runSteps(sim, [inventoryServer()]))).toMatch(
      /^InvalidParameterException: serviceConnectConfiguration\.services\[0\]\.portName: no port mapping of inventory:1 is named 'api'/,
    );
  });
});

describe('lesson 12: naive attempts', () => {
  it.each(serviceConnect12Attempts.map((n) => [n.name, n] as const))('%s misses its goals', (_, attempt) => {
    expect(wronglyMet(attempt.steps, attempt.mustMiss, [1, 12])).toEqual([]);
  });
});

describe('lesson 12: quiz', () => {
  it('has a bank in shape', () => {
    expect(quizBankProblems(quiz)).toEqual([]);
    expect(quiz.length).toBeGreaterThanOrEqual(7);
  });

  it.each(quiz.filter((q) => q.engineCheck).map((q) => [q.id, q] as const))(
    'engine agrees with %s',
    (_, item) => {
      expect(item.engineCheck!((seed) => createSimulation({ seed }))).toBe(true);
    },
  );

  it('plays every runIt configuration without throwing', () => {
    const runIts = quiz.flatMap((q) =>
      (q.options as ReadonlyArray<QuizOption>).flatMap((o) => (o.runIt ? [o.runIt] : [])),
    );
    expect(runIts.length).toBeGreaterThan(0);
    for (const r of runIts) {
      const sim = lessonStart();
      expect(() => runSteps(sim, [...r.steps, wait(r.advance ?? 120)])).not.toThrow();
    }
  });
});
