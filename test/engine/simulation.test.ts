import { describe, expect, it } from 'vitest';
import { createSimulation, AwsError } from '../../src/engine';

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
