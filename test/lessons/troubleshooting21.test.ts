import { describe, expect, it } from 'vitest';
import { decodeError } from '../../src/app/decodeError/decode';
import { engineCatalog, runCommand } from '../../src/app/console/index';
import { GoalTracker, goalsMetAfterHolding } from '../../src/course/goals';
import { quizBankProblems } from '../../src/course/quizCheck';
import { runSteps } from '../../src/course/steps';
import { type Simulation } from '../../src/engine';
import goals from '../../lessons/21-troubleshooting-exec/goals';
import quiz from '../../lessons/21-troubleshooting-exec/quiz';
import scenario, { prediction } from '../../lessons/21-troubleshooting-exec/scenario';
import {
  API,
  BILLING,
  CLUSTER,
  lastProblem,
  lastStopped,
  ORDERS,
  serviceNamed,
  targetGroupArn,
  WEB,
} from '../../lessons/21-troubleshooting-exec/shop';
import solution, { alternatives, redeployApi } from '../../lessons/21-troubleshooting-exec/solution';
import { troubleshooting21Attempts } from './naiveAttempts21';
import { proofKit } from './proofKit';

/**
 * Lesson 21 proves itself: each broken service writes the error its text says (and the decoder reads it), the
 * solution and alternative meet every goal over several seeds, naive attempts that treat the symptom do not, the
 * hints' commands run as typed, and the quiz claims the engine can check hold.
 */

const { lessonStart, check, why, ids, itSolves, itMisses } = proofKit(
  '21-troubleshooting-exec',
  scenario,
  goals,
);

const decoded = (text: string | undefined) => {
  const r = decodeError(text ?? '');
  return r.kind === 'recognised' ? r.pattern.id : r.kind;
};

describe('lesson 21: its start', () => {
  it('has four services, each failing in its own way, and the decoder names each failure', () => {
    const sim = lessonStart();
    expect(decoded(lastStopped(sim, BILLING))).toBe('registry-auth');
    expect(lastStopped(sim, BILLING)).toMatch(/assumed-role\/billing-execution\//);
    expect(decoded(lastStopped(sim, ORDERS))).toBe('essential-exited');
    expect(lastStopped(sim, ORDERS)).toMatch(/exit code 1\)$/);
    expect(serviceNamed(sim, ORDERS)!.deployments).toHaveLength(2);
    expect(decoded(lastProblem(sim, WEB))).toBe('elb-health');
    expect(decoded(lastProblem(sim, API))).toBe('host-port');
  });

  it('meets no goal, and each says why', () => {
    const sim = lessonStart();
    expect(new GoalTracker(goals).update(sim).filter((s) => s.met)).toEqual([]);
    expect(why(check(sim, 'billing-steady'))).toMatch(
      /0 of 2 tasks RUNNING.*unable to retrieve ecr registry auth/,
    );
    expect(why(check(sim, 'orders-steady'))).toMatch(
      /orders:2 is IN_PROGRESS \(2 deployments\).*exit code 1/,
    );
    expect(why(check(sim, 'web-steady'))).toMatch(/is unhealthy in \(target-group .*Health checks failed/);
    expect(why(check(sim, 'api-steady'))).toMatch(/2 of 3 tasks RUNNING.*already using a port/);
    expect(why(check(sim, 'exec-ready'))).toMatch(/does not have enableExecuteCommand/);
  });

  it('bears out the prediction: permissions on the task role change nothing', () => {
    expect(prediction.outcome(lessonStart())).toBe('still-fails');
  });
});

describe('lesson 21: what its text says', () => {
  it('keeps enableExecuteCommand on the service without replacing tasks; a forced deployment does', () => {
    const sim = lessonStart();
    runSteps(sim, [
      { call: ['ecs', 'UpdateService', { cluster: CLUSTER, service: ORDERS, taskDefinition: 'orders:1' }] },
      { advance: 600 },
    ]);
    const before = serviceNamed(sim, ORDERS)!.deployments.length;
    sim.call('ecs', 'UpdateService', { cluster: CLUSTER, service: ORDERS, enableExecuteCommand: true });
    expect(serviceNamed(sim, ORDERS)!.enableExecuteCommand).toBe(true);
    expect(serviceNamed(sim, ORDERS)!.deployments.length).toBe(before);
    sim.call('ecs', 'UpdateService', { cluster: CLUSTER, service: ORDERS, forceNewDeployment: true });
    expect(serviceNamed(sim, ORDERS)!.deployments.length).toBe(before + 1);
  });

  it('frees api with dynamic host ports, on the same two instances', () => {
    const sim = lessonStart();
    runSteps(sim, [...redeployApi(0), { advance: 600 }]);
    expect(check(sim, 'api-steady')).toEqual({ met: true });
    expect(Object.values(sim.state.ecs.containerInstances)).toHaveLength(2);
  });
});

describe('lesson 21: the solution and the alternatives', () => {
  itSolves(solution, alternatives, { timeout: 60_000 });
});

describe('lesson 21: naive attempts miss their goals', () => {
  itMisses(troubleshooting21Attempts);

  it('says why, in the learner’s terms', () => {
    const say = (name: string, id: string) => {
      const sim = lessonStart();
      runSteps(sim, troubleshooting21Attempts.find((a) => a.name.startsWith(name))!.steps);
      return why(check(sim, id));
    };
    expect(say('swaps billing to a public image', 'billing-steady')).toMatch(
      /not billing’s own image from ECR/,
    );
    expect(say('scales the failing services down', 'api-steady')).toMatch(/api wants 2 tasks; it must run 3/);
    expect(say('changes the health check path', 'web-steady')).toMatch(/Health checks failed/);
    expect(say('turns ECS Exec on without forcing', 'exec-ready')).toMatch(
      /started before ECS Exec was turned on/,
    );
    expect(say('turns ECS Exec on and puts ssmmessages on the instance role', 'exec-ready')).toMatch(
      /orders-task does not allow ssmmessages:CreateControlChannel/,
    );
  });
});

describe('lesson 21: its hints', () => {
  it('runs the bottom-out commands as typed in the console, and they meet every goal', () => {
    const sim: Simulation = lessonStart();
    const commands = goals.flatMap((g) =>
      [...g.hints.bottomOut.matchAll(/`(aws [^`]+)`/g)].map((m) =>
        m[1]!.replaceAll('<web-tg arn>', targetGroupArn(sim)),
      ),
    );
    expect(commands.length).toBeGreaterThanOrEqual(6);
    // api:2 is registered from the hint's JSON, not a command
    runSteps(sim, [redeployApi(0)[0]!]);
    for (const command of commands) {
      const result = runCommand(command, sim, engineCatalog());
      expect(result.ok, `${command} ${result.ok ? '' : result.stderr}`).toBe(true);
    }
    sim.advance(900);
    expect([...goalsMetAfterHolding(sim, goals)].sort()).toEqual(ids);
  });
});

describe('lesson 21: its quiz', () => {
  it('is well formed, with at least seven items, every item tagged with exam tasks', () => {
    expect(quizBankProblems(quiz)).toEqual([]);
    expect(quiz.length).toBeGreaterThanOrEqual(7);
    for (const item of quiz) expect(item.tags.tasks?.length, item.id).toBeGreaterThan(0);
    const examShaped = quiz.filter((q) => /\b(MOST|LEAST|Which TWO|Which THREE)\b/.test(q.prompt));
    expect(examShaped.length * 2).toBeGreaterThanOrEqual(quiz.length);
  });
});
