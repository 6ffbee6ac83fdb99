import { describe, expect, it } from 'vitest';
import { expectRejected } from '../../builders/account';
import { PROVISIONING_TIMEOUT } from '../../../src/engine/capacityProviders/provisioning';
import { groupWorld, tasksOf, withProvider } from './world';

/** A provider whose managed scaling is on but cannot help (its group cannot grow): tasks only wait. */
const stuckWorld = () => withProvider(groupWorld({ max: 0 }), { managedScaling: { status: 'ENABLED' } });

describe('tasks waiting in PROVISIONING for an Auto Scaling group provider', () => {
  it('waits in PROVISIONING when the provider has no room, and is placed when an instance registers', () => {
    const sim = withProvider(groupWorld(), { managedScaling: { status: 'ENABLED' } });
    const out = sim.call('ecs', 'RunTask', { cluster: 'web', taskDefinition: 'job' });
    expect(out.failures).toEqual([]);
    const task = out.tasks[0]!;
    expect([task.lastStatus, task.desiredStatus, task.launchType, task.capacityProviderName]).toEqual([
      'PROVISIONING',
      'RUNNING',
      'EC2',
      'cp',
    ]);
    expect(task.containerInstanceArn).toBeUndefined();
    sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 1 });
    sim.advance(240);
    const now = sim.call('ecs', 'DescribeTasks', { cluster: 'web', tasks: [task.taskArn] }).tasks[0]!;
    expect(now.lastStatus).toBe('RUNNING');
    expect(now.containerInstanceArn).toBeDefined();
    expect(now.createdAt).toBe(task.createdAt);
  });

  it('fails at once when the provider has no managed scaling', () => {
    const sim = withProvider(groupWorld());
    const out = sim.call('ecs', 'RunTask', { cluster: 'web', taskDefinition: 'job' });
    expect(out.tasks).toEqual([]);
    expect(out.failures).toEqual([
      {
        arn: 'arn:aws:ecs:us-east-1:123456789012:capacity-provider/cp',
        reason: 'No Container Instances were found in your capacity provider.',
      },
    ]);
  });

  it('stops a task that waited too long, with a stop code and reason', () => {
    const sim = stuckWorld();
    const arn = sim.call('ecs', 'RunTask', { cluster: 'web', taskDefinition: 'job' }).tasks[0]!.taskArn;
    sim.advance(PROVISIONING_TIMEOUT - 120);
    expect(sim.state.ecs.tasks[arn]!.lastStatus).toBe('PROVISIONING');
    sim.advance(180);
    const task = sim.state.ecs.tasks[arn]!;
    expect([task.lastStatus, task.stopCode, task.stoppedReason]).toEqual([
      'STOPPED',
      'TaskFailedToStart',
      'EMPTY CAPACITY PROVIDER',
    ]);
  });

  it('stops a waiting task at once when asked (StopTask)', () => {
    const sim = stuckWorld();
    const arn = sim.call('ecs', 'RunTask', { cluster: 'web', taskDefinition: 'job' }).tasks[0]!.taskArn;
    const out = sim.call('ecs', 'StopTask', { cluster: 'web', task: arn, reason: 'no longer needed' });
    expect([out.task.lastStatus, out.task.desiredStatus, out.task.stoppedReason]).toEqual([
      'STOPPED',
      'STOPPED',
      'no longer needed',
    ]);
  });

  it('refuses more than 300 PROVISIONING tasks in a cluster with ClientException', () => {
    const sim = stuckWorld();
    for (let i = 0; i < 30; i++)
      sim.call('ecs', 'RunTask', { cluster: 'web', taskDefinition: 'job', count: 10 });
    expect(tasksOf(sim).filter((t) => t.lastStatus === 'PROVISIONING')).toHaveLength(300);
    expectRejected(
      sim,
      () => sim.call('ecs', 'RunTask', { cluster: 'web', taskDefinition: 'job' }),
      'ClientException',
      /quota of 300/,
    );
  });

  it("keeps a service's tasks waiting instead of logging that it could not place them", () => {
    const sim = stuckWorld();
    sim.call('ecs', 'CreateService', {
      cluster: 'web',
      serviceName: 'jobs',
      taskDefinition: 'job',
      desiredCount: 2,
    });
    sim.advance(60);
    expect(tasksOf(sim).map((t) => t.lastStatus)).toEqual(['PROVISIONING', 'PROVISIONING']);
    const service = sim.call('ecs', 'DescribeServices', { cluster: 'web', services: ['jobs'] }).services[0]!;
    expect(service.events.some((e) => e.message.includes('unable to place a task'))).toBe(false);
    expect(service.pendingCount).toBe(2);
  });
});
