import { describe, expect, it } from 'vitest';
import { GoalTracker } from '../../src/course/goals';
import { lessonDemos } from '../../src/course/markdown';
import { quizBankProblems } from '../../src/course/quizCheck';
import { isExamShaped } from '../../src/course/examShape';
import { runSteps, wait } from '../../src/course/steps';
import type { QuizOption } from '../../src/course/types';
import { createSimulation } from '../../src/engine';
import goals from '../../lessons/09-ecr/goals';
import quiz from '../../lessons/09-ecr/quiz';
import scenario, {
  imagesOf,
  LIFECYCLE_POLICY,
  prediction,
  privateSubnets,
  REPOSITORY,
  routeOut,
  SERVICE,
} from '../../lessons/09-ecr/scenario';
import solution, { alternatives, interfaceEndpoint, s3Gateway } from '../../lessons/09-ecr/solution';
import { ecr09Attempts } from './naiveAttempts09';
import { proofKit } from './proofKit';

/**
 * Lesson 09 proves itself: its start (140 images, 99 untagged, api's tasks stopping at the registry auth call),
 * the solution and alternatives, the endpoints added one by one (each stopped reason names the next missing
 * path), the naive attempts that must miss, the prediction, the demos and the quiz.
 */
const { body, lessonStart, check, why, itSolves, itMisses } = proofKit('09-ecr', scenario, goals);

/** The newest stopped reason of an api task. */
const lastStoppedReason = (sim: ReturnType<typeof lessonStart>) =>
  Object.values(sim.state.ecs.tasks)
    .filter((t) => t.group === `service:${SERVICE}` && t.lastStatus === 'STOPPED')
    .sort((a, b) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0))[0]?.stoppedReason ?? '';

describe('lesson 09: its start', () => {
  it('has 140 images, 99 untagged, private subnets with no route out, and meets no goal', () => {
    const sim = lessonStart();
    const images = imagesOf(sim);
    expect(images).toHaveLength(140);
    expect(images.filter((i) => i.imageTags.length === 0)).toHaveLength(99);
    expect(privateSubnets(sim).map((s) => routeOut(sim, s))).toEqual([undefined, undefined]);
    expect(new GoalTracker(goals).update(sim).filter((s) => s.met)).toEqual([]);
    expect(why(check(sim, 'lifecycle-cleaned'))).toMatch(/has no lifecycle policy/);
    expect(why(check(sim, 'immutable-scanned'))).toMatch(/MUTABLE .*scan on push is off/);
    expect(why(check(sim, 'private-pull'))).toMatch(/0 of 2 api tasks are RUNNING/);
    expect(lastStoppedReason(sim)).toMatch(
      /^ResourceInitializationError: .*api\.ecr\.us-east-1.*i\/o timeout/,
    );
  });

  it('has demo blocks that parse and run on it', () => {
    const { demos, problems } = lessonDemos(body);
    expect(problems).toEqual([]);
    expect(demos.length).toBeGreaterThan(0);
    for (const demo of demos) expect(() => runSteps(lessonStart(), [demo.step]), demo.label).not.toThrow();
  });

  it('bears out the prediction: attaching a policy expires nothing on the spot', () => {
    expect(prediction.outcome(lessonStart())).toBe('unchanged');
  });

  it('shows the next missing path in the stopped reason as endpoints are added one by one', () => {
    const sim = lessonStart();
    const reasons: string[] = [];
    let previous = lastStoppedReason(sim);
    for (const step of [
      interfaceEndpoint('ecr.api'),
      interfaceEndpoint('logs'),
      interfaceEndpoint('ecr.dkr'),
    ]) {
      runSteps(sim, [step]);
      // the service retries with a growing delay: wait for the next task to stop
      for (let t = 0; t < 3_600 && lastStoppedReason(sim) === previous; t += 60) sim.advance(60);
      previous = lastStoppedReason(sim);
      reasons.push(previous);
    }
    expect(reasons[0]).toMatch(/CloudWatch log group/);
    expect(reasons[1]).toMatch(/^CannotPullContainerError: .*manifests.*i\/o timeout/);
    expect(reasons[2]).toMatch(/^CannotPullContainerError: .*starport-layer-bucket.*i\/o timeout/);
    runSteps(sim, [s3Gateway, wait(1_800)]);
    expect(why(check(sim, 'private-pull'))).toBe('met');
  });
});

describe('lesson 09: the lifecycle on the clock', () => {
  it('runs the policy 30 minutes after it is attached, and the preview agrees with the run', () => {
    const sim = lessonStart();
    sim.call('ecr', 'StartLifecyclePolicyPreview', {
      repositoryName: REPOSITORY,
      lifecyclePolicyText: LIFECYCLE_POLICY,
    });
    sim.advance(30);
    const preview = sim.call('ecr', 'GetLifecyclePolicyPreview', { repositoryName: REPOSITORY });
    sim.call('ecr', 'PutLifecyclePolicy', {
      repositoryName: REPOSITORY,
      lifecyclePolicyText: LIFECYCLE_POLICY,
    });
    sim.advance(1_799);
    expect(imagesOf(sim)).toHaveLength(140);
    sim.advance(1);
    expect(140 - imagesOf(sim).length).toBe(preview.summary!.expiringImageTotalCount);
    expect(why(check(sim, 'lifecycle-cleaned'))).toBe('met');
  });
});

describe('lesson 09: solution and alternatives', () => {
  itSolves(solution, alternatives);
});

describe('lesson 09: naive attempts miss', () => {
  itMisses(ecr09Attempts);
});

describe('lesson 09: quiz', () => {
  it('has a bank in shape, at least half of it exam-shaped', () => {
    expect(quizBankProblems(quiz)).toEqual([]);
    expect(quiz.length).toBeGreaterThanOrEqual(8);
    expect(quiz.filter(isExamShaped).length * 2).toBeGreaterThanOrEqual(quiz.length);
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
