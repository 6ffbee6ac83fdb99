import { describe, expect, it } from 'vitest';
import { isAwsError, narrate, type SimState } from '../../../src/engine';
import { expectRejected } from '../../builders/account';
import { activities, allSubnets, countBy, groupOf, groupWorld, liveIds } from './world';

const instance = (sim: ReturnType<typeof groupWorld>, id: string) => sim.state.ec2.instances[id]!;

describe('autoscaling CreateAutoScalingGroup', () => {
  it('launches to the desired capacity, one instance per zone, from the launch template', () => {
    const sim = groupWorld();
    sim.advance(1);
    const group = groupOf(sim);
    expect(group.DesiredCapacity).toBe(3);
    expect(countBy(group.Instances.map((i) => i.AvailabilityZone))).toEqual({
      'us-east-1a': 1,
      'us-east-1b': 1,
      'us-east-1c': 1,
    });
    for (const i of group.Instances) {
      const ec2 = instance(sim, i.InstanceId);
      expect(ec2.InstanceType).toBe('t3.medium');
      expect(ec2.IamInstanceProfile).toBe('ecsInstanceRole');
      expect(ec2.Tags).toEqual(
        expect.arrayContaining([
          { Key: 'Name', Value: 'ecs-node' },
          { Key: 'aws:autoscaling:groupName', Value: 'asg' },
        ]),
      );
      expect(i.LifecycleState).toBe('Pending');
      expect(i.LaunchTemplate.Version).toBe('1');
    }
  });

  it("registers the group's instances to the cluster its launch template's user data names", () => {
    const sim = groupWorld();
    sim.advance(150);
    const group = groupOf(sim);
    expect(group.Instances.map((i) => i.LifecycleState)).toEqual(['InService', 'InService', 'InService']);
    const cis = sim.call('ecs', 'DescribeContainerInstances', {
      cluster: 'web',
      containerInstances: sim.call('ecs', 'ListContainerInstances', { cluster: 'web' }).containerInstanceArns,
    }).containerInstances;
    expect(cis.map((ci) => ci.ec2InstanceId).sort()).toEqual(group.Instances.map((i) => i.InstanceId).sort());
  });

  it('defaults DesiredCapacity to MinSize and records AWS-style launch activities', () => {
    const sim = groupWorld({ group: { MinSize: 2, DesiredCapacity: undefined } });
    sim.advance(30);
    expect(groupOf(sim).DesiredCapacity).toBe(2);
    const launches = activities(sim);
    expect(launches).toHaveLength(2);
    for (const a of launches) {
      expect(a.Description).toMatch(/^Launching a new EC2 instance: i-[0-9a-f]{17}$/);
      expect(a.Cause).toBe(
        'At 2026-01-01T00:00:00Z a user request created an AutoScalingGroup changing the desired capacity from 0 to 2.  ' +
          'At 2026-01-01T00:00:00Z an instance was started in response to a difference between desired and actual capacity, increasing the capacity from 0 to 2.',
      );
      expect(a.StatusCode).toBe('Successful');
    }
  });

  it('propagates only the tags marked PropagateAtLaunch', () => {
    const sim = groupWorld({
      group: {
        DesiredCapacity: 1,
        Tags: [
          { Key: 'team', Value: 'web', PropagateAtLaunch: true },
          { Key: 'cost', Value: 'x', PropagateAtLaunch: false },
        ],
      },
    });
    sim.advance(1);
    const tags = instance(sim, liveIds(sim)[0]!).Tags.map((t) => t.Key);
    expect(tags).toContain('team');
    expect(tags).not.toContain('cost');
  });

  it.each([
    ['a name in use', { AutoScalingGroupName: 'asg' }, 'AlreadyExists', /already exists/],
    [
      'MinSize above MaxSize',
      { AutoScalingGroupName: 'b', MinSize: 3, MaxSize: 2, DesiredCapacity: 2 },
      'ValidationError',
      /MinSize \(3\)/,
    ],
    [
      'DesiredCapacity above MaxSize',
      { AutoScalingGroupName: 'b', DesiredCapacity: 11 },
      'ValidationError',
      /Desired capacity:11 must be between the specified min size:0 and max size:10/,
    ],
    [
      'no subnets or zones',
      { AutoScalingGroupName: 'b', VPCZoneIdentifier: undefined },
      'ValidationError',
      /At least one Availability Zone/,
    ],
    [
      'an unknown subnet',
      { AutoScalingGroupName: 'b', VPCZoneIdentifier: 'subnet-0123' },
      'ValidationError',
      /subnet-0123/,
    ],
    [
      'an unknown launch template',
      { AutoScalingGroupName: 'b', LaunchTemplate: { LaunchTemplateName: 'nope' } },
      'ValidationError',
      /nope/,
    ],
    [
      'a version the template lacks',
      { AutoScalingGroupName: 'b', LaunchTemplate: { LaunchTemplateName: 'ecs-node', Version: '7' } },
      'ValidationError',
      /no version '7'/,
    ],
    [
      'no launch template',
      { AutoScalingGroupName: 'b', LaunchTemplate: undefined },
      'ValidationError',
      /LaunchTemplate is required/,
    ],
  ])('refuses %s and changes nothing', (_name, override, error, message) => {
    const sim = groupWorld();
    // every case names the group
    const input = {
      LaunchTemplate: { LaunchTemplateName: 'ecs-node' },
      MinSize: 0,
      MaxSize: 10,
      DesiredCapacity: 1,
      VPCZoneIdentifier: allSubnets(sim),
      ...override,
    };
    expectRejected(sim, () => sim.callByName('autoscaling', 'CreateAutoScalingGroup', input), error, message);
  });

  it('refuses a launch template version without an ImageId', () => {
    const sim = groupWorld({ group: false });
    sim.call('ec2', 'CreateLaunchTemplate', {
      LaunchTemplateName: 'bare',
      LaunchTemplateData: { InstanceType: 't3.micro' },
    });
    expectRejected(
      sim,
      () =>
        sim.call('autoscaling', 'CreateAutoScalingGroup', {
          AutoScalingGroupName: 'b',
          LaunchTemplate: { LaunchTemplateName: 'bare' },
          MinSize: 1,
          MaxSize: 1,
          AvailabilityZones: ['us-east-1a'],
        }),
      'ValidationError',
      /has no ImageId/,
    );
  });
});

describe('autoscaling SetDesiredCapacity and UpdateAutoScalingGroup', () => {
  it.each([
    [11, /^New SetDesiredCapacity value 11 is above max value 10 for the AutoScalingGroup\.$/],
    [0, /^New SetDesiredCapacity value 0 is below min value 1 for the AutoScalingGroup\.$/],
  ])('refuses %i outside [MinSize, MaxSize] with ValidationError', (n, message) => {
    const sim = groupWorld({ group: { MinSize: 1 } });
    expectRejected(
      sim,
      () =>
        sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: n }),
      'ValidationError',
      message,
    );
  });

  it('refuses a group that does not exist', () => {
    const sim = groupWorld();
    expectRejected(
      sim,
      () =>
        sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'nope', DesiredCapacity: 1 }),
      'ValidationError',
      /nope/,
    );
  });

  it('scales out to a new desired capacity, balancing zones, with the user request as the cause', () => {
    const sim = groupWorld();
    sim.advance(300);
    sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 6 });
    sim.advance(1);
    const group = groupOf(sim);
    expect(countBy(group.Instances.map((i) => i.AvailabilityZone))).toEqual({
      'us-east-1a': 2,
      'us-east-1b': 2,
      'us-east-1c': 2,
    });
    expect(activities(sim)[0]!.Cause).toMatch(
      /^At 2026-01-01T00:05:00Z a user request explicitly set group desired capacity changing the desired capacity from 3 to 6\. {2}At 2026-01-01T00:05:00Z an instance was started in response to a difference between desired and actual capacity, increasing the capacity from 3 to 6\.$/,
    );
  });

  it('moves the desired capacity into new bounds when UpdateAutoScalingGroup gives none', () => {
    const sim = groupWorld();
    sim.advance(300);
    sim.call('autoscaling', 'UpdateAutoScalingGroup', {
      AutoScalingGroupName: 'asg',
      MinSize: 1,
      MaxSize: 2,
    });
    expect(groupOf(sim).DesiredCapacity).toBe(2);
    sim.advance(1);
    expect(activities(sim)[0]!.Cause).toMatch(
      /^At 2026-01-01T00:05:00Z a user request update of AutoScalingGroup constraints to min: 1, max: 2, desired: 2 changing the desired capacity from 3 to 2\. {2}At 2026-01-01T00:05:00Z an instance was taken out of service in response to a difference between desired and actual capacity, shrinking the capacity from 3 to 2\. {2}At 2026-01-01T00:05:00Z instance i-[0-9a-f]{17} was selected for termination\.$/,
    );
    sim.call('autoscaling', 'UpdateAutoScalingGroup', {
      AutoScalingGroupName: 'asg',
      MinSize: 5,
      MaxSize: 8,
    });
    expect(groupOf(sim).DesiredCapacity).toBe(5);
    expectRejected(
      sim,
      () =>
        sim.call('autoscaling', 'UpdateAutoScalingGroup', {
          AutoScalingGroupName: 'asg',
          DesiredCapacity: 9,
        }),
      'ValidationError',
      /Desired capacity:9/,
    );
  });
});

describe('scale-in', () => {
  it('keeps the zones balanced when it shrinks', () => {
    const sim = groupWorld({ group: { DesiredCapacity: 6 } });
    sim.advance(300);
    sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 3 });
    sim.advance(1);
    const live = groupOf(sim).Instances.filter((i) => !i.LifecycleState.startsWith('Terminating'));
    expect(countBy(live.map((i) => i.AvailabilityZone))).toEqual({
      'us-east-1a': 1,
      'us-east-1b': 1,
      'us-east-1c': 1,
    });
    sim.advance(60);
    expect(groupOf(sim).Instances).toHaveLength(3);
  });

  it('never terminates an instance protected from scale-in, and goes ahead once protection is lifted', () => {
    const sim = groupWorld({ group: { NewInstancesProtectedFromScaleIn: true } });
    sim.advance(300);
    const ids = liveIds(sim);
    sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 0 });
    sim.advance(600);
    expect(liveIds(sim).sort()).toEqual([...ids].sort());
    expect(ids.every((id) => instance(sim, id).State === 'running')).toBe(true);
    sim.call('autoscaling', 'SetInstanceProtection', {
      AutoScalingGroupName: 'asg',
      InstanceIds: [ids[0]!],
      ProtectedFromScaleIn: false,
    });
    sim.advance(60);
    expect(instance(sim, ids[0]!).State).toBe('terminated');
    expect(liveIds(sim).sort()).toEqual(ids.slice(1).sort());
  });

  it('follows OldestInstance and NewestInstance', () => {
    for (const [policy, pickOldest] of [
      ['OldestInstance', true],
      ['NewestInstance', false],
    ] as const) {
      const sim = groupWorld({
        group: {
          DesiredCapacity: 1,
          AvailabilityZones: ['us-east-1a'],
          VPCZoneIdentifier: undefined,
          TerminationPolicies: [policy],
        },
      });
      sim.advance(100);
      const first = liveIds(sim)[0]!;
      sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 2 });
      sim.advance(100);
      const second = liveIds(sim).find((id) => id !== first)!;
      sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 1 });
      sim.advance(1);
      expect(liveIds(sim)).toEqual([pickOldest ? second : first]);
    }
  });

  it('refuses SetInstanceProtection for an instance of another group', () => {
    const sim = groupWorld();
    expectRejected(
      sim,
      () =>
        sim.call('autoscaling', 'SetInstanceProtection', {
          AutoScalingGroupName: 'asg',
          InstanceIds: ['i-0123456789abcdef0'],
          ProtectedFromScaleIn: true,
        }),
      'ValidationError',
      /not part of Auto Scaling group asg/,
    );
  });
});

describe('the group health check', () => {
  it('replaces an instance whose host failed (sim FailInstance), even a protected one', () => {
    const sim = groupWorld({ group: { NewInstancesProtectedFromScaleIn: true } });
    sim.advance(300);
    const [failed] = liveIds(sim);
    sim.call('sim', 'FailInstance', { instanceId: failed! });
    sim.advance(60);
    const ids = liveIds(sim);
    expect(ids).toHaveLength(3);
    expect(ids).not.toContain(failed);
    const texts = activities(sim).map((a) => a.Cause);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /an instance was taken out of service in response to an EC2 health check indicating it has been terminated or stopped\.$/,
        ),
        expect.stringMatching(
          /an instance was launched in response to an unhealthy instance needing to be replaced\.$/,
        ),
      ]),
    );
    const replacement = ids.find((id) => instance(sim, id).LaunchTime > 0)!;
    expect(instance(sim, replacement).AvailabilityZone).toBe(instance(sim, failed!).AvailabilityZone);
    sim.advance(120);
    expect(instance(sim, failed!).State).toBe('terminated');
    expect(groupOf(sim).Instances.map((i) => i.InstanceId)).not.toContain(failed);
  });

  it('replaces an instance terminated outside the group', () => {
    const sim = groupWorld({ group: { DesiredCapacity: 2 } });
    sim.advance(100);
    const [gone] = liveIds(sim);
    sim.call('ec2', 'TerminateInstances', { InstanceIds: [gone!] });
    sim.advance(60);
    expect(liveIds(sim)).toHaveLength(2);
    expect(liveIds(sim)).not.toContain(gone);
  });

  it('launches in the zones that have not failed', () => {
    const sim = groupWorld({ group: { DesiredCapacity: 0 } });
    (sim.state as unknown as SimState).failedZones['us-east-1a'] = 0;
    sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 4 });
    sim.advance(1);
    expect(countBy(groupOf(sim).Instances.map((i) => i.AvailabilityZone))).toEqual({
      'us-east-1b': 2,
      'us-east-1c': 2,
    });
  });
});

describe('autoscaling TerminateInstanceInAutoScalingGroup', () => {
  it('shrinks the group with ShouldDecrementDesiredCapacity, and replaces the instance without it', () => {
    const sim = groupWorld({ group: { MinSize: 1 } });
    sim.advance(100);
    const [a, b] = liveIds(sim);
    const out = sim.call('autoscaling', 'TerminateInstanceInAutoScalingGroup', {
      InstanceId: a!,
      ShouldDecrementDesiredCapacity: true,
    });
    expect(out.Activity.Description).toBe(`Terminating EC2 instance: ${a}`);
    expect(out.Activity.Cause).toBe(
      `At 2026-01-01T00:01:40Z instance ${a} was taken out of service in response to a user request, shrinking the capacity from 3 to 2.`,
    );
    expect(groupOf(sim).DesiredCapacity).toBe(2);
    sim.call('autoscaling', 'TerminateInstanceInAutoScalingGroup', {
      InstanceId: b!,
      ShouldDecrementDesiredCapacity: false,
    });
    sim.advance(60);
    expect(groupOf(sim).DesiredCapacity).toBe(2);
    expect(liveIds(sim)).toHaveLength(2);
    expect(liveIds(sim)).not.toContain(b);
  });

  it('refuses to take the desired capacity below MinSize', () => {
    const sim = groupWorld({ group: { MinSize: 3 } });
    sim.advance(100);
    expectRejected(
      sim,
      () =>
        sim.call('autoscaling', 'TerminateInstanceInAutoScalingGroup', {
          InstanceId: liveIds(sim)[0]!,
          ShouldDecrementDesiredCapacity: true,
        }),
      'ValidationError',
      /below the group's MinSize \(3\)/,
    );
  });
});

describe('autoscaling DeleteAutoScalingGroup', () => {
  it('refuses a group with instances, or with activities in progress, unless ForceDelete', () => {
    const sim = groupWorld();
    sim.advance(1);
    expectRejected(
      sim,
      () => sim.call('autoscaling', 'DeleteAutoScalingGroup', { AutoScalingGroupName: 'asg' }),
      'ScalingActivityInProgress',
    );
    sim.advance(100);
    expectRejected(
      sim,
      () => sim.call('autoscaling', 'DeleteAutoScalingGroup', { AutoScalingGroupName: 'asg' }),
      'ResourceInUse',
      /still has 3 instance/,
    );
    const ids = liveIds(sim);
    sim.call('autoscaling', 'DeleteAutoScalingGroup', { AutoScalingGroupName: 'asg', ForceDelete: true });
    expect(groupOf(sim).Status).toBe('Delete in progress');
    sim.advance(120);
    expect(sim.call('autoscaling', 'DescribeAutoScalingGroups', {}).AutoScalingGroups).toEqual([]);
    expect(ids.every((id) => instance(sim, id).State === 'terminated')).toBe(true);
  });

  it('deletes an empty group at once', () => {
    const sim = groupWorld({ group: { DesiredCapacity: 0 } });
    sim.advance(1);
    sim.call('autoscaling', 'DeleteAutoScalingGroup', { AutoScalingGroupName: 'asg' });
    expect(sim.state.autoscaling.groups).toEqual({});
  });
});

describe('narration', () => {
  it('says what the group did', () => {
    const sim = groupWorld({ group: { DesiredCapacity: 1 } });
    sim.advance(1);
    const sentences = sim.events
      .filter((e) => e.type.startsWith('AutoScaling'))
      .map((e) => narrate(sim.state as SimState, e));
    expect(sentences).toEqual([
      "Auto Scaling group asg's desired capacity went from 0 to 1.",
      expect.stringMatching(
        /^Auto Scaling group asg launched i-[0-9a-f]{17} in us-east-1a to reach its desired capacity\.$/,
      ),
    ]);
  });

  it('leaves no trace of a rejected call', () => {
    const sim = groupWorld();
    try {
      sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 99 });
    } catch (e) {
      expect(isAwsError(e)).toBe(true);
    }
    expect(groupOf(sim).DesiredCapacity).toBe(3);
  });
});
