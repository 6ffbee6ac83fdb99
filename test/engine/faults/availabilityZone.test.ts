import { describe, expect, it } from 'vitest';
import { narrate, type SimEvent, type Simulation } from '../../../src/engine';
import { ECS_AMI, expectRejected } from '../../builders/account';
import {
  allSubnets,
  inSubnets,
  instanceIn,
  liveTasksOf,
  runningTasksOf,
  subnetIn,
  threeZoneWorld,
} from './world';

const ZONE_REASON = 'Availability Zone us-east-1a failed (sandbox outage): Fargate stopped the task.';
const NO_CAPACITY =
  'Capacity is unavailable at this time. Please try again later or in a different availability zone';

/** The three-zone world with one `web` task on each instance and three Fargate `api` tasks, one per AZ. */
function busyWorld(seed = 1) {
  const sim = threeZoneWorld(seed);
  const ec2 = sim.call('ecs', 'RunTask', {
    taskDefinition: 'web',
    count: 3,
    placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
  });
  const fargate = sim.call('ecs', 'RunTask', {
    taskDefinition: 'api',
    launchType: 'FARGATE',
    count: 3,
    networkConfiguration: inSubnets(allSubnets(sim)),
  });
  sim.advance(60);
  const inA = <T extends { availabilityZone?: string }>(tasks: ReadonlyArray<T>) =>
    tasks.find((t) => t.availabilityZone === 'us-east-1a')!;
  return { sim, ec2TaskInA: inA(ec2.tasks).taskArn!, fargateTaskInA: inA(fargate.tasks).taskArn! };
}

const azOf = (sim: Simulation, taskArn: string) => sim.state.ecs.tasks[taskArn]!.availabilityZone;

describe('sim FailAvailabilityZone', () => {
  it('fails every instance of the zone and stops its Fargate tasks, nothing elsewhere', () => {
    const { sim, ec2TaskInA, fargateTaskInA } = busyWorld();
    const hostA = instanceIn(sim, 'us-east-1a');
    const hostB = instanceIn(sim, 'us-east-1b');

    const out = sim.call('sim', 'FailAvailabilityZone', { availabilityZone: 'us-east-1a' });

    expect(out.failedInstanceIds).toEqual([hostA.InstanceId]);
    expect([...out.stoppingTaskArns].sort()).toEqual([ec2TaskInA, fargateTaskInA].sort());
    expect(sim.state.failedZones).toEqual({ 'us-east-1a': sim.now });
    expect(sim.state.ec2.instances[hostA.InstanceId]!.State).toBe('stopped');
    expect(sim.state.ec2.instances[hostB.InstanceId]!.State).toBe('running');
    expect(sim.state.ecs.tasks[ec2TaskInA]).toMatchObject({
      desiredStatus: 'STOPPED',
      stopCode: 'TerminationNotice',
      stoppedReason: `Host EC2 (instance ${hostA.InstanceId}) stopped.`,
    });
    expect(sim.state.ecs.tasks[fargateTaskInA]).toMatchObject({
      desiredStatus: 'STOPPED',
      stopCode: 'TerminationNotice',
      stoppedReason: ZONE_REASON,
    });
    const others = Object.values(sim.state.ecs.tasks).filter(
      (t) => t.taskArn !== ec2TaskInA && t.taskArn !== fargateTaskInA,
    );
    expect(others).toHaveLength(4);
    expect(others.every((t) => t.desiredStatus === 'RUNNING')).toBe(true);

    sim.advance(60);
    expect(sim.state.ecs.tasks[fargateTaskInA]!.lastStatus).toBe('STOPPED');
    expect(sim.state.ecs.tasks[ec2TaskInA]!.lastStatus).toBe('STOPPED');
  });

  it('logs the outage as a typed event and narrates it', () => {
    const { sim, fargateTaskInA } = busyWorld();
    const hostA = instanceIn(sim, 'us-east-1a');
    const before = sim.events.length;
    sim.call('sim', 'FailAvailabilityZone', { availabilityZone: 'us-east-1a' });

    const logged = sim.events.slice(before);
    expect(logged[0]).toEqual({
      type: 'AvailabilityZoneFailed',
      at: sim.now,
      availabilityZone: 'us-east-1a',
      instanceIds: [hostA.InstanceId],
      fargateTaskArns: [fargateTaskInA],
    });
    expect(logged.some((e) => e.type === 'InstanceFailed' && e.instanceId === hostA.InstanceId)).toBe(true);
    const said = (e: SimEvent) => narrate(sim.state as never, e);
    expect(said(logged[0]!)).toBe(
      'Availability Zone us-east-1a failed: 1 EC2 instance stopped and 1 Fargate task is stopping; nothing ' +
        'new starts there until the zone is restored.',
    );
  });

  it('fails a pending instance of the zone too', () => {
    const sim = threeZoneWorld(2);
    const launched = sim.call('ec2', 'RunInstances', {
      ImageId: ECS_AMI,
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      Placement: { AvailabilityZone: 'us-east-1a' },
    });
    const id = launched.Instances[0]!.InstanceId;
    const out = sim.call('sim', 'FailAvailabilityZone', { availabilityZone: 'us-east-1a' });
    expect(out.failedInstanceIds).toContain(id);
    expect(sim.state.ec2.instances[id]!.State).toBe('stopped');
  });

  it('makes Fargate place new tasks only in the other AZs, and says so in the trace', () => {
    const { sim } = busyWorld(3);
    sim.call('sim', 'FailAvailabilityZone', { availabilityZone: 'us-east-1a' });
    const run = sim.call('ecs', 'RunTask', {
      taskDefinition: 'api',
      launchType: 'FARGATE',
      count: 6,
      networkConfiguration: inSubnets(allSubnets(sim)),
    });
    expect(run.failures).toEqual([]);
    const zones = run.tasks.map((t) => t.availabilityZone).sort();
    expect(zones).toEqual([...Array(3).fill('us-east-1b'), ...Array(3).fill('us-east-1c')]);
    expect(sim.trace(run.tasks[0]!.taskArn)!.fargate!.why).toMatch(
      /us-east-1a had no capacity \(failed zone\)/,
    );
  });

  it('answers a Fargate RunTask whose subnets are all in the failed zone with capacity failures', () => {
    const { sim } = busyWorld(4);
    sim.call('sim', 'FailAvailabilityZone', { availabilityZone: 'us-east-1a' });
    const run = sim.call('ecs', 'RunTask', {
      taskDefinition: 'api',
      launchType: 'FARGATE',
      count: 2,
      networkConfiguration: inSubnets([subnetIn(sim, 'us-east-1a')]),
    });
    expect(run.tasks).toEqual([]);
    expect(run.failures).toEqual([{ reason: NO_CAPACITY }, { reason: NO_CAPACITY }]);
  });

  it('keeps Fargate Spot tasks out of the failed zone too', () => {
    const sim = threeZoneWorld(14);
    sim.call('ecs', 'CreateCluster', { clusterName: 'spot', capacityProviders: ['FARGATE', 'FARGATE_SPOT'] });
    sim.call('sim', 'FailAvailabilityZone', { availabilityZone: 'us-east-1c' });
    const spread = sim.call('ecs', 'RunTask', {
      cluster: 'spot',
      taskDefinition: 'api',
      count: 4,
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
      networkConfiguration: inSubnets(allSubnets(sim)),
    });
    expect(spread.tasks.map((t) => t.availabilityZone).sort()).toEqual([
      'us-east-1a',
      'us-east-1a',
      'us-east-1b',
      'us-east-1b',
    ]);
    const stuck = sim.call('ecs', 'RunTask', {
      cluster: 'spot',
      taskDefinition: 'api',
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
      networkConfiguration: inSubnets([subnetIn(sim, 'us-east-1c')]),
    });
    expect(stuck.tasks).toEqual([]);
    expect(stuck.failures.map((f) => f.reason)).toEqual([NO_CAPACITY]);
  });

  it.each([
    ['Placement.AvailabilityZone', (_sim: Simulation) => ({ Placement: { AvailabilityZone: 'us-east-1a' } })],
    ['SubnetId', (sim: Simulation) => ({ SubnetId: subnetIn(sim, 'us-east-1a') })],
  ])('refuses RunInstances into the failed zone by %s with InsufficientInstanceCapacity', (_name, where) => {
    const sim = threeZoneWorld(5);
    sim.call('sim', 'FailAvailabilityZone', { availabilityZone: 'us-east-1a' });
    expectRejected(
      sim,
      () =>
        sim.call('ec2', 'RunInstances', {
          ImageId: ECS_AMI,
          InstanceType: 'm5.large',
          MinCount: 1,
          MaxCount: 1,
          ...where(sim),
        }),
      'InsufficientInstanceCapacity',
      /^We currently do not have sufficient m5\.large capacity in the Availability Zone you requested \(us-east-1a\)\. Launch into a subnet of us-east-1b or us-east-1c/,
    );
  });

  it('lets EC2 pick a healthy zone when RunInstances names none', () => {
    const sim = threeZoneWorld(6);
    sim.call('sim', 'FailAvailabilityZone', { availabilityZone: 'us-east-1b' });
    for (let i = 0; i < 8; i++) {
      const out = sim.call('ec2', 'RunInstances', {
        ImageId: ECS_AMI,
        InstanceType: 't3.micro',
        MinCount: 1,
        MaxCount: 1,
      });
      expect(out.Instances[0]!.Placement.AvailabilityZone).not.toBe('us-east-1b');
    }
  });

  it('lets a service replace its EC2 and Fargate tasks in the other AZs', () => {
    const sim = threeZoneWorld(7);
    sim.call('ecs', 'CreateService', { serviceName: 'web', taskDefinition: 'web', desiredCount: 3 });
    sim.call('ecs', 'CreateService', {
      serviceName: 'api',
      taskDefinition: 'api',
      desiredCount: 3,
      launchType: 'FARGATE',
      networkConfiguration: inSubnets(allSubnets(sim)),
    });
    sim.advance(180);
    for (const group of ['service:web', 'service:api']) {
      const zones = runningTasksOf(sim, group).map((t) => t.availabilityZone);
      expect(zones.sort()).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    }

    sim.call('sim', 'FailAvailabilityZone', { availabilityZone: 'us-east-1a' });
    sim.advance(180);

    for (const group of ['service:web', 'service:api']) {
      const running = runningTasksOf(sim, group);
      expect(running).toHaveLength(3);
      expect(running.every((t) => t.availabilityZone !== 'us-east-1a')).toBe(true);
      expect(liveTasksOf(sim, group)).toHaveLength(3);
    }
  });

  it('has a Fargate service in the failed zone alone report that it cannot place tasks', () => {
    const sim = threeZoneWorld(8);
    sim.call('ecs', 'CreateService', {
      serviceName: 'api',
      taskDefinition: 'api',
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: inSubnets([subnetIn(sim, 'us-east-1a')]),
    });
    sim.advance(120);
    sim.call('sim', 'FailAvailabilityZone', { availabilityZone: 'us-east-1a' });
    sim.advance(120);
    expect(runningTasksOf(sim, 'service:api')).toEqual([]);
    const messages = sim
      .call('ecs', 'DescribeServices', { services: ['api'] })
      .services[0]!.events.map((e) => e.message);
    expect(messages).toContain(`service api was unable to place a task. Reason: ${NO_CAPACITY}.`);
  });

  it('gives the same state and events for the same seed and calls', () => {
    const play = () => {
      const { sim } = busyWorld(9);
      sim.call('sim', 'FailAvailabilityZone', { availabilityZone: 'us-east-1c' });
      sim.advance(120);
      return sim;
    };
    const [a, b] = [play(), play()];
    expect(JSON.stringify(a.state)).toBe(JSON.stringify(b.state));
    expect(a.events).toEqual(b.events);
  });

  it.each([
    [
      'a zone the Region does not have',
      'us-east-1z',
      /not an Availability Zone of us-east-1; use one of us-east-1a, us-east-1b, us-east-1c/,
    ],
    ['a zone of another Region', 'eu-west-1a', /not an Availability Zone of us-east-1/],
  ])('refuses %s and changes nothing', (_name, az, message) => {
    const sim = threeZoneWorld(10);
    expectRejected(
      sim,
      () => sim.call('sim', 'FailAvailabilityZone', { availabilityZone: az }),
      'InvalidParameterException',
      message,
    );
  });

  it('refuses to fail a zone that is already failed', () => {
    const sim = threeZoneWorld(11);
    sim.call('sim', 'FailAvailabilityZone', { availabilityZone: 'us-east-1a' });
    expectRejected(
      sim,
      () => sim.call('sim', 'FailAvailabilityZone', { availabilityZone: 'us-east-1a' }),
      'InvalidParameterException',
      /already failed at .*restore it with sim RestoreAvailabilityZone/,
    );
  });
});

describe('sim RestoreAvailabilityZone', () => {
  it('ends the outage: launches work again, what failed stays stopped', () => {
    const { sim, fargateTaskInA } = busyWorld(12);
    const hostA = instanceIn(sim, 'us-east-1a');
    sim.call('sim', 'FailAvailabilityZone', { availabilityZone: 'us-east-1a' });
    sim.advance(60);
    const failedAt = sim.state.failedZones['us-east-1a'];

    const out = sim.call('sim', 'RestoreAvailabilityZone', { availabilityZone: 'us-east-1a' });

    expect(out).toEqual({ availabilityZone: 'us-east-1a' });
    expect(sim.state.failedZones).toEqual({});
    expect(sim.events.at(-1)).toEqual({
      type: 'AvailabilityZoneRestored',
      at: sim.now,
      availabilityZone: 'us-east-1a',
      failedAt,
    });
    expect(narrate(sim.state as never, sim.events.at(-1)!)).toBe(
      'Availability Zone us-east-1a is back: new instances and Fargate tasks can start there again.',
    );
    expect(sim.state.ec2.instances[hostA.InstanceId]!.State).toBe('stopped');
    expect(sim.state.ecs.tasks[fargateTaskInA]!.lastStatus).toBe('STOPPED');
    const launched = sim.call('ec2', 'RunInstances', {
      ImageId: ECS_AMI,
      InstanceType: 'm5.large',
      MinCount: 1,
      MaxCount: 1,
      Placement: { AvailabilityZone: 'us-east-1a' },
    });
    expect(launched.Instances[0]!.Placement.AvailabilityZone).toBe('us-east-1a');
    const run = sim.call('ecs', 'RunTask', {
      taskDefinition: 'api',
      launchType: 'FARGATE',
      networkConfiguration: inSubnets([subnetIn(sim, 'us-east-1a')]),
    });
    expect(run.tasks.map((t) => azOf(sim, t.taskArn!))).toEqual(['us-east-1a']);
  });

  it('refuses a zone that is not failed and changes nothing', () => {
    const sim = threeZoneWorld(13);
    expectRejected(
      sim,
      () => sim.call('sim', 'RestoreAvailabilityZone', { availabilityZone: 'us-east-1b' }),
      'InvalidParameterException',
      /us-east-1b is not failed/,
    );
  });
});
