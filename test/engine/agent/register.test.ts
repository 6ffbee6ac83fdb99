import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation, type SimState } from '../../../src/engine';
import { actionMatches } from '../../../src/engine/iam/evaluate';
import { trustPolicyFor } from '../../../src/engine/iam/roles';
import type { PolicyStatement } from '../../../src/engine/model/iam';
import { ecsConfigUserData } from '../../../src/course/fixtures';
import { ECS_AMI, PLAIN_AMI, base64 } from '../../builders/account';

interface Launch {
  readonly userData?: string;
  readonly profile?: string | null;
  readonly image?: string;
  readonly type?: string;
}

function launch(
  sim: Simulation,
  { userData, profile = 'ecsInstanceRole', image = ECS_AMI, type = 'm5.large' }: Launch = {},
) {
  const out = sim.call('ec2', 'RunInstances', {
    ImageId: image,
    InstanceType: type,
    MinCount: 1,
    MaxCount: 1,
    ...(profile ? { IamInstanceProfile: { Name: profile } } : {}),
    ...(userData !== undefined ? { UserData: userData } : {}),
  });
  return out.Instances[0]!.InstanceId;
}

const agentOf = (sim: Simulation, id: string) => sim.state.ec2.instances[id]!.agent;
const registrations = (sim: Simulation) => sim.events.filter((e) => e.type === 'ContainerInstanceRegistered');

/** Test setup only: changes the role the default instance profile carries, behind the IAM API's back. */
function setInstanceRole(sim: Simulation, change: Partial<SimState['iam']['roles'][string]>) {
  const roles = (sim.state as unknown as SimState).iam.roles;
  roles.ecsInstanceRole = { ...roles.ecsInstanceRole!, ...change };
}

/** The instance role with only one inline policy holding `statements`. */
const onlyInline = (...statements: PolicyStatement[]) => ({
  attachedPolicyArns: [],
  inlinePolicies: { agent: { Version: '2012-10-17', Statement: statements } },
});

describe('the ECS agent', () => {
  it('registers within 120 s on every seed, after a boot of 30–90 s', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const sim = createSimulation({ seed });
      sim.call('ecs', 'CreateCluster', { clusterName: 'web' });
      const id = launch(sim, { userData: ecsConfigUserData({ ECS_CLUSTER: 'web' }) });
      sim.advance(29);
      expect(agentOf(sim, id).phase).toBe('booting');
      sim.advance(91);
      const agent = agentOf(sim, id);
      expect(agent.phase).toBe('registered');
      const at = registrations(sim)[0]!.at;
      expect(at).toBeGreaterThanOrEqual(30);
      expect(at).toBeLessThanOrEqual(90);
    }
  });

  it('never registers without an instance profile, and says why', () => {
    const sim = createSimulation({ seed: 3 });
    sim.call('ecs', 'CreateCluster', {});
    const id = launch(sim, { profile: null });
    sim.advance(3600);
    const agent = agentOf(sim, id);
    expect(agent).toMatchObject({
      phase: 'no-credentials',
      detail: expect.stringMatching(/no IAM instance profile/),
    });
    expect(registrations(sim)).toHaveLength(0);
    const waiting = sim.events.filter((e) => e.type === 'AgentWaiting');
    expect(waiting).toHaveLength(1);
  });

  it('never registers when the role does not allow the agent calls, naming the missing ones', () => {
    const sim = createSimulation({ seed: 4 });
    sim.call('ecs', 'CreateCluster', {});
    setInstanceRole(
      sim,
      onlyInline({
        Effect: 'Allow',
        Action: ['ecs:DiscoverPollEndpoint', 'ecs:Poll', 'logs:*'],
        Resource: '*',
      }),
    );
    const id = launch(sim);
    sim.advance(600);
    expect(agentOf(sim, id)).toMatchObject({
      phase: 'no-credentials',
      detail: expect.stringMatching(
        /does not allow ecs:RegisterContainerInstance, ecs:StartTelemetrySession/,
      ),
    });
    expect(Object.keys(sim.state.ecs.containerInstances)).toHaveLength(0);
  });

  it('never registers when the role trusts another service than EC2', () => {
    const sim = createSimulation({ seed: 5 });
    sim.call('ecs', 'CreateCluster', {});
    setInstanceRole(sim, { AssumeRolePolicyDocument: trustPolicyFor('ecs-tasks.amazonaws.com') });
    const id = launch(sim);
    sim.advance(300);
    expect(agentOf(sim, id)).toMatchObject({
      phase: 'no-credentials',
      detail: expect.stringMatching(/not ec2\.amazonaws\.com/),
    });
  });

  it('keeps retrying for a cluster that does not exist and registers once it is created', () => {
    const sim = createSimulation({ seed: 6 });
    const id = launch(sim, { userData: ecsConfigUserData({ ECS_CLUSTER: 'later' }) });
    sim.advance(600);
    expect(agentOf(sim, id)).toMatchObject({
      phase: 'waiting-for-cluster',
      detail: expect.stringMatching(/later/),
    });
    expect(sim.events.filter((e) => e.type === 'AgentWaiting')).toHaveLength(1);
    sim.call('ecs', 'CreateCluster', { clusterName: 'later' });
    sim.advance(30);
    expect(agentOf(sim, id).phase).toBe('registered');
    expect(
      sim.call('ecs', 'ListContainerInstances', { cluster: 'later' }).containerInstanceArns,
    ).toHaveLength(1);
  });

  it('creates and joins the default cluster when ECS_CLUSTER is not set', () => {
    const sim = createSimulation({ seed: 7 });
    launch(sim, { userData: base64('#!/bin/bash\nyum install -y htop\n') });
    launch(sim);
    sim.advance(120);
    const created = sim.events.filter((e) => e.type === 'ClusterCreated');
    expect(created).toHaveLength(1);
    expect(sim.call('ecs', 'ListContainerInstances', {}).containerInstanceArns).toHaveLength(2);
  });

  it('waits instead of creating default when ECS_CLUSTER=default is set explicitly, as the real agent does', () => {
    const sim = createSimulation({ seed: 8 });
    const id = launch(sim, { userData: ecsConfigUserData({ ECS_CLUSTER: 'default' }) });
    sim.advance(200);
    expect(agentOf(sim, id).phase).toBe('waiting-for-cluster');
    expect(sim.state.ecs.clusters).toEqual({});
  });

  it('needs ecs:CreateCluster to create the default cluster', () => {
    const sim = createSimulation({ seed: 9 });
    setInstanceRole(
      sim,
      onlyInline({
        Effect: 'Allow',
        Action: [
          'ecs:RegisterContainerInstance',
          'ecs:DiscoverPollEndpoint',
          'ecs:Poll',
          'ecs:StartTelemetrySession',
          'ecs:Submit*',
        ],
        Resource: '*',
      }),
    );
    const id = launch(sim);
    sim.advance(200);
    expect(agentOf(sim, id)).toMatchObject({
      phase: 'no-credentials',
      detail: expect.stringMatching(/ecs:CreateCluster/),
    });
    sim.call('ecs', 'CreateCluster', {});
    sim.advance(30);
    expect(agentOf(sim, id).phase).toBe('registered');
  });

  it('does not start when ECS_INSTANCE_ATTRIBUTES is not valid JSON, and stops retrying', () => {
    const sim = createSimulation({ seed: 10 });
    sim.call('ecs', 'CreateCluster', {});
    const id = launch(sim, {
      userData: base64('#!/bin/bash\necho ECS_INSTANCE_ATTRIBUTES={stack:prod} >> /etc/ecs/ecs.config'),
    });
    sim.advance(200);
    expect(agentOf(sim, id)).toMatchObject({
      phase: 'config-error',
      detail: expect.stringMatching(/ECS_INSTANCE_ATTRIBUTES/),
    });
    expect(sim.state.timers.filter((t) => t.kind === 'agent.register')).toHaveLength(0);
  });

  it('joins default, with a note for the map, when cloud-init ignores user data without a shebang', () => {
    const sim = createSimulation({ seed: 12 });
    sim.call('ecs', 'CreateCluster', { clusterName: 'web' });
    const id = launch(sim, { userData: base64('echo ECS_CLUSTER=web >> /etc/ecs/ecs.config') });
    sim.advance(200);
    const instance = sim.state.ec2.instances[id]!;
    expect(instance.clusterArn).toMatch(/:cluster\/default$/);
    expect(instance.userDataNote).toMatch(/^user data was ignored/);
  });

  it('keeps no note when the user data script ran', () => {
    const sim = createSimulation({ seed: 12 });
    sim.call('ecs', 'CreateCluster', { clusterName: 'web' });
    const id = launch(sim, {
      userData: base64('#!/bin/bash\necho ECS_CLUSTER=web >> /etc/ecs/ecs.config'),
    });
    sim.advance(200);
    const instance = sim.state.ec2.instances[id]!;
    expect(instance.clusterArn).toMatch(/:cluster\/web$/);
    expect(instance.userDataNote).toBeUndefined();
  });

  it('does not run at all on plain Amazon Linux', () => {
    const sim = createSimulation({ seed: 11 });
    sim.call('ecs', 'CreateCluster', {});
    const id = launch(sim, { image: PLAIN_AMI, userData: ecsConfigUserData({ ECS_CLUSTER: 'default' }) });
    sim.advance(600);
    expect(agentOf(sim, id)).toEqual({ phase: 'none' });
    expect(sim.state.ec2.instances[id]!.State).toBe('running');
  });

  it('never registers an instance terminated while it boots', () => {
    const sim = createSimulation({ seed: 12 });
    sim.call('ecs', 'CreateCluster', {});
    const id = launch(sim);
    sim.advance(10);
    sim.call('ec2', 'TerminateInstances', { InstanceIds: [id] });
    sim.advance(300);
    expect(agentOf(sim, id)).toEqual({ phase: 'stopped' });
    expect(registrations(sim)).toHaveLength(0);
  });

  it('gives the same registration times and ids for the same seed', () => {
    const run = () => {
      const sim = createSimulation({ seed: 13 });
      sim.call('ecs', 'CreateCluster', {});
      for (let i = 0; i < 3; i++) launch(sim);
      sim.advance(120);
      return JSON.stringify(sim.state);
    };
    expect(run()).toBe(run());
  });
});

describe('the instance role, evaluated as IAM does', () => {
  const registeredAfter = (sim: Simulation, id: string) => {
    sim.advance(200);
    return agentOf(sim, id);
  };

  it('registers with the policies of the starting account (AmazonEC2ContainerServiceforEC2Role)', () => {
    const sim = createSimulation({ seed: 20 });
    sim.call('ecs', 'CreateCluster', {});
    expect(registeredAfter(sim, launch(sim)).phase).toBe('registered');
  });

  it('is refused by an explicit deny even when the managed policy allows, naming the statement', () => {
    const sim = createSimulation({ seed: 21 });
    sim.call('ecs', 'CreateCluster', {});
    const role = sim.state.iam.roles.ecsInstanceRole!;
    setInstanceRole(sim, {
      inlinePolicies: {
        guard: {
          Statement: [{ Sid: 'NoPolling', Effect: 'Deny', Action: 'ecs:Poll', Resource: '*' }],
        },
      },
      attachedPolicyArns: role.attachedPolicyArns,
    });
    expect(registeredAfter(sim, launch(sim))).toMatchObject({
      phase: 'no-credentials',
      detail: expect.stringMatching(/explicitly denies ecs:Poll \(denied by NoPolling of inline:guard\)/),
    });
  });

  it('honours a policy scoped to the cluster it joins, and refuses another cluster', () => {
    const sim = createSimulation({ seed: 22 });
    sim.call('ecs', 'CreateCluster', { clusterName: 'web' });
    sim.call('ecs', 'CreateCluster', { clusterName: 'batch' });
    setInstanceRole(
      sim,
      onlyInline(
        { Effect: 'Allow', Action: 'ecs:DiscoverPollEndpoint', Resource: '*' },
        {
          Effect: 'Allow',
          NotAction: 'ecs:CreateCluster',
          Resource: 'arn:aws:ecs:us-east-1:123456789012:cluster/web',
        },
      ),
    );
    const web = launch(sim, { userData: ecsConfigUserData({ ECS_CLUSTER: 'web' }) });
    const batch = launch(sim, { userData: ecsConfigUserData({ ECS_CLUSTER: 'batch' }) });
    expect(registeredAfter(sim, web).phase).toBe('registered');
    expect(agentOf(sim, batch)).toMatchObject({
      phase: 'no-credentials',
      detail: expect.stringMatching(/does not allow ecs:RegisterContainerInstance/),
    });
  });

  it('needs a trust policy that lets EC2 assume the role', () => {
    const sim = createSimulation({ seed: 23 });
    sim.call('ecs', 'CreateCluster', {});
    setInstanceRole(sim, {
      AssumeRolePolicyDocument: {
        Statement: [
          { Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com'] }, Action: 'sts:AssumeRole' },
          { Effect: 'Deny', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:*' },
        ],
      },
    });
    expect(registeredAfter(sim, launch(sim)).phase).toBe('no-credentials');
  });
});

describe('instance role permissions', () => {
  it.each([
    [['ecs:RegisterContainerInstance'], 'ecs:RegisterContainerInstance', true],
    [['ecs:Submit*'], 'ecs:SubmitTaskStateChange', true],
    [['ECS:*'], 'ecs:Poll', true],
    [['*'], 'ecs:Poll', true],
    [['ecs:Poll?'], 'ecs:Poll', false],
    [['ecs:Describe*'], 'ecs:Poll', false],
    [['ecs:Poll.'], 'ecs:PollX', false],
  ])('%j allows %s: %s', (list, action, expected) => {
    expect(list.some((p) => actionMatches(p, action))).toBe(expected);
  });
});
