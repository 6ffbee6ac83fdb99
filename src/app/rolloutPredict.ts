import { arnName } from '../lib/arn';
import {
  deploymentBounds,
  type DeepReadonly,
  type Service,
  type SimState,
  type Simulation,
  type Task,
} from '../engine/index';
import { isLive, tasksOfService } from './serviceView';

/**
 * The rollout prediction: from a service's configuration (desired count, bounds) and the room its cluster has
 * for new tasks, the steps a rolling update will take, wave by wave as the scheduler takes them, and a warning
 * when it can never finish. The arithmetic (`predictRollout`) is pure; `rolloutPlanInput` reads the inputs off
 * the simulation, measuring the room by placing the new tasks on a fork, so the learner's simulation is
 * untouched. Fargate has room for any number; a daemon's new task takes the place its old one leaves.
 */

export interface RolloutPlanInput {
  readonly desiredCount: number;
  readonly minimumHealthyPercent: number;
  readonly maximumPercent: number;
  /** tasks of older deployments still in flight (taken as healthy) */
  readonly old: number;
  /** tasks of the new deployment already in flight (taken as becoming healthy) */
  readonly fresh: number;
  /** how many more new tasks fit in the cluster now; `unlimited` on Fargate */
  readonly room: number | 'unlimited';
  /** whether the room an old task leaves fits a new one (the new task needs no more CPU and memory) */
  readonly reusesRoom: boolean;
  /** `family:revision` of the new tasks, for the wording */
  readonly taskDefinition?: string;
}

export interface PredictedStep {
  readonly wave: number;
  readonly stop: number;
  readonly start: number;
  /** old and new tasks in flight after the wave */
  readonly old: number;
  readonly fresh: number;
  readonly label: string;
}

export type RolloutWarningKind = 'bounds' | 'noRoom' | 'capacity' | 'downtime';

export interface RolloutWarning {
  readonly kind: RolloutWarningKind;
  readonly text: string;
}

export interface RolloutPrediction {
  readonly lower: number;
  readonly upper: number;
  readonly steps: ReadonlyArray<PredictedStep>;
  /** the rollout reaches the desired count of new tasks with no old one left */
  readonly finishes: boolean;
  readonly warnings: ReadonlyArray<RolloutWarning>;
  readonly summary: string;
}

/** More waves than any finishing rollout needs (each wave starts or stops at least one task). */
const waveLimit = (input: RolloutPlanInput) => 2 * (input.desiredCount + input.old) + 2;

const tasks = (n: number) => `${n} task${n === 1 ? '' : 's'}`;

/**
 * Predicts a rolling update wave by wave, as the scheduler plans each reconcile (ecs-reference §5.4): old tasks
 * stop while the healthy ones stay at or above the lower bound, new ones start while those in flight stay at or
 * below the upper bound and the cluster has room; new tasks are healthy by the next wave, and the room an old
 * task leaves is free by then. Pure.
 */
export function predictRollout(input: RolloutPlanInput): RolloutPrediction {
  const D = input.desiredCount;
  const { lower, upper } = deploymentBounds(D, input.minimumHealthyPercent, input.maximumPercent);
  const steps: PredictedStep[] = [];
  let old = input.old;
  let fresh = input.fresh;
  let room = input.room === 'unlimited' ? Infinity : input.room;
  let freed = 0;
  let blocked: 'bounds' | 'room' | undefined;
  for (let wave = 1; (old > 0 || fresh < D) && wave <= waveLimit(input); wave++) {
    if (input.reusesRoom) room += freed;
    const stop = Math.min(old, Math.max(0, old + fresh - lower));
    const inFlight = old - stop + fresh;
    const byBounds = Math.min(Math.max(0, upper - inFlight), Math.max(0, D - fresh));
    const start = Math.min(byBounds, room);
    if (stop === 0 && start === 0) {
      blocked = byBounds === 0 ? 'bounds' : 'room';
      break;
    }
    old -= stop;
    fresh += start;
    room -= start;
    freed = stop;
    const parts = [
      stop ? `stop ${stop} old (${old + fresh - start} healthy ≥ lower bound ${lower})` : '',
      start ? `start ${start} new (${old + fresh} in flight ≤ upper bound ${upper})` : '',
    ].filter(Boolean);
    steps.push({ wave, stop, start, old, fresh, label: `wave ${wave}: ${parts.join(', ')}` });
  }
  const finishes = old === 0 && fresh >= D;
  const warnings = warningsFor(input, { lower, upper, blocked, old, fresh, steps });
  const summary = finishes
    ? `Predicted: ${steps.length} wave${steps.length === 1 ? '' : 's'} to ${tasks(D)} of the new revision.`
    : `Predicted: the rollout stops with ${fresh} of ${D} new and ${old} old in flight and never finishes.`;
  return { lower, upper, steps, finishes, warnings, summary };
}

function warningsFor(
  input: RolloutPlanInput,
  end: {
    lower: number;
    upper: number;
    blocked: 'bounds' | 'room' | undefined;
    old: number;
    fresh: number;
    steps: ReadonlyArray<PredictedStep>;
  },
): RolloutWarning[] {
  const { lower, upper, blocked, old, fresh } = end;
  const pct = `${input.minimumHealthyPercent}/${input.maximumPercent}`;
  const what = input.taskDefinition ?? 'the new revision';
  const warnings: RolloutWarning[] = [];
  if (blocked === 'bounds') {
    warnings.push({
      kind: 'bounds',
      text:
        `Can never finish: at ${pct} with ${old + fresh} in flight, stopping an old task would leave fewer ` +
        `than ${lower} healthy and starting a new one would put more than ${upper} in flight. Raise ` +
        `maximumPercent above 100 or lower minimumHealthyPercent.`,
    });
  } else if (blocked === 'room' && fresh === input.fresh) {
    warnings.push({
      kind: 'noRoom',
      text:
        `Can never finish: no room for the surge. minimumHealthyPercent ${input.minimumHealthyPercent} keeps ` +
        `${old} old ${old === 1 ? 'task' : 'tasks'} until new ones are healthy, but the cluster has room for ` +
        `no task of ${what}. Add an instance, or lower minimumHealthyPercent so old tasks stop first.`,
    });
  } else if (blocked === 'room') {
    warnings.push({
      kind: 'capacity',
      text:
        `Stops short: the cluster has room for only ${fresh} of ${input.desiredCount} tasks of ${what} ` +
        `while ${old} old ${old === 1 ? 'task holds' : 'tasks hold'} their room. Add capacity.`,
    });
  }
  const first = end.steps[0];
  if (first && lower === 0 && first.stop > 0 && first.stop === input.old && input.fresh === 0) {
    warnings.push({
      kind: 'downtime',
      text:
        `minimumHealthyPercent ${input.minimumHealthyPercent} lets every old task stop at once: the service ` +
        `has no healthy task until the new ones are.`,
    });
  }
  return warnings;
}

/** RunTask places at most this many per call. */
const RUN_TASK_MAX = 10;

/**
 * How many tasks of the new deployment fit in the cluster now, up to `wanted`: places them on a fork of the
 * simulation, with the service's placement, and counts. Also returns what one placed task reserves.
 */
function measureRoom(
  sim: Simulation,
  service: DeepReadonly<Service>,
  taskDefinition: string,
  wanted: number,
): { room: number; reserved?: { cpu: number; memory: number } } {
  const copy = sim.fork();
  const primary = service.deployments[0];
  let room = 0;
  let reserved: { cpu: number; memory: number } | undefined;
  while (room < wanted) {
    const count = Math.min(RUN_TASK_MAX, wanted - room);
    try {
      const out = copy.call('ecs', 'RunTask', {
        cluster: arnName(service.clusterArn),
        taskDefinition,
        count,
        launchType: 'EC2',
        group: `service:${service.serviceName}`,
        placementConstraints: service.placementConstraints,
        placementStrategy: service.placementStrategy,
        ...(primary?.networkConfiguration ? { networkConfiguration: primary.networkConfiguration } : {}),
      });
      room += out.tasks.length;
      const first = out.tasks[0] && copy.state.ecs.tasks[out.tasks[0].taskArn as Task['taskArn']];
      if (first && !reserved) reserved = { cpu: first.reserved.cpu, memory: first.reserved.memory };
      if (out.tasks.length < count) break;
    } catch {
      break;
    }
  }
  return reserved ? { room, reserved } : { room };
}

/** A change the learner is about to make (omitted members keep the service's current values). */
export interface RolloutChange {
  readonly taskDefinition?: string;
  readonly desiredCount?: number;
  readonly minimumHealthyPercent?: number;
  readonly maximumPercent?: number;
}

/**
 * The prediction's inputs for `serviceArn` now. While a rollout is under way: the older deployments' tasks
 * are old and the primary's are new. Otherwise (or with a `change`), a new deployment of the primary's
 * revision (or the change's) is predicted, every task in flight being old. Undefined for no such service.
 */
export function rolloutPlanInput(
  sim: Simulation,
  serviceArn: string,
  change: RolloutChange = {},
): RolloutPlanInput | undefined {
  const service = sim.state.ecs.services[serviceArn];
  const primary = service?.deployments[0];
  if (!service || !primary) return undefined;
  const tasksNow = tasksOfService(sim.state, service).filter(isLive);
  const rolling = service.deployments.length > 1 && Object.keys(change).length === 0;
  const fresh = rolling ? tasksNow.filter((t) => t.startedBy === primary.id) : [];
  const old = tasksNow.filter((t) => !fresh.includes(t));
  const desiredCount = change.desiredCount ?? service.desiredCount;
  const taskDefinition = change.taskDefinition ?? primary.taskDefinition;
  const config = service.deploymentConfiguration;
  const base = {
    desiredCount,
    minimumHealthyPercent: change.minimumHealthyPercent ?? config.minimumHealthyPercent,
    maximumPercent: change.maximumPercent ?? config.maximumPercent,
    old: old.length,
    fresh: fresh.length,
    taskDefinition: arnName(taskDefinition),
  };
  if (primary.launchType === 'FARGATE') return { ...base, room: 'unlimited', reusesRoom: true };
  // a daemon runs one task per instance: a new one starts where the old one has gone
  if (service.schedulingStrategy === 'DAEMON') return { ...base, room: 0, reusesRoom: true };
  const wanted = Math.max(0, desiredCount - fresh.length);
  const { room, reserved } = measureRoom(sim, service, taskDefinition, wanted);
  const sample = old[0];
  const reusesRoom =
    !reserved ||
    !sample ||
    (reserved.cpu <= sample.reserved.cpu && reserved.memory <= sample.reserved.memory);
  return { ...base, room, reusesRoom };
}

/** The prediction for `serviceArn` now (see `rolloutPlanInput`); undefined for no such service. */
export function predictServiceRollout(
  sim: Simulation,
  serviceArn: string,
  change: RolloutChange = {},
): RolloutPrediction | undefined {
  const input = rolloutPlanInput(sim, serviceArn, change);
  return input && predictRollout(input);
}

/**
 * What a prediction of `serviceArn` depends on, as text: the service's deployments and configuration, its
 * tasks in flight per deployment, and the room on its cluster's instances. A view recomputes the prediction
 * (a fork and trial placements) only when this changes, not on every tick of the clock.
 */
export function predictionKey(
  state: DeepReadonly<SimState>,
  serviceArn: string,
  change: RolloutChange = {},
): string {
  const service = state.ecs.services[serviceArn];
  if (!service) return '';
  const perDeployment = new Map<string, number>();
  for (const t of tasksOfService(state, service).filter(isLive)) {
    perDeployment.set(t.startedBy ?? '', (perDeployment.get(t.startedBy ?? '') ?? 0) + 1);
  }
  const room = Object.values(state.ecs.containerInstances)
    .filter((ci) => ci.clusterArn === service.clusterArn)
    .map(
      (ci) =>
        `${ci.status}:${ci.agentConnected}:${ci.remainingResources.cpu}:${ci.remainingResources.memory}`,
    );
  const { minimumHealthyPercent, maximumPercent } = service.deploymentConfiguration;
  return JSON.stringify([
    service.deployments.map((d) => [d.id, d.taskDefinition, d.rolloutState]),
    service.desiredCount,
    minimumHealthyPercent,
    maximumPercent,
    [...perDeployment].sort(),
    room,
    change,
  ]);
}
