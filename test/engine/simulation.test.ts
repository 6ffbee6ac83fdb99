import { describe, expect, it } from 'vitest';
import { createSimulation, AwsError } from '../../src/engine';
import { anAccount } from '../builders/account';

describe('createSimulation', () => {
  it('starts an account with a default VPC and one default subnet in each of three AZs', () => {
    const sim = createSimulation({ seed: 42 });
    const subnets = Object.values(sim.state.ec2.subnets);
    expect(subnets.map((s) => s.AvailabilityZone).sort()).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    expect(subnets.every((s) => s.DefaultForAz)).toBe(true);
    expect(Object.keys(sim.state.iam.roles).sort()).toEqual(['ecsInstanceRole', 'ecsTaskExecutionRole']);
    expect(sim.state.iam.instanceProfiles.ecsInstanceRole?.roleName).toBe('ecsInstanceRole');
    expect(Object.keys(sim.state.ecs.clusters)).toEqual([]);
  });

  it('answers an unknown operation with UnknownOperationException and records nothing', () => {
    const sim = createSimulation();
    expect(() => sim.callByName('ecs', 'LaunchRocket', {})).toThrow(AwsError);
    try {
      sim.callByName('ecs', 'LaunchRocket', {});
    } catch (e) {
      expect((e as AwsError).name).toBe('UnknownOperationException');
    }
    expect(sim.history).toEqual([]);
  });

  it('moves virtual time with advance and rejects a negative or infinite advance', () => {
    const sim = createSimulation();
    sim.advance(90);
    expect(sim.now).toBe(90);
    expect(() => sim.advance(-1)).toThrow(/finite number/);
    expect(() => sim.advance(Number.POSITIVE_INFINITY)).toThrow(/finite number/);
    expect(sim.now).toBe(90);
  });
});

describe('fork and advanceTo', () => {
  it('gives a fork that neither changes nor is changed by the original', () => {
    const sim = anAccount(3).withCluster('web').withInstances(2, 'm5.large', { cluster: 'web' }).build();
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'app',
      containerDefinitions: [{ name: 'app', image: 'nginx:latest', memory: 256 }],
    });
    sim.call('ecs', 'RunTask', { cluster: 'web', taskDefinition: 'app', count: 2 });
    const before = JSON.stringify(sim.state);
    const fork = sim.fork();
    fork.call('ecs', 'RunTask', { cluster: 'web', taskDefinition: 'app', count: 3 });
    fork.advance(300);
    expect(JSON.stringify(sim.state)).toBe(before);
    const forked = JSON.stringify(fork.state);
    sim.advance(900);
    sim.call('ecs', 'StopTask', { cluster: 'web', task: Object.keys(sim.state.ecs.tasks)[0]! });
    expect(JSON.stringify(fork.state)).toBe(forked);
  });

  it('advanceTo lands on exactly the time asked and never moves the clock back', () => {
    const sim = createSimulation({ seed: 2 });
    sim.advance(0.1);
    sim.advanceTo(0.3);
    expect(sim.now).toBe(0.3);
    sim.advanceTo(0.2);
    expect(sim.now).toBe(0.3);
    expect(() => sim.advanceTo(Number.NaN)).toThrow(/finite/);
  });
});
