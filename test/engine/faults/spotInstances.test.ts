import { describe, expect, it } from 'vitest';
import { containerInstancesInput } from '../../../src/course/fixtures';
import { parseAgentConfig } from '../../../src/engine/agent/config';
import { narrate, type Simulation } from '../../../src/engine';
import { anAccount, expectRejected } from '../../builders/account';

/**
 * Cluster `default` with one On-Demand m5.large in us-east-1a and one Spot m5.large in us-east-1b (its agent
 * configured with `spotConfig`), and a service `web` of two nginx tasks, both placed on the Spot instance
 * (the On-Demand one is DRAINING while the service starts, then ACTIVE again).
 */
function spotInstanceWorld(seed: number, spotConfig: Record<string, string> = {}) {
  const sim = anAccount(seed)
    .withInstances(1, 'm5.large', { azs: ['us-east-1a'] })
    .build();
  const spot = sim.call('ec2', 'RunInstances', {
    ...containerInstancesInput({
      instanceType: 'm5.large',
      cluster: 'default',
      availabilityZone: 'us-east-1b',
      extraConfig: spotConfig,
    }),
    InstanceMarketOptions: { MarketType: 'spot' },
  }).Instances[0]!;
  sim.advance(120);
  const ciOf = (instanceId: string) =>
    Object.values(sim.state.ecs.containerInstances).find((ci) => ci.ec2InstanceId === instanceId)!;
  const onDemand = Object.values(sim.state.ec2.instances).find((i) => i.InstanceId !== spot.InstanceId)!;
  sim.call('ecs', 'UpdateContainerInstancesState', {
    containerInstances: [ciOf(onDemand.InstanceId).containerInstanceArn],
    status: 'DRAINING',
  });
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    containerDefinitions: [{ name: 'web', image: 'nginx:latest', memory: 256 }],
  });
  sim.call('ecs', 'CreateService', { serviceName: 'web', taskDefinition: 'web', desiredCount: 2 });
  sim.advance(90);
  sim.call('ecs', 'UpdateContainerInstancesState', {
    containerInstances: [ciOf(onDemand.InstanceId).containerInstanceArn],
    status: 'ACTIVE',
  });
  sim.advance(10);
  return {
    sim,
    spotId: spot.InstanceId,
    onDemandId: onDemand.InstanceId,
    spotCi: ciOf(spot.InstanceId).containerInstanceArn,
    onDemandCi: ciOf(onDemand.InstanceId).containerInstanceArn,
  };
}

const serviceTasks = (sim: Simulation, status: 'RUNNING' | 'live') =>
  Object.values(sim.state.ecs.tasks).filter(
    (t) =>
      t.group === 'service:web' &&
      (status === 'RUNNING' ? t.lastStatus === 'RUNNING' : t.lastStatus !== 'STOPPED'),
  );

const onInstance = (sim: Simulation, ci: string) =>
  serviceTasks(sim, 'RUNNING').filter((t) => t.containerInstanceArn === ci).length;

describe('Spot Instances in EC2', () => {
  it('launches a Spot Instance with InstanceMarketOptions MarketType spot; DescribeInstances says so', () => {
    const { sim, spotId, onDemandId } = spotInstanceWorld(1);
    const described = sim
      .call('ec2', 'DescribeInstances', { InstanceIds: [spotId, onDemandId] })
      .Reservations.flatMap((r) => r.Instances);
    expect(described.find((i) => i.InstanceId === spotId)!.InstanceLifecycle).toBe('spot');
    expect(described.find((i) => i.InstanceId === onDemandId)!.InstanceLifecycle).toBeUndefined();
  });

  it('reads ECS_ENABLE_SPOT_INSTANCE_DRAINING=true from ecs.config', () => {
    const { sim, spotId } = spotInstanceWorld(2, { ECS_ENABLE_SPOT_INSTANCE_DRAINING: 'true' });
    expect(sim.state.ec2.instances[spotId]!.agentConfig?.spotInstanceDraining).toBe(true);
  });
});

describe('ECS_ENABLE_SPOT_INSTANCE_DRAINING', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['false', false],
    ['yes', false],
    [undefined, false],
  ])('reads %s as draining %s, as the agent parses booleans', (value, draining) => {
    const settings = new Map(value === undefined ? [] : [['ECS_ENABLE_SPOT_INSTANCE_DRAINING', value]]);
    const parsed = parseAgentConfig(settings);
    expect(parsed.ok && parsed.value.config.spotInstanceDraining === true).toBe(draining);
  });
});

describe('sim InterruptSpot on a Spot Instance', () => {
  it('gives the two-minute notice and terminates the instance 120 s later', () => {
    const { sim, spotId, spotCi } = spotInstanceWorld(3);
    expect(onInstance(sim, spotCi)).toBe(2);
    const at = sim.now;

    const out = sim.call('sim', 'InterruptSpot', { instanceId: spotId });

    expect(out).toEqual({
      tasks: [],
      instanceAction: {
        action: 'terminate',
        time: new Date((sim.state.startEpoch + at + 120) * 1000).toISOString().replace('.000Z', 'Z'),
      },
    });
    const notice = sim.events.find((e) => e.type === 'SpotInstanceInterruptionNotice');
    expect(notice).toEqual({
      type: 'SpotInstanceInterruptionNotice',
      at,
      instanceId: spotId,
      terminateAt: at + 120,
      containerInstanceArn: spotCi,
      draining: false,
    });
    expect(narrate(sim.state as never, notice!)).toBe(
      `EC2 gave Spot instance ${spotId} its two-minute interruption notice; its tasks keep running until it ` +
        'is terminated (ECS_ENABLE_SPOT_INSTANCE_DRAINING is not set).',
    );

    sim.advance(119);
    expect(sim.state.ec2.instances[spotId]!.State).toBe('running');
    expect(sim.state.ecs.containerInstances[spotCi]!.status).toBe('ACTIVE');
    expect(onInstance(sim, spotCi)).toBe(2);

    sim.advance(1);
    expect(sim.state.ec2.instances[spotId]!.State).toBe('shutting-down');
    expect(sim.state.ecs.containerInstances[spotCi]!.status).toBe('INACTIVE');
    const stopped = Object.values(sim.state.ecs.tasks).filter(
      (t) => t.containerInstanceArn === spotCi && t.group === 'service:web',
    );
    expect(stopped.every((t) => t.stoppedReason === `Host EC2 (instance ${spotId}) terminated.`)).toBe(true);
    expect(stopped.every((t) => t.stopCode === 'TerminationNotice')).toBe(true);

    sim.advance(60);
    const shown = sim.call('ec2', 'DescribeInstances', { InstanceIds: [spotId] }).Reservations[0]!
      .Instances[0]!;
    expect(shown.State.Name).toBe('terminated');
    expect(shown.StateReason?.Code).toBe('Server.SpotInstanceTermination');
  });

  it('without draining, the service replaces its tasks only after the instance is gone', () => {
    const { sim, spotId, onDemandCi } = spotInstanceWorld(4);
    sim.call('sim', 'InterruptSpot', { instanceId: spotId });
    sim.advance(110);
    expect(onInstance(sim, onDemandCi)).toBe(0);
    sim.advance(130);
    expect(onInstance(sim, onDemandCi)).toBe(2);
  });

  it('with ECS_ENABLE_SPOT_INSTANCE_DRAINING=true the agent sets DRAINING at the notice and the service moves first', () => {
    const { sim, spotId, spotCi, onDemandCi } = spotInstanceWorld(5, {
      ECS_ENABLE_SPOT_INSTANCE_DRAINING: 'true',
    });
    sim.call('sim', 'InterruptSpot', { instanceId: spotId });

    expect(sim.state.ecs.containerInstances[spotCi]!.status).toBe('DRAINING');
    expect(sim.events.find((e) => e.type === 'SpotInstanceInterruptionNotice')).toMatchObject({
      draining: true,
    });
    expect(
      sim.events.some(
        (e) =>
          e.type === 'ContainerInstanceStateChanged' &&
          e.containerInstanceArn === spotCi &&
          e.status === 'DRAINING',
      ),
    ).toBe(true);

    sim.advance(110);
    // the replacements run on the On-Demand instance before EC2 takes the Spot one
    expect(sim.state.ec2.instances[spotId]!.State).toBe('running');
    expect(onInstance(sim, onDemandCi)).toBe(2);
    expect(onInstance(sim, spotCi)).toBe(0);
  });

  it('refuses an On-Demand instance, an unknown one, a second notice and a terminated instance', () => {
    const { sim, spotId, onDemandId } = spotInstanceWorld(6);
    expectRejected(
      sim,
      () => sim.call('sim', 'InterruptSpot', { instanceId: onDemandId }),
      'InvalidParameterException',
      /is an On-Demand instance; only a Spot Instance/,
    );
    expectRejected(
      sim,
      () => sim.call('sim', 'InterruptSpot', { instanceId: 'i-0123456789abcdef0' }),
      'InvalidInstanceID.NotFound',
      /does not exist/,
    );
    sim.call('sim', 'InterruptSpot', { instanceId: spotId });
    expectRejected(
      sim,
      () => sim.call('sim', 'InterruptSpot', { instanceId: spotId }),
      'InvalidParameterException',
      /already got its interruption notice/,
    );
    sim.advance(200);
    expectRejected(
      sim,
      () => sim.call('sim', 'InterruptSpot', { instanceId: spotId }),
      'InvalidParameterException',
      /is terminated; only a pending or running Spot Instance/,
    );
  });

  it('leaves an instance that failed or was terminated during the notice alone', () => {
    const { sim, spotId } = spotInstanceWorld(7);
    sim.call('sim', 'InterruptSpot', { instanceId: spotId });
    sim.call('sim', 'FailInstance', { instanceId: spotId });
    sim.advance(200);
    expect(sim.state.ec2.instances[spotId]!.State).toBe('stopped');
  });
});
