import { describe, expect, it } from 'vitest';
import type { PlacementConstraint, PlacementStrategy, SimState, Simulation } from '../../../src/engine';
import { EngineContext } from '../../../src/engine/context';
import { requirementOf } from '../../../src/engine/placement/needs';
import { placeTasks } from '../../../src/engine/placement/pipeline';
import { expandTrace } from '../../../src/engine/placement/trace';
import { createTaskOn, prepareLaunch } from '../../../src/engine/tasks';
import { aContainerInstance } from '../../builders/containerInstance';
import { aStagedSimulation } from '../../builders/harness';
import { aTaskDefinition } from '../../builders/taskDefinition';
import { fleet, runTask, staged } from '../api/ecs/runTaskHelpers';

const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
const SPREAD_AZ = { type: 'spread', field: 'attribute:ecs.availability-zone' };

/** Runs one placement request straight through the pipeline on a fresh staged state. */
function place(
  fullTraceLimit: number,
  constraints: ReadonlyArray<PlacementConstraint>,
  strategies: ReadonlyArray<PlacementStrategy>,
  count: number,
) {
  const { put, state } = aStagedSimulation(3);
  const instances = Array.from({ length: 12 }, (_, i) =>
    aContainerInstance(`i${i}`)
      .inAz(AZS[i % 3]!)
      .withMemory(1024 + 512 * (i % 4))
      .withAttribute('stack', i % 4 === 0 ? 'dev' : 'prod')
      .build(),
  );
  put
    .cluster()
    .instances(...instances)
    .taskDefinitions(aTaskDefinition('web').needing(128, 512).build());
  const ctx = new EngineContext(state as SimState);
  const launch = prepareLaunch(state, { taskDefinition: 'web' }, 'EC2');
  const result = placeTasks(
    ctx,
    {
      cluster: launch.cluster,
      taskDefinition: launch.definition,
      requirement: requirementOf(launch.effective, launch.reservation, undefined),
      reservation: launch.reservation,
      group: launch.group,
      constraints,
      strategies,
      count,
      instances,
    },
    (instance, traceId, _index, held) =>
      createTaskOn(ctx, launch, instance, traceId, { constraints, strategies }, held),
    fullTraceLimit,
  );
  ctx.commit(() => {});
  return { result, state };
}

describe('placement pipeline traces', () => {
  it.each([
    {
      name: 'spread AZ + binpack memory with memberOf',
      constraints: [{ type: 'memberOf', expression: 'attribute:stack == prod' }] as PlacementConstraint[],
      strategies: [
        { type: 'spread', field: 'attribute:ecs.availability-zone' },
        { type: 'binpack', field: 'memory' },
      ] as PlacementStrategy[],
      count: 10,
    },
    {
      name: 'random with distinctInstance until nothing is left',
      constraints: [{ type: 'distinctInstance' }] as PlacementConstraint[],
      strategies: [{ type: 'random' }] as PlacementStrategy[],
      count: 14,
    },
    {
      name: 'spread instanceId with task:group anti-affinity on itself',
      constraints: [
        { type: 'memberOf', expression: 'not(task:group == family:web)' },
      ] as PlacementConstraint[],
      strategies: [{ type: 'spread', field: 'instanceId' }] as PlacementStrategy[],
      count: 14,
    },
  ])('expands a compact trace into exactly the full trace ($name)', ({ constraints, strategies, count }) => {
    const eager = place(1000, constraints, strategies, count);
    const compact = place(0, constraints, strategies, count);
    expect(compact.result.traceIds).toEqual(eager.result.traceIds);
    for (const id of eager.result.traceIds) {
      const stored = compact.state.traces[id]!;
      expect(stored.replay).toBeDefined();
      expect(expandTrace(stored)).toEqual(eager.state.traces[id]);
    }
    // 12 instances: a request for 14 with one task per instance ends in a failure trace, expanded as well
    const last = eager.state.traces[eager.result.traceIds.at(-1)!]!;
    expect(last.failure !== undefined).toBe(count > 12);
  });

  it('stores full traces up to the limit and compact ones above it', () => {
    const small = place(12, [], [{ type: 'random' }], 1);
    const large = place(11, [], [{ type: 'random' }], 1);
    const id = small.result.traceIds[0]!;
    expect(small.state.traces[id]!.candidates).toHaveLength(12);
    expect(small.state.traces[id]!.replay).toBeUndefined();
    expect(large.state.traces[id]!.candidates).toHaveLength(1);
    expect(large.state.traces[id]!.rejected).toEqual({});
  });

  it('counts tasks placed earlier in the same request for spread and distinctInstance', () => {
    const { result } = place(
      100,
      [{ type: 'distinctInstance' }],
      [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
      6,
    );
    const azs = result.tasks.map((t) => t.availabilityZone);
    expect(azs.slice(0, 3).sort()).toEqual(AZS);
    expect(azs.slice(3, 6).sort()).toEqual(AZS);
    expect(new Set(result.tasks.map((t) => t.containerInstanceArn)).size).toBe(6);
  });
});

describe('placement views kept between requests', () => {
  /** 150 instances (compact traces), a custom attribute to constrain on, and a memberOf that reads tasks. */
  function churned() {
    const { sim } = staged(
      fleet(50, (b, _az, n) =>
        b.withMemory(2048 + 512 * (n % 3)).withAttribute('stack', n % 5 ? 'prod' : 'dev'),
      ),
    );
    const requests = [
      {
        count: 10,
        placementConstraints: [{ type: 'memberOf', expression: 'attribute:stack == prod' }],
        placementStrategy: [SPREAD_AZ, { type: 'binpack', field: 'memory' }],
      },
      {
        count: 10,
        group: 'solo',
        placementConstraints: [{ type: 'memberOf', expression: 'not(task:group == solo)' }],
        placementStrategy: [{ type: 'binpack', field: 'cpu' }],
      },
    ];
    const run = (s: Simulation, r: number) => runTask(s, requests[r % requests.length]!);
    // kind 0 last, so some instances it filled keep their records (and the kept view's verdicts) to the end
    for (const r of [1, 1, 0, 0, 0, 0]) run(sim, r);
    // tasks stop (their instances get their resources back), attributes change, an instance drains
    const running = Object.keys(sim.state.ecs.tasks);
    for (const task of running.filter((_, i) => i % 4 === 0)) sim.callByName('ecs', 'StopTask', { task });
    sim.advance(120);
    const ids = Object.values(sim.state.ecs.containerInstances).map((ci) => ci.containerInstanceArn);
    // two calls: PutAttributes takes at most 10 attributes per call
    for (const part of [ids.slice(0, 10), ids.slice(10, 20)]) {
      sim.callByName('ecs', 'PutAttributes', {
        attributes: part.map((targetId) => ({ name: 'stack', value: 'dev', targetId })),
      });
    }
    sim.callByName('ecs', 'UpdateContainerInstancesState', {
      containerInstances: ids.slice(40, 45),
      status: 'DRAINING',
    });
    return { sim, run };
  }

  it.each([0, 1])('places request kind %i exactly as a simulation with no kept views does', (r) => {
    const { sim, run } = churned();
    const fresh = sim.fork();
    const kept = run(sim, r);
    const cold = run(fresh, r);
    expect(kept.tasks.length).toBeGreaterThan(0);
    expect(kept).toEqual(cold);
    const stored = (s: Simulation) =>
      kept.tasks.map((t) => s.state.traces[s.state.ecs.tasks[t.taskArn]!.traceId!]!.replay);
    expect(stored(sim)).toEqual(stored(fresh));
    expect(JSON.stringify(sim.state) === JSON.stringify(fresh.state)).toBe(true);
    for (const task of kept.tasks) expect(sim.trace(task.taskArn)).toEqual(fresh.trace(task.taskArn));
  });
});
