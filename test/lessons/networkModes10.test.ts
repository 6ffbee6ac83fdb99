import { describe, expect, it } from 'vitest';
import { engineCatalog, runCommand } from '../../src/app/console/index';
import { goalsMetAfterHolding } from '../../src/course/goals';
import { quizBankProblems } from '../../src/course/quizCheck';
import { runSteps, wait } from '../../src/course/steps';
import { createSimulation, subnetUse, type Simulation } from '../../src/engine';
import goals from '../../lessons/10-network-modes/goals';
import {
  CLUSTER,
  defaultSubnet,
  eniSlots,
  PAYMENTS_SG,
  runningPayments,
  SERVICE,
  smallSubnet,
} from '../../lessons/10-network-modes/network';
import quiz from '../../lessons/10-network-modes/quiz';
import scenario, { prediction } from '../../lessons/10-network-modes/scenario';
import solution, { alternatives, launchInstance } from '../../lessons/10-network-modes/solution';
import { networkModes10Attempts } from './naiveAttempts10';
import { proofKit } from './proofKit';

/**
 * Lesson 10 proves itself: its start (2 tasks, ENI-bound; a /28 nearly full), what its text says about ENI slots
 * and subnet addresses, its solution and alternatives over several seeds, the naive attempts that must fail, the
 * hints' commands, and the quiz claims the engine can check.
 */

const { body, lessonStart, check, why, itSolves, itMisses } = proofKit('10-network-modes', scenario, goals);

const failures = (sim: Simulation) =>
  Object.values(sim.state.ecs.tasks)
    .filter((t) => t.group === `service:${SERVICE}` && t.stopCode === 'TaskFailedToStart')
    .map((t) => t.stoppedReason ?? '');

const freeIn = (sim: Simulation, id: string) => subnetUse(sim.state, sim.state.ec2.subnets[id]!).free;

describe('lesson 10: its start', () => {
  it.each([scenario.seed, 1, 2, 3])(
    'runs 2 payments tasks on the 2 ENI slots of a t3.small (seed %i)',
    (seed) => {
      const sim = lessonStart(seed);
      expect(runningPayments(sim)).toHaveLength(2);
      expect(eniSlots(sim)).toEqual({ used: 2, total: 2 });
      // ledger 8 + payments 2 of the /28's 11 usable addresses
      expect(freeIn(sim, smallSubnet(sim))).toBe(1);
      const events = sim.call('ecs', 'DescribeServices', { cluster: CLUSTER, services: [SERVICE] })
        .services[0]!.events;
      expect(events.map((e) => e.message).join('\n')).toMatch(/encountered error "RESOURCE:ENI"/);
      for (const t of runningPayments(sim)) expect(t.eni!.securityGroups).not.toContain(PAYMENTS_SG);
    },
  );

  it('meets no goal, and says why', () => {
    const sim = lessonStart();
    expect([...goalsMetAfterHolding(sim, goals)]).toEqual([]);
    expect(why(check(sim, 'own-security-group'))).toMatch(/not in sg-0c4d5e6f7a8b9c0d1/);
    expect(why(check(sim, 'four-running'))).toMatch(
      /2 of 4 payments tasks run; the instances use 2 of 2 ENI slots/,
    );
    expect(why(check(sim, 'room-to-deploy'))).toMatch(/1 free address;/);
  });

  it('bears out the prediction: ENI slots, not CPU, memory or ports', () => {
    expect(prediction.outcome(lessonStart())).toBe('eni');
  });
});

describe('lesson 10: what its text says', () => {
  it('keeps 5 addresses of every subnet: a /28 has 11 usable', () => {
    const sim = createSimulation({ seed: 4 });
    const vpc = Object.values(sim.state.ec2.vpcs)[0]!.VpcId;
    const out = sim.call('ec2', 'CreateSubnet', {
      VpcId: vpc,
      CidrBlock: '172.31.200.0/28',
      AvailabilityZone: 'us-east-1b',
    });
    expect(out.Subnet.AvailableIpAddressCount).toBe(11);
    expect(body).toMatch(/16 − 5 = \*\*11\*\* usable/);
  });

  it('stops a task that gets no address with the real reason, and frees addresses when ENIs are deleted', () => {
    const sim = lessonStart();
    runSteps(sim, [launchInstance('t3.small', 'pay-2'), wait(300)]);
    expect(runningPayments(sim)).toHaveLength(3);
    expect(failures(sim)).toContain(
      `Unexpected EC2 error while attempting to Create Network Interface in subnet '${smallSubnet(sim)}': InsufficientFreeAddressesInSubnet`,
    );
    expect(body).toContain('InsufficientFreeAddressesInSubnet');
    expect(freeIn(sim, smallSubnet(sim))).toBe(0);
    sim.call('ecs', 'UpdateService', { cluster: CLUSTER, service: 'ledger', desiredCount: 4 });
    sim.advance(900); // the scheduler retries a service whose tasks keep failing to start less and less often
    // 4 ledger ENIs deleted: the 4th payments task takes one of their addresses
    expect(runningPayments(sim)).toHaveLength(4);
    expect(freeIn(sim, smallSubnet(sim))).toBe(3);
  });

  it('moves an ENI to the next subnet of the AZ with a free address', () => {
    const sim = lessonStart();
    runSteps(sim, solution);
    const subnets = runningPayments(sim).map((t) => t.eni!.subnetId);
    expect(new Set(subnets)).toEqual(new Set([smallSubnet(sim), defaultSubnet(sim)]));
  });

  it('refuses a subnet outside the VPC, too small, or overlapping another', () => {
    const sim = createSimulation({ seed: 4 });
    const vpc = Object.values(sim.state.ec2.vpcs)[0]!.VpcId;
    const make = (CidrBlock: string) => () => sim.call('ec2', 'CreateSubnet', { VpcId: vpc, CidrBlock });
    expect(make('10.0.0.0/24')).toThrow(/InvalidSubnet.Range|The CIDR '10.0.0.0\/24' is invalid/);
    expect(make('172.31.200.0/29')).toThrow(/is invalid/);
    expect(make('172.31.1.0/24')).toThrow(/conflicts with another subnet/);
  });
});

describe('lesson 10: the solution and the alternatives', () => {
  itSolves(solution, alternatives);
});

describe('lesson 10: naive attempts miss their goals', () => {
  itMisses(networkModes10Attempts);

  it('says why, in the learner’s terms', () => {
    const say = (name: string, id: string) => {
      const sim = lessonStart();
      runSteps(sim, networkModes10Attempts.find((a) => a.name.startsWith(name))!.steps);
      return why(check(sim, id));
    };
    expect(say('switches payments to bridge', 'own-security-group')).toMatch(
      /no network interface of its own/,
    );
    expect(say('adds an instance only', 'four-running')).toMatch(/InsufficientFreeAddressesInSubnet/);
    expect(say('raises desiredCount', 'four-running')).toMatch(/payments wants 8 tasks/);
    expect(say('keeps minimumHealthyPercent 100', 'own-security-group')).toMatch(
      /not in sg-0c4d5e6f7a8b9c0d1 \(payments\)\. It belongs to an older deployment/,
    );
  });
});

describe('lesson 10: its hints', () => {
  it('runs the bottom-out commands as typed in the console (ids filled in)', () => {
    const sim = lessonStart();
    const vpc = Object.values(sim.state.ec2.vpcs)[0]!.VpcId;
    const fill = (typed: string) =>
      typed
        .replaceAll('<vpc>', vpc)
        .replaceAll('<the /28>', smallSubnet(sim))
        .replaceAll('<the us-east-1a default subnet>', defaultSubnet(sim));
    const commands = goals.flatMap((g) =>
      [...g.hints.bottomOut.matchAll(/`(aws [^`]+)`/g)].map((m) => fill(m[1]!)),
    );
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const command of commands) {
      const result = runCommand(command, sim, engineCatalog());
      expect(result.ok, `${command} ${result.ok ? '' : result.stderr}`).toBe(true);
    }
  });
});

describe('lesson 10: its quiz', () => {
  it('is well formed, with at least seven items', () => {
    expect(quizBankProblems(quiz)).toEqual([]);
    expect(quiz.length).toBeGreaterThanOrEqual(7);
  });
});
