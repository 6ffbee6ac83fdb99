import { describe, expect, it } from 'vitest';
import { GoalTracker } from '../../src/course/goals';
import { quizBankProblems } from '../../src/course/quizCheck';
import { runSteps } from '../../src/course/steps';
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
const { lessonStart, check, why, ids, solvedBy, wronglyMet } = proofKit(
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
});
