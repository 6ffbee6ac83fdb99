import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/engine';
import { buildClusterMap, type ClusterMapModel, type GroupBy } from '../../../src/viz/clusterMap/model';
import { taskPhase } from '../../../src/viz/clusterMap/tasks';
import { ciArnFor, syntheticState, taskArnFor } from '../../../bench/synthetic';
import { I, MIXED_FLEET, MIXED_TASKS, mixedCluster, tid } from '../fixtures';

const build = (groupBy: GroupBy = 'availabilityZone', more = {}) =>
  buildClusterMap(mixedCluster(), { groupBy, ...more });
const bands = (m: ClusterMapModel) =>
  m.groups.map((g) => [
    g.label,
    g.instances.map((i) => i.key),
    g.lanes.map((l) => `${l.label}:${l.tasks.length}`),
  ]);
const instance = (m: ClusterMapModel, key: string) =>
  m.groups.flatMap((g) => g.instances).find((i) => i.key === key)!;
const allTasks = (m: ClusterMapModel) =>
  m.groups.flatMap((g) => [...g.instances.flatMap((i) => i.tasks), ...g.lanes.flatMap((l) => l.tasks)]);

describe('buildClusterMap', () => {
  it('groups instances by availability zone in launch order, with a Fargate lane inside each AZ band', () => {
    expect(bands(build())).toEqual([
      ['us-east-1a', [I.a1, I.a2], []],
      ['us-east-1b', [I.b1, I.b2], ['Fargate:1']],
      ['us-east-1c', [I.c1, I.c2, I.c3], ['Fargate:1']],
      ['Not on an instance yet', [], ['Waiting for capacity:1']],
    ]);
  });

  it('groups by instance type and gives Fargate lanes their own bands after the instance bands', () => {
    expect(bands(build('instanceType'))).toEqual([
      ['c5.large', [I.a2, I.c3], []],
      ['m5.large', [I.a1, I.c1], []],
      ['m5.xlarge', [I.b1], []],
      ['t3.medium', [I.b2, I.c2], []],
      ['Fargate in us-east-1b', [], ['Fargate:1']],
      ['Fargate in us-east-1c', [], ['Fargate:1']],
      ['Not on an instance yet', [], ['Waiting for capacity:1']],
    ]);
  });

  it('groups by an attribute value, filing instances without it and unregistered ones last', () => {
    expect(bands(build('attribute:team')).map(([label, keys]) => [label, keys])).toEqual([
      ['team = payments', [I.a1, I.c1]],
      ['team = search', [I.b1]],
      ['team (not registered)', [I.c2, I.c3]],
      ['team (not set)', [I.a2, I.b2]],
      ['Fargate in us-east-1b', []],
      ['Fargate in us-east-1c', []],
      ['Not on an instance yet', []],
    ]);
  });

  it('reports CPU, memory and ENIs held by tasks out of what the instance registered', () => {
    const b1 = instance(build(), I.b1);
    expect([b1.cpu, b1.memory, b1.eni]).toEqual([
      { used: 768, total: 4096 },
      { used: 1536, total: 15_600 },
      { used: 1, total: 3 },
    ]);
  });

  it('lists the static host ports tasks hold, leaving out the ports the agent reserves', () => {
    expect(instance(build(), I.a1).ports).toEqual(['80/tcp']);
    expect(instance(build(), I.a2).ports).toEqual([]);
  });

  it.each([
    [I.a1, 'active', 'ACTIVE, agent connected'],
    [I.b2, 'draining', 'DRAINING: gets no new tasks'],
    [I.c2, 'waiting', "Agent waiting: cluster 'demo' does not exist yet; the agent retries"],
    [I.c3, 'booting', 'Agent starting: registers in 40 s'],
  ])('tells why %s is %s', (key, condition, text) => {
    const view = instance(build(), key);
    expect([view.condition, view.statusText]).toEqual([condition, text]);
  });

  it('shows an instance whose agent waits without resource bars, since it registered none', () => {
    const view = instance(build(), I.c2);
    expect([view.cpu, view.memory, view.eni, view.containerInstanceArn]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(view.tooltip).toContain("Agent waiting: cluster 'demo' does not exist yet; the agent retries");
  });

  it.each([
    ['PROVISIONING', 'RUNNING', 'pending'],
    ['PENDING', 'RUNNING', 'pending'],
    ['ACTIVATING', 'RUNNING', 'pending'],
    ['RUNNING', 'RUNNING', 'running'],
    ['RUNNING', 'STOPPED', 'stopping'],
    ['PENDING', 'STOPPED', 'stopping'],
    ['DEACTIVATING', 'STOPPED', 'stopping'],
    ['STOPPING', 'STOPPED', 'stopping'],
    ['DEPROVISIONING', 'STOPPED', 'stopping'],
  ] as const)('shows a task %s with desired status %s as %s', (lastStatus, desiredStatus, phase) => {
    expect(taskPhase({ lastStatus, desiredStatus })).toBe(phase);
  });

  it('leaves out stopped tasks and terminated instances', () => {
    const state = syntheticState({
      instances: [
        ...MIXED_FLEET,
        {
          id: 'i-0ddd1111111111111',
          type: 'm5.large',
          az: 'us-east-1a',
          agent: 'stopped',
          state: 'terminated',
        },
      ],
      tasks: MIXED_TASKS,
    });
    const m = buildClusterMap(state, { groupBy: 'availabilityZone' });
    expect(allTasks(m).map((t) => t.key)).not.toContain(taskArnFor(tid(10)));
    expect(m.groups.flatMap((g) => g.instances).map((i) => i.key)).not.toContain('i-0ddd1111111111111');
  });

  it('marks the instances a memberOf expression matched and the selected task', () => {
    const m = build('availabilityZone', {
      highlighted: new Set([ciArnFor(I.b1)]),
      selectedTaskArn: taskArnFor(tid(5)),
    });
    const marked = m.groups.flatMap((g) => g.instances).filter((i) => i.highlighted);
    expect(marked.map((i) => i.key)).toEqual([I.b1]);
    expect(
      allTasks(m)
        .filter((t) => t.selected)
        .map((t) => t.key),
    ).toEqual([taskArnFor(tid(5))]);
  });

  it('names each task for screen readers with its revision, status, instance and AZ', () => {
    const labels = allTasks(build()).map((t) => t.ariaLabel);
    expect(labels).toContain('task web:3 RUNNING on i-0aaa11… in us-east-1a');
    expect(labels).toContain('task api:2 RUNNING on Fargate in us-east-1b');
    expect(labels).toContain('task batch:5 PROVISIONING waiting for an instance');
  });

  it("titles a card with the instance's Name tag (the name lessons use), else its short id", () => {
    const named = buildClusterMap(
      syntheticState({
        instances: [
          { id: I.a1, type: 'm5.large', az: 'us-east-1a', name: 'prod-a1' },
          { id: I.a2, type: 'c5.large', az: 'us-east-1a' },
        ],
        tasks: [],
      }),
      { groupBy: 'availabilityZone' },
    );
    const a1 = instance(named, I.a1);
    expect(a1.title).toBe('prod-a1 m5.large');
    expect(a1.name).toBe('prod-a1');
    expect(a1.tooltip[0]).toBe(`prod-a1 (${I.a1}, m5.large) in us-east-1a`);
    const a2 = instance(named, I.a2);
    expect(a2.title).toMatch(/^i-\S+ c5\.large$/);
    expect(a2.name).toBeUndefined();
  });

  it('gives the numbers in each tooltip', () => {
    const web = allTasks(build()).find((t) => t.key === taskArnFor(tid(1)))!;
    expect(web.tooltip).toEqual([
      'web:3 · task 7a5c0000…',
      'RUNNING',
      'Group service:web',
      'Reserves 512 CPU units and 1024 MiB',
      'Static host ports 80/tcp',
      `On ${I.a1} (m5.large) in us-east-1a`,
    ]);
    expect(instance(build(), I.a1).tooltip).toEqual([
      `${I.a1} (m5.large) in us-east-1a`,
      'ACTIVE, agent connected',
      'On-Demand Instance',
      'CPU: 1536 of 2048 units reserved, 512 free',
      'Memory: 3072 of 7680 MiB reserved, 4608 free',
      'Static ports in use: 80/tcp',
      'Task ENIs: 0 of 2 slots',
      'Tasks: 2 (1 running, 1 pending, 0 stopping)',
    ]);
  });

  it('keeps each group colour when the tasks of an earlier group stop', () => {
    const before = build().categories;
    const withoutWeb = MIXED_TASKS.map((t) =>
      t.group === 'service:web' ? { ...t, lastStatus: 'STOPPED' as const } : t,
    );
    const after = buildClusterMap(syntheticState({ instances: MIXED_FLEET, tasks: withoutWeb }), {
      groupBy: 'instanceType',
    });
    expect(before.map((c) => [c.label, c.letter])).toEqual([
      ['web (service)', 'A'],
      ['api (service)', 'B'],
      ['worker (family)', 'C'],
      ['batch (family)', 'D'],
    ]);
    expect(after.categories.map((c) => [c.label, c.letter])).toEqual(
      before.slice(1).map((c) => [c.label, c.letter]),
    );
  });

  it('summarises instances, task phases and Fargate in one sentence', () => {
    expect(build().summary).toBe(
      'Cluster map by availability zone: 7 instances in 3 availability zones (4 active, 1 draining, 1 waiting, 1 booting); ' +
        '10 tasks: 5 running, 3 pending, 2 stopping; 2 on Fargate.',
    );
  });

  it('shows only the given cluster when one is named', () => {
    const other = syntheticState({
      cluster: 'other',
      instances: [MIXED_FLEET[0]!],
      tasks: [MIXED_TASKS[0]!],
    });
    const m = buildClusterMap(other, {
      groupBy: 'availabilityZone',
      clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/demo',
    });
    expect(m.groups).toEqual([]);
    expect(m.summary).toBe('Cluster map by availability zone: no instances; no tasks.');
  });
});

describe('buildClusterMap on a launched instance', () => {
  it('gives its public and private IP in the tooltip once it runs with a public IP', () => {
    const sim = createSimulation({ seed: 4 });
    const [launched] = sim.call('ec2', 'RunInstances', {
      ImageId: 'ami-ecs',
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
    }).Instances;
    const tooltipOf = () =>
      buildClusterMap(sim.state, { groupBy: 'availabilityZone' })
        .groups.flatMap((g) => g.instances)
        .find((i) => i.key === launched!.InstanceId)!.tooltip;
    expect(tooltipOf().some((line) => line.startsWith('Public IP'))).toBe(false);
    sim.advance(20);
    const { PublicIpAddress, PrivateIpAddress } = sim.call('ec2', 'DescribeInstances', {
      InstanceIds: [launched!.InstanceId],
    }).Reservations[0]!.Instances[0]!;
    expect(tooltipOf()[1]).toBe(`Public IP ${PublicIpAddress}, private ${PrivateIpAddress}`);
  });
});
