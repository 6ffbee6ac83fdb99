import { describe, expect, it } from 'vitest';
import { createSimulation, type PlacementTrace, type Simulation } from '../../../src/engine';
import { findScenario } from '../../../src/app/scenarios';
import { replay } from '../../../src/app/timeline';
import { launchContainerInstances } from '../../../src/course/fixtures';
import { buildClusterMap } from '../../../src/viz/clusterMap/model';
import { createClusterMap } from '../../../src/viz/clusterMap/render';
import { buildReplay, type ReplayMark, type ReplayScript } from '../../../src/viz/clusterMap/replay';
import { replayOverlay } from '../../../src/viz/clusterMap/replayRender';
import { benchReplay } from '../../../bench/replayBench';
import { FARGATE_RENDER_INPUT } from '../../builders/taskDefinition';

/**
 * Real traces from the engine: five instances, three in us-east-1a (a t3.small too small for the task, a
 * t3.medium, an m5.large) and two in us-east-1b, and task definitions "web" (3 GiB, port 80) and "tiny".
 */
function ec2Sim(): { sim: Simulation; ids: Record<string, string> } {
  const sim = createSimulation({ seed: 5 });
  sim.callByName('ecs', 'CreateCluster', { clusterName: 'demo' });
  const ids: Record<string, string> = {};
  for (const [name, type, az] of [
    ['small-a', 't3.small', 'us-east-1a'],
    ['medium-a', 't3.medium', 'us-east-1a'],
    ['large-a', 'm5.large', 'us-east-1a'],
    ['medium-b', 't3.medium', 'us-east-1b'],
    ['large-b', 'm5.large', 'us-east-1b'],
  ] as const) {
    const out = launchContainerInstances(sim, { cluster: 'demo', instanceType: type, availabilityZone: az });
    ids[name] = out.Instances![0]!.InstanceId!;
  }
  sim.advance(120);
  sim.callByName('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    containerDefinitions: [
      {
        name: 'web',
        image: 'nginx:latest',
        memory: 3000,
        cpu: 256,
        portMappings: [{ containerPort: 80, hostPort: 80 }],
      },
    ],
  });
  sim.callByName('ecs', 'RegisterTaskDefinition', {
    family: 'tiny',
    containerDefinitions: [{ name: 'tiny', image: 'nginx:latest', memory: 128, cpu: 64 }],
  });
  return { sim, ids };
}

function run(sim: Simulation, input: Record<string, unknown>): PlacementTrace {
  const out = sim.callByName('ecs', 'RunTask', { cluster: 'demo', ...input }) as {
    tasks: Array<{ taskArn: string }>;
  };
  const arn = out.tasks.at(-1)?.taskArn;
  if (arn) return sim.trace(arn)!;
  const failed = sim.events.filter((e) => e.type === 'PlacementFailed').at(-1) as { traceId: string };
  return sim.trace(failed.traceId)!;
}

const stateOf = (marks: ReadonlyArray<ReplayMark>, key: string) =>
  marks.find((m) => m.target.kind === 'instance' && m.target.key === key);
const keysIn = (marks: ReadonlyArray<ReplayMark>, state: ReplayMark['state']) =>
  marks.flatMap((m) => (m.state === state && m.target.kind === 'instance' ? [m.target.key] : [])).sort();
const texts = (s: ReplayScript) => s.steps.map((step) => step.text);

const AZ_1A = 'attribute:ecs.availability-zone == us-east-1a';

describe('placement replay script', () => {
  it('plays each filter in ECS order, then each strategy, then the pick', () => {
    const { sim, ids } = ec2Sim();
    const names = new Map(Object.entries(ids).map(([n, id]) => [id, n]));
    const trace = run(sim, {
      taskDefinition: 'web',
      placementConstraints: [{ type: 'memberOf', expression: AZ_1A }],
      placementStrategy: [
        { type: 'spread', field: 'attribute:ecs.availability-zone' },
        { type: 'binpack', field: 'memory' },
      ],
    });
    const script = buildReplay(trace, (id) => names.get(id) ?? id);
    expect(script.steps.map((s) => s.kind)).toEqual([
      'start',
      'filter', // status
      'filter', // agent
      'filter', // cpu
      'filter', // memory
      'filter', // ports
      'filter', // memberOf
      'strategy', // spread
      'strategy', // binpack
      'placed',
    ]);
    expect(texts(script).every((t, i) => t.startsWith(`Step ${i + 1} of 10: `))).toBe(true);
    expect(script.steps[0]!.text).toMatch(
      /5 container instances .* needs 256 CPU units, 3000 MiB, host port 80/,
    );
    expect(keysIn(script.steps[0]!.marks, 'candidate')).toEqual(Object.values(ids).sort());

    // the memory check rejects the t3.small with the real reason and what it had
    const memory = script.steps[4]!;
    expect(memory.text).toMatch(
      /The Memory check \(needs 3000 MiB\) rejects 1 instance \(RESOURCE:MEMORY\): small-a \(\d+ MiB free\)\. 4 left\./,
    );
    expect(stateOf(memory.marks, ids['small-a']!)).toMatchObject({
      state: 'rejected',
      now: true,
      label: 'RESOURCE:MEMORY',
      detail: expect.stringMatching(/MiB free$/),
    });
    expect(keysIn(memory.marks, 'candidate')).toHaveLength(4);

    // memberOf greys out the us-east-1b instances; the earlier rejection stays, no longer "now"
    const memberOf = script.steps[6]!;
    expect(memberOf.text).toContain(`memberOf(${AZ_1A}) rejects 2 instances`);
    expect(keysIn(memberOf.marks, 'rejected')).toEqual(
      [ids['small-a']!, ids['medium-b']!, ids['large-b']!].sort(),
    );
    expect(stateOf(memberOf.marks, ids['small-a']!)?.now).toBeUndefined();
    expect(stateOf(memberOf.marks, ids['medium-b']!)).toMatchObject({
      now: true,
      label: 'memberOf',
      detail: 'does not match',
    });
    expect(keysIn(memberOf.marks, 'candidate')).toEqual([ids['medium-a']!, ids['large-a']!].sort());

    // spread ties the two survivors; binpack puts the t3.medium (less free memory) first
    expect(script.steps[7]!.text).toContain(
      'spread(attribute:ecs.availability-zone) scores all 2 survivors the same',
    );
    const binpack = script.steps[8]!;
    expect(binpack.text).toMatch(/binpack\(memory\) ranks the 2 survivors; best: medium-a \(\d+ MiB free/);
    expect(stateOf(binpack.marks, ids['medium-a']!)).toMatchObject({ state: 'ranked', label: 'best' });
    expect(stateOf(binpack.marks, ids['large-a']!)).toMatchObject({ state: 'ranked', label: '#2' });

    const placed = script.steps[9]!;
    expect(placed.text).toMatch(
      /Placed: task \w+… \(web:1\) goes onto medium-a \(t3\.medium, us-east-1a\)\./,
    );
    expect(stateOf(placed.marks, ids['medium-a']!)).toMatchObject({ state: 'chosen', now: true });
    expect(stateOf(placed.marks, ids['large-a']!)).toMatchObject({
      state: 'dropped',
      label: '#2 by binpack',
    });
    expect(script.steps.map((s) => s.arrived)).toEqual([...Array(9).fill(false), true]);
    expect(script.destination).toEqual({ kind: 'instance', key: ids['medium-a'] });
    expect(script.taskArn).toBe(trace.taskArn);
  });

  it('makes each memberOf expression its own step, in the order the constraints list them', () => {
    const { sim, ids } = ec2Sim();
    const trace = run(sim, {
      taskDefinition: 'tiny',
      placementConstraints: [
        { type: 'memberOf', expression: AZ_1A },
        { type: 'memberOf', expression: 'attribute:ecs.instance-type == m5.large' },
      ],
    });
    const script = buildReplay(trace);
    const memberOf = script.steps.filter((s) => s.text.includes(': memberOf('));
    expect(memberOf.map((s) => keysIn(s.marks, 'candidate'))).toEqual([
      [ids['small-a']!, ids['medium-a']!, ids['large-a']!].sort(),
      [ids['large-a']!],
    ]);
    expect(memberOf[1]!.text).toContain('rejects 2 instances');
    // the default strategy is random: one survivor, picked by the draw
    expect(script.steps.at(-2)!.text).toMatch(/The random strategy picks i-\w+ from the 1 survivor/);
    expect(script.steps.at(-1)!.kind).toBe('placed');
  });

  it('rejects the instance already running a task of the group under distinctInstance', () => {
    const { sim, ids } = ec2Sim();
    const first = run(sim, { taskDefinition: 'tiny', placementConstraints: [{ type: 'distinctInstance' }] });
    const firstOn = first.candidates.find((c) => c.containerInstanceArn === first.chosen)!.ec2InstanceId;
    const script = buildReplay(
      run(sim, { taskDefinition: 'tiny', placementConstraints: [{ type: 'distinctInstance' }] }),
    );
    const step = script.steps.find((s) => s.text.includes('The distinctInstance check'))!;
    expect(step.text).toContain('rejects 1 instance (DistinctInstance placement constraint unsatisfied.)');
    expect(keysIn(step.marks, 'rejected')).toEqual([firstOn]);
    expect(Object.values(ids)).toContain(firstOn);
    expect(script.destination).not.toEqual({ kind: 'instance', key: firstOn });
  });

  it('replays a placement nothing could take to the reason no instance qualified', () => {
    const { sim, ids } = ec2Sim();
    const trace = run(sim, {
      taskDefinition: 'web',
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type == t3.small' }],
    });
    expect(trace.chosen).toBeUndefined();
    const script = buildReplay(trace);
    const last = script.steps.at(-1)!;
    expect(last.kind).toBe('failed');
    expect(last.arrived).toBe(false);
    expect(last.text).toContain('Not placed: no instance qualified.');
    expect(last.text).toContain(trace.failure!.message);
    expect(keysIn(last.marks, 'rejected')).toEqual(Object.values(ids).sort());
    expect(script.steps.some((s) => s.kind === 'strategy')).toBe(false);
    expect(script.destination).toBeUndefined();
    expect(script.taskArn).toBeUndefined();
    expect(script.subject).toBe('a task of web:1');
  });

  it('plays a Fargate task as the offered AZs, the counts compared, the draw and the pick', () => {
    const sim = replay(findScenario('empty')!, [], 0);
    sim.callByName('ecs', 'CreateCluster', { clusterName: 'reports' });
    sim.callByName('ecs', 'RegisterTaskDefinition', FARGATE_RENDER_INPUT);
    const subnets = Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId);
    const out = sim.callByName('ecs', 'RunTask', {
      cluster: 'reports',
      taskDefinition: 'render',
      launchType: 'FARGATE',
      count: 4,
      networkConfiguration: { awsvpcConfiguration: { subnets } },
    }) as { tasks: Array<{ taskArn: string; availabilityZone: string }> };
    const fourth = out.tasks[3]!;
    const script = buildReplay(sim.trace(fourth.taskArn)!);
    expect(script.steps.map((s) => s.kind)).toEqual(['start', 'strategy', 'strategy', 'placed']);
    expect(script.steps[0]!.text).toMatch(
      /runs on Fargate: no instances to check\. Its 3 subnets offer 3 Availability Zones/,
    );
    expect(script.steps[1]!.text).toContain('us-east-1a 1, us-east-1b 1, us-east-1c 1');
    expect(script.steps[2]!.text).toContain(`a seeded random draw picks ${fourth.availabilityZone}`);
    const placed = script.steps[3]!;
    expect(placed.arrived).toBe(true);
    const chosen = placed.marks.filter((m) => m.state === 'chosen');
    expect(chosen.map((m) => m.target)).toEqual([{ kind: 'zone', az: fourth.availabilityZone }]);
    expect(placed.marks.filter((m) => m.state === 'dropped')).toHaveLength(2);
    expect(script.destination).toEqual({ kind: 'zone', az: fourth.availabilityZone });
  });
});

describe('placement replay on the map', () => {
  function mapWithReplay() {
    const { sim, ids } = ec2Sim();
    const trace = run(sim, {
      taskDefinition: 'web',
      placementConstraints: [{ type: 'memberOf', expression: AZ_1A }],
      placementStrategy: [{ type: 'binpack', field: 'memory' }],
    });
    const script = buildReplay(trace);
    const host = document.body.appendChild(document.createElement('div'));
    const renderer = createClusterMap(host, { width: 1200, motion: 'reduce' });
    const draw = () => renderer.update(buildClusterMap(sim.state, { groupBy: 'availabilityZone' }));
    draw();
    const card = (name: string) =>
      [...host.querySelectorAll<SVGGElement>('.cm-card')].find((c) =>
        c.textContent?.includes(ids[name]!.slice(0, 8)),
      )!;
    const ownBlock = () =>
      [...host.querySelectorAll<SVGGElement>('.cm-task')].find((t) => !t.closest('.cm-overlay'))!;
    return { sim, ids, script, host, renderer, draw, card, ownBlock };
  }

  it('greys out what the filters rejected so far, with the reason, and keeps it through redraws', () => {
    const { script, host, renderer, draw, card, ownBlock } = mapWithReplay();
    const memory = script.steps.findIndex((s) => s.text.includes('The Memory check'));
    renderer.setOverlay(replayOverlay({ script, index: memory }));
    expect(card('small-a').getAttribute('data-replay-state')).toBe('rejected');
    expect(card('small-a').getAttribute('data-replay-label')).toMatch(/^RESOURCE:MEMORY: \d+ MiB free$/);
    expect(card('medium-b').getAttribute('data-replay-state')).toBe('candidate');
    const overlay = host.querySelector('.cm-overlay')!;
    expect(overlay.getAttribute('aria-hidden')).toBe('true');
    expect(overlay.querySelectorAll('.cm-rp-mark')).toHaveLength(5);
    expect(overlay.querySelector('.cm-rp-rejected .cm-rp-label')?.textContent).toBe('RESOURCE:MEMORY');
    // the task waits for its turn: its own block is hidden, its stand-in sits on the first band's heading
    expect(ownBlock().hasAttribute('data-replay-hidden')).toBe(true);
    expect(overlay.querySelector('.cm-rp-ghost')?.getAttribute('data-replay-at')).toBe('waiting');

    draw();
    expect(card('small-a').getAttribute('data-replay-state')).toBe('rejected');
    expect(overlay.querySelectorAll('.cm-rp-mark')).toHaveLength(5);
    renderer.destroy();
    host.remove();
  });

  it("moves the task onto its own block's place at the last step and leaves no trace when stopped", () => {
    const { script, host, renderer, card, ownBlock, ids } = mapWithReplay();
    const last = script.steps.length - 1;
    renderer.setOverlay(replayOverlay({ script, index: last }));
    const ghost = host.querySelector('.cm-rp-ghost')!;
    expect(ghost.getAttribute('data-replay-at')).toBe('instance');
    expect(ghost.getAttribute('transform')).toBe(ownBlock().getAttribute('transform'));
    expect(card('medium-a').getAttribute('data-replay-state')).toBe('chosen');
    expect(script.destination).toEqual({ kind: 'instance', key: ids['medium-a'] });
    expect(host.querySelector('.cm-rp-chosen .cm-rp-pill text')?.textContent).toBe('chosen');

    renderer.setOverlay(undefined);
    expect(
      host.querySelectorAll('[data-replay-state], [data-replay-label], [data-replay-hidden]'),
    ).toHaveLength(0);
    expect(host.querySelector('.cm-overlay')).toBeNull();
    renderer.destroy();
    host.remove();
  });

  it('benchReplay returns one duration per step of each pass and cleans up after itself', async () => {
    const durations = await benchReplay(document, 6, 2, 'reduce');
    expect(durations).toHaveLength(2 * 11);
    expect(durations.every((d) => Number.isFinite(d) && d >= 0)).toBe(true);
    expect(document.body.innerHTML).toBe('');
  });
});
