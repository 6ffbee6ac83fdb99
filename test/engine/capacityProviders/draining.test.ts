import { describe, expect, it } from 'vitest';
import { groupWorld, tasksOf, withProvider } from './world';

describe('managed draining', () => {
  it('drains an instance the group terminates: its service task moves before the instance goes', () => {
    const sim = withProvider(groupWorld({ desired: 2 }));
    sim.advance(180);
    sim.call('ecs', 'CreateService', {
      cluster: 'web',
      serviceName: 'jobs',
      taskDefinition: 'job',
      desiredCount: 2,
    });
    sim.advance(120);
    const running = tasksOf(sim).filter((t) => t.lastStatus === 'RUNNING');
    expect(running).toHaveLength(2);
    expect(new Set(running.map((t) => t.containerInstanceArn)).size).toBe(2);

    sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 1 });
    sim.advance(1);
    const draining = Object.values(sim.state.ecs.containerInstances).find((ci) => ci.status === 'DRAINING');
    expect(draining).toBeDefined();
    expect(sim.state.ec2.instances[draining!.ec2InstanceId]!.State).toBe('running');

    sim.advance(600);
    expect(sim.state.ec2.instances[draining!.ec2InstanceId]!.State).toBe('terminated');
    const live = tasksOf(sim).filter((t) => t.desiredStatus === 'RUNNING');
    expect(live.map((t) => t.lastStatus)).toEqual(['RUNNING', 'RUNNING']);
    expect(live.every((t) => t.containerInstanceArn !== draining!.containerInstanceArn)).toBe(true);
    const moved = tasksOf(sim).find((t) => t.containerInstanceArn === draining!.containerInstanceArn);
    expect(moved === undefined || (moved.lastStatus === 'STOPPED' && moved.stoppedReason !== undefined)).toBe(
      true,
    );
  });
});
