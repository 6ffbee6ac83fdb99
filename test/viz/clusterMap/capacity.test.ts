import { afterEach, describe, expect, it } from 'vitest';
import type { SimState } from '../../../src/engine/index';
import { buildClusterMap, type ClusterMapModel } from '../../../src/viz/clusterMap/model';
import { createClusterMap, type ClusterMapRenderer } from '../../../src/viz/clusterMap/render';
import type { InstanceView, TaskView } from '../../../src/viz/clusterMap/types';
import { taskArnFor } from '../../../bench/synthetic';
import { I, MIXED_CAPACITY, mixedCluster, tid, withCapacity, type Staging } from '../fixtures';

const allTasks = (m: ClusterMapModel): TaskView[] =>
  m.groups.flatMap((g) => [...g.instances.flatMap((i) => i.tasks), ...g.lanes.flatMap((l) => l.tasks)]);
const task = (m: ClusterMapModel, n: number) => allTasks(m).find((t) => t.key === taskArnFor(tid(n)))!;
const instance = (m: ClusterMapModel, key: string): InstanceView =>
  m.groups.flatMap((g) => g.instances).find((i) => i.key === key)!;
const build = (staging: Staging) => buildClusterMap(withCapacity(staging), { groupBy: 'availabilityZone' });

describe('cluster map: capacity providers', () => {
  it('marks a FARGATE_SPOT task as Spot and names its capacity provider in the tooltip and accessible name', () => {
    const view = task(build(MIXED_CAPACITY), 8);
    expect([view.capacityProvider, view.spot]).toEqual(['FARGATE_SPOT', 'fargate']);
    expect(view.ariaLabel).toBe(
      'task api:2 RUNNING on Fargate in us-east-1b, Fargate Spot (capacity provider FARGATE_SPOT)',
    );
    expect(view.tooltip).toContain('Fargate Spot (capacity provider FARGATE_SPOT)');
    expect(view.tooltip).toContain(
      'Spot: AWS can stop it with a two-minute warning when it needs the capacity back',
    );
  });

  it('names the FARGATE capacity provider of a Fargate task without marking it Spot', () => {
    const view = task(build(MIXED_CAPACITY), 9);
    expect([view.capacityProvider, view.spot]).toEqual(['FARGATE', undefined]);
    expect(view.ariaLabel).toBe(
      'task api:2 PROVISIONING on Fargate in us-east-1c, Fargate (capacity provider FARGATE)',
    );
    expect(view.tooltip).toContain('Fargate (capacity provider FARGATE)');
  });

  it('keeps Fargate Spot and Fargate tasks in the Fargate lane of their AZ', () => {
    const lanes = build(MIXED_CAPACITY).groups.map((g) => [
      g.label,
      g.lanes.map((l) => `${l.label}:${l.tasks.map((t) => t.capacityProvider).join()}`),
    ]);
    expect(lanes).toEqual([
      ['us-east-1a', []],
      ['us-east-1b', ['Fargate:FARGATE_SPOT']],
      ['us-east-1c', ['Fargate:FARGATE']],
      ['Not on an instance yet', ['Waiting for capacity:']],
    ]);
  });

  it('puts a FARGATE_SPOT task in the Fargate lane even when its record has no Fargate launch type', () => {
    const base = mixedCluster({
      tasks: [{ id: tid(20), family: 'api', launchType: 'EC2', az: 'us-east-1a', createdAt: 5 }],
    });
    const m = buildClusterMap(withCapacity({ tasks: { 20: 'FARGATE_SPOT' } }, base), {
      groupBy: 'availabilityZone',
    });
    const lanes = m.groups.flatMap((g) => g.lanes.map((l) => [l.key, l.tasks.map((t) => t.spot)]));
    expect(lanes).toEqual([['fargate:us-east-1a', ['fargate']]]);
  });

  it('shows the capacity provider of an instance and of the tasks placed through it', () => {
    const m = build(MIXED_CAPACITY);
    const b1 = instance(m, I.b1);
    expect([b1.capacityProvider, b1.spot]).toEqual(['asg-on-demand', undefined]);
    expect(b1.tooltip).toContain('Capacity provider asg-on-demand');
    expect(b1.tooltip).toContain('On-Demand Instance');
    const onB1 = task(m, 2);
    expect(onB1.ariaLabel).toBe(
      'task web:3 RUNNING on i-0bbb11… in us-east-1b, capacity provider asg-on-demand',
    );
    expect(onB1.tooltip).toContain('Capacity provider asg-on-demand');
    expect(onB1.spot).toBeUndefined();
  });

  it('badges a Spot Instance and says so in its tooltip and in those of its tasks', () => {
    const m = build(MIXED_CAPACITY);
    const a1 = instance(m, I.a1);
    expect([a1.spot, a1.capacityProvider]).toEqual([true, 'asg-spot']);
    expect(a1.tooltip.slice(1, 4)).toEqual([
      'ACTIVE, agent connected',
      'Spot Instance: EC2 can reclaim it with a two-minute warning',
      'Capacity provider asg-spot',
    ]);
    const onA1 = task(m, 1);
    expect(onA1.spot).toBe('instance');
    expect(onA1.ariaLabel).toBe(
      'task web:3 RUNNING on i-0aaa11… in us-east-1a, capacity provider asg-spot, on a Spot Instance',
    );
    expect(onA1.tooltip.slice(-2)).toEqual([
      'Capacity provider asg-spot',
      'On a Spot Instance: EC2 can reclaim it with a two-minute warning',
    ]);
  });

  it('reads an instance without InstanceLifecycle, or without an EC2 record, as not Spot', () => {
    const m = build({});
    expect(instance(m, I.a2).spot).toBeUndefined();
    expect(instance(m, I.a2).tooltip).toContain('On-Demand Instance');
    const base = mixedCluster();
    const { [I.a2]: _gone, ...ec2Left } = base.ec2.instances;
    const ciOnly = buildClusterMap(
      { ...base, ec2: { ...base.ec2, instances: ec2Left } },
      { groupBy: 'availabilityZone' },
    );
    const a2 = instance(ciOnly, I.a2);
    expect(a2.spot).toBeUndefined();
    expect(a2.tooltip.some((line) => /Spot|On-Demand/.test(line))).toBe(false);
  });

  it('counts the capacity marks, and nothing on a map without capacity providers', () => {
    expect(build(MIXED_CAPACITY).capacity).toEqual({
      fargateSpotTasks: 1,
      tasksOnSpotInstances: 2,
      spotInstances: 1,
      providerInstances: 2,
    });
    expect(build({}).capacity).toEqual({
      fargateSpotTasks: 0,
      tasksOnSpotInstances: 0,
      spotInstances: 0,
      providerInstances: 0,
    });
  });

  it.each([
    [
      'Spot Instances and Fargate Spot',
      MIXED_CAPACITY,
      '; on Spot: 1 instance with 2 tasks and 1 Fargate Spot task.',
    ],
    [
      'Fargate Spot only',
      { tasks: { 8: 'FARGATE_SPOT', 9: 'FARGATE_SPOT' } },
      '; on Spot: 2 Fargate Spot tasks.',
    ],
    ['a Spot Instance', { spot: [I.a2] }, '; on Spot: 1 instance with 1 task.'],
    ['a Spot Instance whose agent waits', { spot: [I.c2] }, '; on Spot: 1 instance with no tasks.'],
    [
      'no Spot capacity',
      { tasks: { 9: 'FARGATE' }, instances: { [I.b1]: 'asg-on-demand' } },
      '; 2 on Fargate.',
    ],
  ] as const)('mentions what runs on Spot in the summary: %s', (_, staging, ending) => {
    expect(build(staging).summary.endsWith(ending)).toBe(true);
  });
});

describe('cluster map render: capacity marks', () => {
  let renderer: ClusterMapRenderer | undefined;
  let host: HTMLDivElement;
  afterEach(() => {
    renderer?.destroy();
    host?.remove();
  });
  const mount = (state: SimState) => {
    host = document.body.appendChild(document.createElement('div'));
    renderer = createClusterMap(host, { width: 1040, remPx: 16, motion: 'reduce' });
    const draw = (s: SimState) => renderer!.update(buildClusterMap(s, { groupBy: 'availabilityZone' }));
    draw(state);
    return draw;
  };
  const blockNamed = (label: string) =>
    [...host.querySelectorAll('.cm-tasks .cm-task')].find((el) => el.getAttribute('aria-label') === label);
  const shownKeys = () =>
    [...host.querySelectorAll<HTMLLIElement>('.cm-legend-capacity li')]
      .filter((li) => !li.hidden)
      .map((li) => li.className);
  const capacitySection = () => host.querySelector<HTMLElement>('.cm-legend-capacity')!;
  const cardOf = (text: string) =>
    [...host.querySelectorAll('.cm-cards .cm-card')].find((el) => el.textContent?.includes(text))!;

  it('draws the S tag on Fargate Spot tasks only', () => {
    mount(withCapacity(MIXED_CAPACITY));
    const tagged = [...host.querySelectorAll('.cm-tasks .cm-task')].filter((el) =>
      el.querySelector('.cm-spot'),
    );
    expect(tagged.map((el) => el.getAttribute('aria-label'))).toEqual([
      'task api:2 RUNNING on Fargate in us-east-1b, Fargate Spot (capacity provider FARGATE_SPOT)',
    ]);
    const fargateSpot = blockNamed(
      'task api:2 RUNNING on Fargate in us-east-1b, Fargate Spot (capacity provider FARGATE_SPOT)',
    );
    expect(fargateSpot!.querySelector('.cm-spot text')!.textContent).toBe('S');
  });

  it('badges cards with Spot and their capacity provider', () => {
    mount(withCapacity(MIXED_CAPACITY));
    const badges = (text: string) =>
      [...cardOf(text).querySelectorAll('.cm-badge text')].map((t) => t.textContent);
    expect(badges('i-0aaa1111')).toEqual(['Spot', 'CP asg-spot']);
    expect(badges('i-0bbb1111')).toEqual(['CP asg-on-demand']);
    expect(badges('i-0aaa2222')).toEqual([]);
  });

  it('lists the capacity marks in the legend only while the map shows them', () => {
    const draw = mount(mixedCluster());
    expect(capacitySection().hidden).toBe(true);
    draw(withCapacity({ tasks: { 8: 'FARGATE_SPOT' } }));
    expect(capacitySection().hidden).toBe(false);
    expect(shownKeys()).toEqual(['cm-key-fargate-spot']);
    draw(withCapacity({ instances: { [I.b1]: 'asg-on-demand' }, spot: [I.a1] }));
    expect(shownKeys()).toEqual(['cm-key-spot', 'cm-key-cp']);
    draw(withCapacity(MIXED_CAPACITY));
    expect(shownKeys()).toEqual(['cm-key-fargate-spot', 'cm-key-spot', 'cm-key-cp']);
    expect(host.querySelector('.cm-legend-capacity .cm-key-fargate-spot .cm-spot')).not.toBeNull();
    draw(mixedCluster());
    expect(capacitySection().hidden).toBe(true);
  });

  it('removes the S tag and the badges when a task or instance leaves Spot', () => {
    const draw = mount(withCapacity(MIXED_CAPACITY));
    draw(mixedCluster());
    expect(host.querySelectorAll('.cm-tasks .cm-spot')).toHaveLength(0);
    expect(host.querySelectorAll('.cm-cards .cm-badge')).toHaveLength(0);
  });
});
