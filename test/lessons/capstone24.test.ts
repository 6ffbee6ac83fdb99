import { describe, expect, it } from 'vitest';
import { GoalTracker } from '../../src/course/goals';
import { lessonDemos } from '../../src/course/markdown';
import { quizBankProblems } from '../../src/course/quizCheck';
import { runSteps } from '../../src/course/steps';
import { createSimulation } from '../../src/engine';
import goals from '../../lessons/24-capstone-ticketing/goals';
import { platform } from '../../lessons/24-capstone-ticketing/moves';
import quiz from '../../lessons/24-capstone-ticketing/quiz';
import scenario, { prediction, startsAfterRollback } from '../../lessons/24-capstone-ticketing/scenario';
import solution, { alternatives } from '../../lessons/24-capstone-ticketing/solution';
import { API, primaryTasks, PRICING, serviceNamed, tagOf } from '../../lessons/24-capstone-ticketing/tickets';
import { capstone24Attempts } from './naiveAttempts24';
import { proofKit } from './proofKit';

/**
 * The capstone proves itself: its start (building blocks, no cluster, no goal met), the solution over several
 * seeds, the naive attempts that each get one decision wrong, the prediction (a canary's rollback starts no
 * task), and the quiz's engine checks.
 */
const { body, lessonStart, check, why, solvedBy, itSolves, itMisses } = proofKit(
  '24-capstone-ticketing',
  scenario,
  goals,
);

describe('lesson 24: its start', () => {
  it('has the building blocks, no cluster, and meets no goal', () => {
    const sim = lessonStart();
    expect(Object.keys(sim.state.ecs.clusters)).toEqual([]);
    expect(Object.values(sim.state.efs.mountTargets)).toHaveLength(1);
    expect(new GoalTracker(goals).update(sim).filter((s) => s.met)).toEqual([]);
    expect(why(check(sim, 'zones-and-cost'))).toBe('There is no ACTIVE service api in the cluster tickets.');
  });

  it('has demo blocks that parse and run on it', () => {
    const { demos, problems } = lessonDemos(body);
    expect(problems).toEqual([]);
    expect(demos.length).toBeGreaterThan(0);
    for (const demo of demos) expect(() => runSteps(lessonStart(), [demo.step]), demo.label).not.toThrow();
  });

  it('bears out the prediction: the alarm rollback starts no task', () => {
    expect(prediction.outcome(lessonStart())).toBe('0');
    expect(startsAfterRollback(solvedBy(solution).sim)).toBe(0);
  });
});

describe('lesson 24: solution', () => {
  itSolves(solution, alternatives, { alternativeSeeds: [24, 1, 2], timeout: 60_000 });

  it('ends with v2.1 rolled back and both services on their good builds', () => {
    const { sim } = solvedBy(solution);
    expect(primaryTasks(sim, API).map((t) => tagOf(sim, t))).toEqual(['v1', 'v1', 'v1', 'v1']);
    expect(primaryTasks(sim, PRICING)).toHaveLength(2);
    expect(serviceNamed(sim, API)!.deployments).toHaveLength(1);
  });
});

describe('lesson 24: naive attempts', () => {
  itMisses(capstone24Attempts);

  it('says why an EFS mount fails in an AZ without a mount target', () => {
    const sim = lessonStart();
    runSteps(sim, platform({ mountTargetB: false, shipBuggy: false }));
    expect(why(check(sim, 'media-and-secret'))).toMatch(/ensure that the VPC has an EFS mount target/);
  });
});

describe('lesson 24: quiz', () => {
  it('has a bank in shape with at least 8 items', () => {
    expect(quizBankProblems(quiz)).toEqual([]);
    expect(quiz.length).toBeGreaterThanOrEqual(8);
  });

  it.each(quiz.filter((q) => q.engineCheck).map((q) => [q.id, q] as const))(
    'agrees with the engine on %s',
    (_id, item) => {
      expect(item.engineCheck!((seed) => createSimulation({ seed }))).toBe(true);
    },
    60_000,
  );
});
