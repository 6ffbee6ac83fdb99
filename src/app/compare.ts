import type { InputOf, PlacementStrategy, Simulation } from '../engine/index';

export interface StrategyOutcome {
  readonly title: string;
  /** the request's count */
  readonly requested: number;
  readonly placed: number;
  /** tasks of the request that found no instance (not the length of `failures`, which lists instances) */
  readonly unplaced: number;
  readonly instancesUsed: number;
  /** tasks of this request per AZ */
  readonly perAz: Readonly<Record<string, number>>;
  /** free memory (MiB) left on the cluster's instances afterwards, min and max across instances */
  readonly freeMemory: { readonly min: number; readonly max: number };
  readonly error?: string;
}

export const COMPARED_STRATEGIES: ReadonlyArray<{
  title: string;
  strategy: ReadonlyArray<PlacementStrategy>;
}> = [
  { title: 'binpack (memory)', strategy: [{ type: 'binpack', field: 'memory' }] },
  {
    title: 'spread (AZ) + spread (instance)',
    strategy: [
      { type: 'spread', field: 'attribute:ecs.availability-zone' },
      { type: 'spread', field: 'instanceId' },
    ],
  },
  { title: 'random', strategy: [{ type: 'random' }] },
];

/**
 * Places the same RunTask request three ways, each on its own copy of the current state, and summarises
 * where the tasks went. The learner's simulation is untouched.
 */
export function compareStrategies(sim: Simulation, request: InputOf<'ecs', 'RunTask'>): StrategyOutcome[] {
  const requested = request.count ?? 1;
  return COMPARED_STRATEGIES.map(({ title, strategy }) => {
    const copy = sim.fork();
    try {
      const out = copy.call('ecs', 'RunTask', { ...request, launchType: 'EC2', placementStrategy: strategy });
      const perAz: Record<string, number> = {};
      for (const t of out.tasks) perAz[t.availabilityZone] = (perAz[t.availabilityZone] ?? 0) + 1;
      const clusterArn = Object.values(copy.state.ecs.tasks).find((t) =>
        out.tasks.some((o) => o.containerInstanceArn === t.containerInstanceArn),
      )?.clusterArn;
      const free = Object.values(copy.state.ecs.containerInstances)
        .filter((ci) => ci.status === 'ACTIVE' && (!clusterArn || ci.clusterArn === clusterArn))
        .map((ci) => ci.remainingResources.memory);
      return {
        title,
        requested,
        placed: out.tasks.length,
        unplaced: requested - out.tasks.length,
        instancesUsed: new Set(out.tasks.map((t) => t.containerInstanceArn)).size,
        perAz,
        freeMemory: { min: free.length ? Math.min(...free) : 0, max: free.length ? Math.max(...free) : 0 },
      };
    } catch (e) {
      return {
        title,
        requested,
        placed: 0,
        unplaced: requested,
        instancesUsed: 0,
        perAz: {},
        freeMemory: { min: 0, max: 0 },
        error: e instanceof Error ? e.message : String(e),
      };
    }
  });
}
