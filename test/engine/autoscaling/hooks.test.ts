import { afterEach, describe, expect, it } from 'vitest';
import { onGroupTermination, type TerminationDecision } from '../../../src/engine/autoscaling';
import { groupOf, groupWorld, liveIds } from './world';

/** One handler for the whole file (handlers cannot be unregistered); each test sets what it answers. */
let answer: TerminationDecision = 'proceed';
const asked: string[] = [];
onGroupTermination((_ctx, _group, instanceId) => {
  asked.push(instanceId);
  return answer;
});

afterEach(() => {
  answer = 'proceed';
  asked.length = 0;
});

describe('the termination hook seam (onGroupTermination)', () => {
  it('holds an instance in Terminating:Wait while a handler waits, and terminates it once all proceed', () => {
    const sim = groupWorld({ group: { DesiredCapacity: 2 } });
    sim.advance(100);
    answer = 'wait';
    sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 1 });
    sim.advance(1);
    const held = groupOf(sim).Instances.find((i) => i.LifecycleState === 'Terminating:Wait')!;
    expect(held).toBeDefined();
    expect(asked).toEqual([held.InstanceId]);
    sim.advance(120);
    expect(sim.state.ec2.instances[held.InstanceId]!.State).toBe('running');
    expect(asked.length).toBeGreaterThan(1);
    answer = 'proceed';
    sim.advance(90);
    expect(sim.state.ec2.instances[held.InstanceId]!.State).toBe('terminated');
    expect(groupOf(sim).Instances.map((i) => i.InstanceId)).toEqual(liveIds(sim));
  });

  it('lets a held instance go after the hook timeout', () => {
    const sim = groupWorld({ group: { DesiredCapacity: 1 } });
    sim.advance(100);
    answer = 'wait';
    sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 0 });
    sim.advance(3700);
    expect(groupOf(sim).Instances).toEqual([]);
  });

  it('keeps one pending recheck per held instance however often the group reconciles', () => {
    const sim = groupWorld({ group: { DesiredCapacity: 3, MaxSize: 6 } });
    sim.advance(100);
    answer = 'wait';
    sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 1 });
    sim.advance(1);
    expect(groupOf(sim).Instances.filter((i) => i.LifecycleState === 'Terminating:Wait')).toHaveLength(2);
    // more reasons to reconcile: desired moves up and down while both stay held
    for (const desired of [2, 1, 3, 1]) {
      sim.call('autoscaling', 'SetDesiredCapacity', {
        AutoScalingGroupName: 'asg',
        DesiredCapacity: desired,
      });
      sim.advance(45);
    }
    const pending = () => sim.state.timers.filter((t) => t.kind === 'autoscaling.reconcile').length;
    const counts: number[] = [];
    for (let i = 0; i < 20; i++) {
      sim.advance(60);
      counts.push(pending());
    }
    // the held instances: one recheck each and at most a few one-off wakes, never a growing pile
    expect(Math.max(...counts)).toBeLessThanOrEqual(6);
    expect(counts.at(-1)).toBeLessThanOrEqual(counts[0]!);
  });
});
