import type { Simulation } from '../../engine/index';

/**
 * The key numbers of one future of a what-if fork, read off a simulation. Pure: the same state gives the same
 * numbers, and nothing is changed.
 */
export interface BranchMetrics {
  /** tasks on an instance or on Fargate that are starting or running */
  readonly tasksPlaced: number;
  /** tasks the services want but have not placed (desired count minus placed, per service) */
  readonly tasksShort: number;
  /** placement attempts that found no instance since the fork (one per task the scheduler or RunTask tried) */
  readonly failedPlacements: number;
  /** container instances holding at least one task that has not stopped (draining ones too) */
  readonly instancesUsed: number;
  /** container instances that can take tasks: ACTIVE with a connected agent */
  readonly instancesActive: number;
  /** MiB not reserved on the instances that can take tasks */
  readonly freeMemory: number;
  /** CPU units not reserved on the same instances */
  readonly freeCpu: number;
  readonly deployment: DeploymentTime;
}

/** How long the newest deployment of any service took (or has taken so far). */
export type DeploymentTime =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'completed' | 'failed' | 'rolling';
      readonly service: string;
      readonly seconds: number;
    };

/** Placed: past placement and not on the way out (PROVISIONING tasks still wait for an instance). */
const PLACED: ReadonlySet<string> = new Set(['PENDING', 'ACTIVATING', 'RUNNING']);

/** The numbers of `sim` now; `since` is the fork's time, from which failed placements are counted. */
export function branchMetrics(
  sim: Pick<Simulation, 'state' | 'events' | 'now'>,
  since: number,
): BranchMetrics {
  const { ecs } = sim.state;
  const tasks = Object.values(ecs.tasks);
  const placed = tasks.filter((t) => PLACED.has(t.lastStatus));
  const services = Object.values(ecs.services).filter(
    (s) => s.status === 'ACTIVE' && s.schedulingStrategy === 'REPLICA',
  );
  const tasksShort = services.reduce((sum, s) => {
    const mine = placed.filter(
      (t) => t.clusterArn === s.clusterArn && t.group === `service:${s.serviceName}`,
    );
    return sum + Math.max(0, s.desiredCount - mine.length);
  }, 0);
  const usable = Object.values(ecs.containerInstances).filter(
    (ci) => ci.status === 'ACTIVE' && ci.agentConnected,
  );
  const holding = new Set(
    tasks
      .filter((t) => t.lastStatus !== 'STOPPED' && t.containerInstanceArn)
      .map((t) => t.containerInstanceArn),
  );
  return {
    tasksPlaced: placed.length,
    tasksShort,
    failedPlacements: sim.events.filter((e) => e.type === 'PlacementFailed' && e.at >= since).length,
    // a draining instance still holding tasks is still in use: it costs as much as an active one
    instancesUsed: holding.size,
    instancesActive: usable.length,
    freeMemory: usable.reduce((sum, ci) => sum + ci.remainingResources.memory, 0),
    freeCpu: usable.reduce((sum, ci) => sum + ci.remainingResources.cpu, 0),
    deployment: newestDeployment(sim),
  };
}

function newestDeployment(sim: Pick<Simulation, 'state' | 'now'>): DeploymentTime {
  let best: DeploymentTime = { kind: 'none' };
  let bestAt = -Infinity;
  for (const service of Object.values(sim.state.ecs.services)) {
    // newest first: the primary deployment
    const d = service.deployments[0];
    if (!d || d.createdAt < bestAt) continue;
    bestAt = d.createdAt;
    const rolling = d.rolloutState === 'IN_PROGRESS';
    best = {
      kind: rolling ? 'rolling' : d.rolloutState === 'COMPLETED' ? 'completed' : 'failed',
      service: service.serviceName,
      // a finished deployment's last update is when it finished
      seconds: (rolling ? sim.now : d.updatedAt) - d.createdAt,
    };
  }
  return best;
}

/** One row of the comparison table: the two futures and what the fork changed, in words. */
export interface MetricRow {
  readonly label: string;
  readonly now: string;
  readonly whatIf: string;
  /** fork minus original in words ("2 more", "512 MiB less", "no change") */
  readonly difference: string;
}

/** A signed difference in words: the size with its `unit`, then `up` or `down` for its direction. */
function differenceOf(delta: number, unit: string, up: string, down: string): string {
  if (delta === 0) return 'no change';
  return `${Math.abs(delta).toLocaleString('en-US')}${unit} ${delta > 0 ? up : down}`;
}

const count = (n: number) => n.toLocaleString('en-US');

/** Seconds as "4 min 05 s" (or "45 s"). */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

function deploymentText(d: DeploymentTime): string {
  switch (d.kind) {
    case 'none':
      return 'no service deployment';
    case 'completed':
      return `${d.service}: ${duration(d.seconds)}`;
    case 'failed':
      return `${d.service}: failed after ${duration(d.seconds)}`;
    case 'rolling':
      return `${d.service}: still rolling (${duration(d.seconds)} so far)`;
  }
}

function deploymentDifference(now: DeploymentTime, whatIf: DeploymentTime): string {
  if (now.kind !== 'completed' || whatIf.kind !== 'completed') {
    if (now.kind === whatIf.kind) return now.kind === 'none' ? 'no change' : 'not finished on either side';
    return whatIf.kind === 'completed' ? 'finished only in the what-if' : 'not finished in the what-if';
  }
  return differenceOf(whatIf.seconds - now.seconds, ' s', 'longer', 'shorter');
}

/** The comparison table: each key number on both sides, and the difference (what-if minus now). */
export function compareMetrics(now: BranchMetrics, whatIf: BranchMetrics): MetricRow[] {
  const numeric = (
    label: string,
    pick: (m: BranchMetrics) => number,
    unit: string,
    up: string,
    down: string,
  ): MetricRow => ({
    label,
    now: `${count(pick(now))}${unit}`,
    whatIf: `${count(pick(whatIf))}${unit}`,
    difference: differenceOf(pick(whatIf) - pick(now), unit, up, down),
  });
  return [
    numeric('Tasks placed (starting or running)', (m) => m.tasksPlaced, '', 'more', 'fewer'),
    numeric('Tasks the services could not place', (m) => m.tasksShort, '', 'more', 'fewer'),
    numeric('Failed placement attempts since the fork', (m) => m.failedPlacements, '', 'more', 'fewer'),
    numeric('Instances used (holding a task)', (m) => m.instancesUsed, '', 'more', 'fewer'),
    numeric('Instances that can take tasks', (m) => m.instancesActive, '', 'more', 'fewer'),
    numeric('Free memory on those instances', (m) => m.freeMemory, ' MiB', 'more', 'less'),
    numeric('Free CPU on those instances', (m) => m.freeCpu, ' CPU units', 'more', 'less'),
    {
      label: 'Newest deployment took',
      now: deploymentText(now.deployment),
      whatIf: deploymentText(whatIf.deployment),
      difference: deploymentDifference(now.deployment, whatIf.deployment),
    },
  ];
}
