import { describe, expect, it } from 'vitest';
import { scaleOutTo } from '../../../src/engine/capacityProviders/managedScaling';
import {
  capacityProviderReservation,
  instancesNeeded,
} from '../../../src/engine/capacityProviders/reservation';
import type { Simulation } from '../../../src/engine';
import { groupWorld, tasksOf, withProvider } from './world';

describe('CapacityProviderReservation', () => {
  it.each([
    { name: 'no instances and nothing to run', m: 0, n: 0, want: 100 },
    { name: 'no instances and tasks to run', m: 3, n: 0, want: 200 },
    { name: 'every instance needed', m: 4, n: 4, want: 100 },
    { name: 'two of ten instances empty', m: 8, n: 10, want: 80 },
    { name: 'one more instance needed than there are', m: 3, n: 2, want: 150 },
    { name: 'nothing needed on two instances', m: 0, n: 2, want: 0 },
  ])('is $want with $name (M=$m, N=$n)', ({ m, n, want }) => {
    expect(capacityProviderReservation(m, n)).toBe(want);
  });

  it.each([
    { name: 'two 1-vCPU tasks share a 2-vCPU instance', tasks: [1024, 1024, 1024], want: 2 },
    { name: 'a task too big for the type is left out', tasks: [4096, 1024], want: 1 },
    { name: 'nothing waiting', tasks: [], want: 0 },
  ])('estimates instances for PROVISIONING tasks: $name', ({ tasks, want }) => {
    const room = { cpu: 2048, memory: 3993 };
    expect(
      instancesNeeded(
        tasks.map((cpu) => ({ cpu, memory: 512 })),
        room,
      ),
    ).toBe(want);
  });
});

describe('managed scaling steps', () => {
  const steps = { minimumScalingStepSize: 1, maximumScalingStepSize: 10000 };
  it.each([
    { name: 'from no instances: two first', current: 0, wanted: 5, scaling: steps, want: 2 },
    { name: 'from no instances, one needed: still two', current: 0, wanted: 1, scaling: steps, want: 2 },
    { name: 'the estimate when within the steps', current: 2, wanted: 5, scaling: steps, want: 5 },
    {
      name: 'at least the minimum step',
      current: 2,
      wanted: 3,
      scaling: { ...steps, minimumScalingStepSize: 3 },
      want: 5,
    },
    {
      name: 'at most the maximum step',
      current: 2,
      wanted: 9,
      scaling: { ...steps, maximumScalingStepSize: 2 },
      want: 4,
    },
    { name: 'nothing when enough', current: 4, wanted: 3, scaling: steps, want: 4 },
  ])('$name', ({ current, wanted, scaling, want }) => {
    expect(scaleOutTo(current, wanted, scaling)).toBe(want);
  });
});

const desired = (sim: Simulation) => sim.state.autoscaling.groups['asg']!.DesiredCapacity;
const cpr = (sim: Simulation) =>
  Object.values(sim.state.cloudwatch.metrics).find((m) => m.metricName === 'CapacityProviderReservation');
const lastCpr = (sim: Simulation) => cpr(sim)?.chunks.at(-1)?.at(-1);

describe('managed scaling of an Auto Scaling group provider', () => {
  it('owns a high alarm (1 of 1 above target) and a low alarm (15 of 15 below)', () => {
    const sim = withProvider(groupWorld(), { managedScaling: { targetCapacity: 90 } });
    const alarms = Object.values(sim.state.cloudwatch.alarms);
    expect(
      alarms.map((a) => [
        a.MetricName,
        a.ComparisonOperator,
        a.Threshold,
        a.EvaluationPeriods,
        a.DatapointsToAlarm,
      ]),
    ).toEqual([
      ['CapacityProviderReservation', 'GreaterThanThreshold', 90, 1, 1],
      ['CapacityProviderReservation', 'LessThanThreshold', 90, 15, 15],
    ]);
    expect(alarms[0]!.Dimensions).toEqual([
      { Name: 'CapacityProviderName', Value: 'cp' },
      { Name: 'ClusterName', Value: 'web' },
    ]);
  });

  it('scales out from zero for PROVISIONING tasks, places them, and scales back in once they are gone', () => {
    const sim = withProvider(groupWorld(), { managedScaling: { status: 'ENABLED' } });
    const out = sim.call('ecs', 'RunTask', { cluster: 'web', taskDefinition: 'job', count: 3 });
    expect(out.tasks.map((t) => t.lastStatus)).toEqual(['PROVISIONING', 'PROVISIONING', 'PROVISIONING']);
    sim.advance(60);
    expect(lastCpr(sim)?.max).toBe(200);
    expect(desired(sim)).toBe(2);
    sim.advance(300);
    // t3.medium: 2 vCPU, so two 1-vCPU tasks per instance: 3 tasks fit on the 2 instances
    expect(tasksOf(sim).map((t) => t.lastStatus)).toEqual(['RUNNING', 'RUNNING', 'RUNNING']);
    expect(lastCpr(sim)?.max).toBe(100);
    for (const t of out.tasks) sim.call('ecs', 'StopTask', { cluster: 'web', task: t.taskArn });
    sim.advance(60 * 10);
    // both instances are empty: M = 0 of N = 2, but the low alarm needs 15 minutes of it
    expect(lastCpr(sim)?.max).toBe(0);
    expect(desired(sim)).toBe(2);
    sim.advance(60 * 8);
    expect(desired(sim)).toBe(0);
  });

  it('counts instances that run only daemon tasks as empty', () => {
    const sim = withProvider(groupWorld({ desired: 2 }), { managedScaling: { status: 'ENABLED' } });
    sim.advance(180);
    sim.call('ecs', 'CreateService', {
      cluster: 'web',
      serviceName: 'agent',
      taskDefinition: 'job',
      schedulingStrategy: 'DAEMON',
      launchType: 'EC2',
    });
    sim.advance(120);
    expect(tasksOf(sim).filter((t) => t.lastStatus === 'RUNNING')).toHaveLength(2);
    expect(lastCpr(sim)?.max).toBe(0);
  });

  it('waits out the warm-up before scaling out again', () => {
    const sim = withProvider(groupWorld(), {
      managedScaling: { status: 'ENABLED', instanceWarmupPeriod: 600 },
    });
    sim.call('ecs', 'RunTask', { cluster: 'web', taskDefinition: 'job', count: 10 });
    sim.advance(60);
    expect(desired(sim)).toBe(2);
    sim.advance(300);
    // 6 tasks still wait (CPR above 100), but the instances are still warming up
    expect(desired(sim)).toBe(2);
    sim.advance(360);
    expect(desired(sim)).toBe(5);
  });

  it('never goes past the group maximum', () => {
    const sim = withProvider(groupWorld({ max: 1 }), { managedScaling: { status: 'ENABLED' } });
    sim.call('ecs', 'RunTask', { cluster: 'web', taskDefinition: 'job', count: 4 });
    sim.advance(120);
    expect(desired(sim)).toBe(1);
    expect(sim.state.autoscaling.groups['asg']!.MaxSize).toBe(1);
  });
});

describe('managed termination protection', () => {
  it('protects instances running tasks and unprotects them once they are empty', () => {
    const sim = withProvider(groupWorld({ protect: true }), {
      managedScaling: { status: 'ENABLED', instanceWarmupPeriod: 60 },
      managedTerminationProtection: 'ENABLED',
    });
    const out = sim.call('ecs', 'RunTask', { cluster: 'web', taskDefinition: 'job', count: 2 });
    sim.advance(420);
    const protectedIds = () =>
      sim.state.autoscaling.groups['asg']!.Instances.filter((i) => i.ProtectedFromScaleIn).map(
        (i) => i.InstanceId,
      );
    const busy = new Set(
      tasksOf(sim).map((t) => sim.state.ecs.containerInstances[t.containerInstanceArn!]!.ec2InstanceId),
    );
    expect(new Set(protectedIds())).toEqual(busy);
    for (const t of out.tasks) sim.call('ecs', 'StopTask', { cluster: 'web', task: t.taskArn });
    sim.advance(120);
    expect(protectedIds()).toEqual([]);
  });
});
