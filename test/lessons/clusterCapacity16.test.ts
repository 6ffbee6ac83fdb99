import { describe, expect, it } from 'vitest';
import { engineCatalog, runCommand } from '../../src/app/console/index';
import { GoalTracker, goalsMetAfterHolding } from '../../src/course/goals';
import { quizBankProblems } from '../../src/course/quizCheck';
import { runSteps } from '../../src/course/steps';
import { type Simulation } from '../../src/engine';
import {
  CLUSTER,
  GROUP,
  inServiceCounts,
  points,
  PROVIDER,
  reportsService,
  reportsTasks,
} from '../../lessons/16-cluster-capacity/capacity';
import goals from '../../lessons/16-cluster-capacity/goals';
import quiz from '../../lessons/16-cluster-capacity/quiz';
import scenario, { prediction, untouchedProbe } from '../../lessons/16-cluster-capacity/scenario';
import solution, {
  alternatives,
  batchOver,
  deleteCpuPolicy,
  managedScaling,
  protectNewInstances,
} from '../../lessons/16-cluster-capacity/solution';
import { scalingAttempts } from './naiveAttemptsScaling';
import { proofKit } from './proofKit';

/**
 * Lesson 16 proves itself: its start (tasks that cannot be placed while the CPU policy sees nothing to do), what
 * its text says about managed scaling, targetCapacity and termination protection, its solution and alternatives
 * over several seeds, the naive attempts that must fail, its hints as typed in the console, and its quiz.
 */

const { lessonStart, check, why, ids, solvedBy, itSolves } = proofKit('16-cluster-capacity', scenario, goals);

const running = (sim: Simulation) =>
  reportsTasks(sim).filter((t) => t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING');
const groupSize = (sim: Simulation) =>
  sim.state.autoscaling.groups[GROUP]!.Instances.filter((i) => i.termination === undefined).length;
const reservations = (sim: Simulation) =>
  points(sim, 'AWS/ECS/ManagedScaling', 'CapacityProviderReservation', {
    CapacityProviderName: PROVIDER,
    ClusterName: CLUSTER,
  });

describe('lesson 16: its start', () => {
  it('runs 4 of reports’ 8 tasks on the group’s 2 m5.large instances, two each', () => {
    const sim = lessonStart();
    expect(reportsService(sim)!.desiredCount).toBe(8);
    const live = running(sim);
    expect(live).toHaveLength(4);
    expect(new Set(live.map((t) => t.containerInstanceArn)).size).toBe(2);
    expect(groupSize(sim)).toBe(2);
    expect(reportsService(sim)!.events[0]!.message).toMatch(/was unable to place a task/);
  });

  it('meets no goal, and each says why', () => {
    const sim = lessonStart();
    expect(new GoalTracker(goals).update(sim).filter((s) => s.met)).toEqual([]);
    expect(why(check(sim, 'no-long-wait'))).toMatch(/whose managed scaling is DISABLED/);
    expect(why(check(sim, 'idle-only-scale-in'))).toMatch(/has not scaled in yet/);
    expect(why(check(sim, 'spare-gone'))).toMatch(/set reports back to 4 tasks/);
  });
});

describe('lesson 16: what it says about CPU, reservations and managed scaling', () => {
  it('bears out the prediction: 15 minutes later nothing has scaled and 4 tasks still find no room', () => {
    expect(untouchedProbe()).toEqual({ running: 4, waiting: 0, instances: 2 });
    expect(prediction.outcome(lessonStart())).toBe('stuck');
  });

  it('shows the group far below its CPU target while the cluster’s memory is fully reserved', () => {
    const sim = lessonStart();
    sim.advance(600);
    const cpu = points(sim, 'AWS/EC2', 'CPUUtilization', { AutoScalingGroupName: GROUP }).at(-1)!;
    const memory = points(sim, 'AWS/ECS', 'MemoryReservation', { ClusterName: CLUSTER }).at(-1)!;
    expect(cpu.max).toBeLessThan(20);
    expect(memory.max).toBeGreaterThan(75);
  });

  it('holds the tasks in PROVISIONING once managed scaling is on, reads above 100, and grows the group for them', () => {
    const sim = lessonStart();
    runSteps(sim, [deleteCpuPolicy, protectNewInstances, managedScaling(100, 'ENABLED')]);
    sim.advance(90);
    expect(reportsTasks(sim).filter((t) => t.lastStatus === 'PROVISIONING')).toHaveLength(4);
    sim.advance(510);
    expect(Math.max(...reservations(sim).map((p) => p.max))).toBe(200);
    expect(running(sim)).toHaveLength(8);
    expect(groupSize(sim)).toBe(4);
  });

  it('keeps a spare instance at targetCapacity 80 and none at 100', () => {
    const at = (target: number) => {
      const sim = lessonStart();
      runSteps(sim, [deleteCpuPolicy, protectNewInstances, managedScaling(target, 'ENABLED', 60)]);
      sim.advance(900);
      return groupSize(sim);
    };
    expect(at(100)).toBe(4);
    expect(at(80)).toBe(5);
  });

  it('shrinks the group only after 15 readings below target, and only by the idle instances', () => {
    const { sim } = solvedBy(solution);
    const ended = sim.history.find((c) => c.operation === 'UpdateService')!.at;
    const scaleIns = sim.events.flatMap((e) =>
      e.type === 'AutoScalingInstanceTerminating' && e.reason === 'scale-in' ? [e] : [],
    );
    expect(scaleIns.length).toBeGreaterThan(0);
    for (const e of scaleIns) {
      expect(e.at - ended).toBeGreaterThanOrEqual(14 * 60);
      expect(e.protectedFromScaleIn).toBe(false);
    }
    expect(inServiceCounts(sim).at(-1)!.count).toBe(3);
  });
});

describe('lesson 16: the solution and the alternatives', () => {
  itSolves(solution, alternatives, { alternativeSeeds: [scenario.seed, 5] });
});

describe('lesson 16: naive attempts miss their goals', () => {
  it.each(scalingAttempts['16-cluster-capacity']!.map((a) => [a.name, a] as const))(
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

describe('lesson 16: what its goals say', () => {
  it('names the task that waited when headroom came first and the warm-up held the next scale-out', () => {
    const sim = lessonStart();
    runSteps(sim, [deleteCpuPolicy, protectNewInstances, managedScaling(90, 'ENABLED')]);
    sim.advance(900);
    expect(why(check(sim, 'no-long-wait'))).toMatch(
      /^Task [0-9a-f]{8} waited for room from 00:07 to 00:1\d, more than 3 minutes\. .*instanceWarmupPeriod/,
    );
  });

  it('calls a scale-in without termination protection luck, even when it took an idle instance', () => {
    const sim = lessonStart();
    runSteps(sim, [
      deleteCpuPolicy,
      managedScaling(100, 'DISABLED'),
      { advance: 600 },
      batchOver,
      { advance: 1500 },
    ]);
    expect(why(check(sim, 'idle-only-scale-in'))).toMatch(/while tasks ran on it|only by luck/);
  });

  it('runs the bottom-out hints as typed in the console, and they meet every goal', () => {
    const sim = lessonStart();
    const typed = (id: string) => {
      for (const [, command] of goals.find((g) => g.id === id)!.hints.bottomOut.matchAll(/`(aws [^`]+)`/g)) {
        const result = runCommand(command!, sim, engineCatalog());
        expect(result.ok, `${id}: ${result.ok ? '' : result.stderr}`).toBe(true);
      }
    };
    typed('no-long-wait');
    typed('idle-only-scale-in');
    sim.advance(600);
    typed('headroom');
    sim.advance(300);
    typed('spare-gone');
    sim.advance(1500);
    expect([...goalsMetAfterHolding(sim, goals)].sort()).toEqual(ids);
  });
});

describe('lesson 16: its quiz', () => {
  it('is well formed, with at least six items', () => {
    expect(quizBankProblems(quiz)).toEqual([]);
  });
});
