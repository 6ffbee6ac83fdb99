import { describe, expect, it } from 'vitest';
import { engineCatalog, runCommand } from '../../src/app/console/index';
import { GoalTracker, goalsMetAfterHolding } from '../../src/course/goals';
import { quizBankProblems } from '../../src/course/quizCheck';
import { runSteps, wait } from '../../src/course/steps';
import {
  CLUSTER,
  findInstanceGpus,
  NIGHTLY,
  running,
  STOREFRONT,
  tasksInGroup,
  VISION,
  whereRuns,
} from '../../lessons/05-choosing-compute/compute';
import goals from '../../lessons/05-choosing-compute/goals';
import quiz from '../../lessons/05-choosing-compute/quiz';
import scenario, { prediction } from '../../lessons/05-choosing-compute/scenario';
import solution, {
  alternatives,
  createVision,
  launchGpuInstance,
} from '../../lessons/05-choosing-compute/solution';
import { choosingCompute05Attempts as attempts } from './naiveAttempts05';
import { proofKit, refusal } from './proofKit';

/**
 * Lesson 05 proves itself: a GPU task needs a GPU instance started from the GPU-optimized AMI, the API runs on
 * Fargate with no instance, the batch job finishes on Fargate Spot; the solution meets every goal over several
 * seeds; workloads put on compute that does not fit them miss their goals; the quiz claims the engine can check
 * hold.
 */

const { lessonStart, check, why, ids, solvedBy, itSolves, itMisses } = proofKit(
  '05-choosing-compute',
  scenario,
  goals,
);

describe('lesson 05: its start', () => {
  it('has one general-purpose instance, the three definitions, and nothing running', () => {
    const sim = lessonStart();
    expect(Object.values(sim.state.ec2.instances).map((i) => i.InstanceType)).toEqual(['m5.large']);
    expect(Object.values(sim.state.ecs.tasks)).toEqual([]);
  });

  it('meets no goal, and each says why', () => {
    const sim = lessonStart();
    expect(new GoalTracker(goals).update(sim).filter((s) => s.met)).toEqual([]);
    expect(why(check(sim, 'vision-on-gpu'))).toMatch(/There is no vision service yet/);
    expect(why(check(sim, 'nightly-on-spot'))).toMatch(/No nightly task has run/);
  });

  it('bears out the prediction: no GPU on the m5.large, so no task is placed', () => {
    expect(prediction.outcome(lessonStart())).toBe('unplaced');
  });
});

describe('lesson 05: what its text says', () => {
  it('places a GPU task only where the agent registered GPUs: a GPU type on the GPU-optimized AMI', () => {
    const standard = lessonStart();
    runSteps(standard, [launchGpuInstance('standard'), wait(120), createVision, wait(120)]);
    expect(running(tasksInGroup(standard, `service:${VISION}`))).toHaveLength(0);
    const { sim } = solvedBy(solution);
    const [task] = running(tasksInGroup(sim, `service:${VISION}`));
    expect(whereRuns(sim, task!)).toBe('EC2 g4dn.xlarge');
    expect(findInstanceGpus(sim, task!)).toBe(true);
    expect(task!.reserved.gpuIds).toHaveLength(1);
  });

  it('refuses a GPU requirement on Fargate, and the EXTERNAL launch type with a note', () => {
    const sim = lessonStart();
    expect(
      refusal(() =>
        sim.call('ecs', 'RegisterTaskDefinition', {
          family: 'gpu-on-fargate',
          requiresCompatibilities: ['FARGATE'],
          networkMode: 'awsvpc',
          cpu: '4096',
          memory: '16384',
          containerDefinitions: [
            { name: 'm', image: 'nginx:latest', resourceRequirements: [{ type: 'GPU', value: '1' }] },
          ],
        }),
      ),
    ).toMatch(/^ClientException: Fargate does not support GPU/);
    expect(
      refusal(() =>
        sim.call('ecs', 'RunTask', { cluster: CLUSTER, taskDefinition: STOREFRONT, launchType: 'EXTERNAL' }),
      ),
    ).toMatch(/ECS Anywhere, which this sandbox does not simulate/);
  });

  it('runs storefront on Fargate without any instance work and nightly on Spot to completion', () => {
    const { sim } = solvedBy(solution);
    expect(running(tasksInGroup(sim, `service:${STOREFRONT}`)).map((t) => whereRuns(sim, t))).toEqual([
      'FARGATE',
      'FARGATE',
    ]);
    const [nightly] = tasksInGroup(sim, `family:${NIGHTLY}`);
    expect(nightly).toMatchObject({ lastStatus: 'STOPPED', capacityProviderName: 'FARGATE_SPOT' });
  });
});

describe('lesson 05: the solution and the alternatives', () => {
  itSolves(solution, alternatives);
});

describe('lesson 05: naive attempts miss their goals', () => {
  itMisses(attempts);

  it('says why, in the learner’s terms', () => {
    const say = (name: string, id: string) => {
      const sim = lessonStart();
      runSteps(sim, attempts.find((a) => a.name.startsWith(name))!.steps);
      return why(check(sim, id));
    };
    expect(say('puts vision on the general-purpose', 'vision-on-gpu')).toMatch(/RESOURCE:GPU/);
    expect(say('runs the storefront on Fargate Spot', 'storefront-on-fargate')).toMatch(
      /FARGATE_SPOT: Spot capacity/,
    );
    expect(say('runs the nightly report on on-demand', 'nightly-on-spot')).toMatch(/was on FARGATE/);
  });
});

describe('lesson 05: its hints', () => {
  it('runs the bottom-out console commands as typed (a subnet filled in)', () => {
    const sim = lessonStart();
    runSteps(sim, [launchGpuInstance(), wait(120)]);
    const subnet = Object.values(sim.state.ec2.subnets)[0]!.SubnetId;
    const commands = goals.flatMap((g) =>
      [...g.hints.bottomOut.matchAll(/`(aws [^`]+)`/g)].map((m) => m[1]!.replaceAll('<a subnet id>', subnet)),
    );
    expect(commands).toHaveLength(3);
    for (const command of commands) {
      const result = runCommand(command, sim, engineCatalog());
      expect(result.ok, `${command} ${result.ok ? '' : result.stderr}`).toBe(true);
    }
    sim.advance(900);
    expect([...goalsMetAfterHolding(sim, goals)].sort()).toEqual(ids);
  });
});

describe('lesson 05: its quiz', () => {
  it('is well formed, with at least seven items, every item tagged with exam tasks', () => {
    expect(quizBankProblems(quiz)).toEqual([]);
    expect(quiz.length).toBeGreaterThanOrEqual(7);
    for (const item of quiz) expect(item.tags.tasks?.length, item.id).toBeGreaterThan(0);
    const examShaped = quiz.filter((q) => /\b(MOST|LEAST)\b/.test(q.prompt));
    expect(examShaped.length * 2).toBeGreaterThanOrEqual(quiz.length);
  });
});
