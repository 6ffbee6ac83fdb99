import { describe, expect, it } from 'vitest';
import { createSimulation, notSimulatedMembers } from '../../../src/engine';
import { expectRejected } from '../../builders/account';
import { activities, groupOf, groupWorld, liveIds } from './world';

describe('ec2 CreateLaunchTemplate', () => {
  it('creates version 1 as both default and latest', () => {
    const sim = createSimulation({ seed: 3 });
    const out = sim.call('ec2', 'CreateLaunchTemplate', {
      LaunchTemplateName: 'web-nodes',
      VersionDescription: 'first',
      LaunchTemplateData: { ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro' },
      TagSpecifications: [{ ResourceType: 'launch-template', Tags: [{ Key: 'team', Value: 'web' }] }],
    });
    expect(out.LaunchTemplate).toEqual({
      LaunchTemplateId: expect.stringMatching(/^lt-[0-9a-f]{17}$/),
      LaunchTemplateName: 'web-nodes',
      CreateTime: '2026-01-01T00:00:00Z',
      CreatedBy: 'arn:aws:iam::123456789012:root',
      DefaultVersionNumber: 1,
      LatestVersionNumber: 1,
      Tags: [{ Key: 'team', Value: 'web' }],
    });
  });

  it('refuses a name in use with InvalidLaunchTemplateName.AlreadyExistsException', () => {
    const sim = groupWorld({ group: false });
    expectRejected(
      sim,
      () =>
        sim.call('ec2', 'CreateLaunchTemplate', { LaunchTemplateName: 'ecs-node', LaunchTemplateData: {} }),
      'InvalidLaunchTemplateName.AlreadyExistsException',
      /ecs-node/,
    );
  });

  it('refuses a malformed name', () => {
    const sim = createSimulation();
    expect(() =>
      sim.call('ec2', 'CreateLaunchTemplate', { LaunchTemplateName: 'a b', LaunchTemplateData: {} }),
    ).toThrow(expect.objectContaining({ name: 'InvalidParameterValue' }));
  });

  it('accepts the members it does not act on, and says so', () => {
    const input = {
      LaunchTemplateName: 'x-1',
      LaunchTemplateData: { KeyName: 'mine', MetadataOptions: { HttpTokens: 'required' } },
    };
    expect(notSimulatedMembers('ec2', 'CreateLaunchTemplate', input)).toEqual([
      'LaunchTemplateData.KeyName',
      'LaunchTemplateData.MetadataOptions',
    ]);
    expect(
      createSimulation().call('ec2', 'CreateLaunchTemplate', input).LaunchTemplate.LaunchTemplateName,
    ).toBe('x-1');
  });
});

describe('ec2 DescribeLaunchTemplates and DeleteLaunchTemplate', () => {
  it.each([
    [{ LaunchTemplateNames: ['nope'] }, 'InvalidLaunchTemplateName.NotFoundException'],
    [{ LaunchTemplateIds: ['lt-0123456789abcdef0'] }, 'InvalidLaunchTemplateId.NotFound'],
    [{ LaunchTemplateIds: ['lt-1'] }, 'InvalidLaunchTemplateId.Malformed'],
  ])('refuses %j with %s', (input, error) => {
    const sim = groupWorld({ group: false });
    expectRejected(sim, () => sim.call('ec2', 'DescribeLaunchTemplates', input), error);
  });

  it('lists templates by name and filter', () => {
    const sim = groupWorld({ group: false });
    sim.call('ec2', 'CreateLaunchTemplate', { LaunchTemplateName: 'other', LaunchTemplateData: {} });
    expect(sim.call('ec2', 'DescribeLaunchTemplates', {}).LaunchTemplates).toHaveLength(2);
    const byFilter = sim.call('ec2', 'DescribeLaunchTemplates', {
      Filters: [{ Name: 'launch-template-name', Values: ['ecs-*'] }],
    }).LaunchTemplates;
    expect(byFilter.map((t) => t.LaunchTemplateName)).toEqual(['ecs-node']);
  });

  it('deletes a template; a group using it then fails to launch and says why', () => {
    const sim = groupWorld({ group: { DesiredCapacity: 1 } });
    sim.advance(60);
    sim.call('ec2', 'DeleteLaunchTemplate', { LaunchTemplateName: 'ecs-node' });
    sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 2 });
    sim.advance(1);
    expect(liveIds(sim)).toHaveLength(1);
    const failed = activities(sim)[0]!;
    expect(failed.StatusCode).toBe('Failed');
    expect(failed.StatusMessage).toMatch(/was deleted/);
  });
});

describe('ec2 CreateLaunchTemplateVersion', () => {
  it('adds a version from a source version; a group on $Latest launches from it, and scale-in removes older versions first', () => {
    const sim = groupWorld({
      group: { DesiredCapacity: 1, AvailabilityZones: ['us-east-1a'], VPCZoneIdentifier: undefined },
    });
    sim.advance(100);
    const [old] = liveIds(sim);
    const out = sim.call('ec2', 'CreateLaunchTemplateVersion', {
      LaunchTemplateName: 'ecs-node',
      SourceVersion: '1',
      LaunchTemplateData: { InstanceType: 'm5.large' },
    });
    expect(out.LaunchTemplateVersion).toMatchObject({ VersionNumber: 2, DefaultVersion: false });
    expect(out.LaunchTemplateVersion.LaunchTemplateData.ImageId).toBeDefined();
    sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 2 });
    sim.advance(100);
    const fresh = groupOf(sim).Instances.find((i) => i.InstanceId !== old)!;
    expect(fresh.LaunchTemplate.Version).toBe('2');
    expect(fresh.InstanceType).toBe('m5.large');
    sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 1 });
    sim.advance(1);
    expect(liveIds(sim)).toEqual([fresh.InstanceId]);
  });
});

describe('Spot Instances from a launch template', () => {
  it('launches Spot Instances when the template asks for them, and replaces one EC2 reclaims', () => {
    const sim = groupWorld({ group: false });
    sim.call('ec2', 'CreateLaunchTemplateVersion', {
      LaunchTemplateName: 'ecs-node',
      SourceVersion: '1',
      LaunchTemplateData: { InstanceMarketOptions: { MarketType: 'spot' } },
    });
    sim.callByName('autoscaling', 'CreateAutoScalingGroup', {
      AutoScalingGroupName: 'asg',
      LaunchTemplate: { LaunchTemplateName: 'ecs-node', Version: '2' },
      MinSize: 2,
      MaxSize: 2,
      AvailabilityZones: ['us-east-1a', 'us-east-1b'],
    });
    sim.advance(150);
    const [first] = liveIds(sim);
    expect(sim.state.ec2.instances[first!]!.InstanceLifecycle).toBe('spot');
    sim.callByName('sim', 'InterruptSpot', { instanceId: first! });
    sim.advance(240);
    expect(liveIds(sim)).toHaveLength(2);
    expect(liveIds(sim)).not.toContain(first);
  });
});

describe('ec2 DescribeLaunchTemplateVersions and ModifyLaunchTemplate', () => {
  it('lists versions newest first, and a group on $Default follows the default version', () => {
    const sim = groupWorld({
      group: { DesiredCapacity: 0, LaunchTemplate: { LaunchTemplateName: 'ecs-node' } },
    });
    sim.call('ec2', 'CreateLaunchTemplateVersion', {
      LaunchTemplateName: 'ecs-node',
      SourceVersion: '$Latest',
      LaunchTemplateData: { InstanceType: 'm5.large' },
    });
    const versions = sim.call('ec2', 'DescribeLaunchTemplateVersions', { LaunchTemplateName: 'ecs-node' });
    expect(versions.LaunchTemplateVersions.map((v) => [v.VersionNumber, v.DefaultVersion])).toEqual([
      [2, false],
      [1, true],
    ]);
    expect(versions.LaunchTemplateVersions[0]!.LaunchTemplateData.InstanceType).toBe('m5.large');
    const out = sim.call('ec2', 'ModifyLaunchTemplate', {
      LaunchTemplateName: 'ecs-node',
      DefaultVersion: '2',
    });
    expect(out.LaunchTemplate.DefaultVersionNumber).toBe(2);
    sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 1 });
    sim.advance(1);
    expect(groupOf(sim).Instances[0]!.InstanceType).toBe('m5.large');
    expectRejected(
      sim,
      () => sim.call('ec2', 'ModifyLaunchTemplate', { LaunchTemplateName: 'ecs-node', DefaultVersion: '9' }),
      'InvalidLaunchTemplateId.VersionNotFound',
    );
  });
});
