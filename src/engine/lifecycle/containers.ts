import { pullImage } from '../catalog/images';
import { healthAnswer, imageProgram } from '../catalog/imageProgram';
import type { Task, TaskContainer } from '../model/ecs';
import type { SimTime } from '../model/ids';
import type { ContainerDependency } from '../model/taskDefinition';
import { healthAt, healthTimeline, type HealthChange } from './health';
import type { ContainerSpec } from './specs';

/** Seconds Docker needs to create and start a container once it may start. */
export const CONTAINER_START_SECONDS = 1;

/**
 * One container's whole life once the images are pulled, as times. Everything follows from when the pull
 * finished, so the engine can recompute it at any moment instead of storing it. `Infinity` = never.
 */
export interface ContainerPlan {
  readonly name: string;
  readonly essential: boolean;
  readonly startAt: SimTime;
  /** when it exits on its own (or is given up on because a dependency can never be met) */
  readonly exitAt: SimTime;
  readonly exitCode?: number;
  readonly reason?: string;
  readonly health: ReadonlyArray<HealthChange>;
  readonly checked: boolean;
  readonly ignoresSigterm: boolean;
  readonly stopTimeout: number;
}

const NEVER: Pick<ContainerPlan, 'startAt' | 'exitAt' | 'health'> = {
  startAt: Infinity,
  exitAt: Infinity,
  health: [],
};

/** When `dep` satisfies `condition` (ready), or when it is known that it never will (blocked). */
function dependencyTimes(dep: ContainerPlan, condition: ContainerDependency['condition']) {
  switch (condition) {
    case 'START':
      return { ready: dep.startAt, blocked: dep.startAt === Infinity ? dep.exitAt : Infinity };
    case 'HEALTHY': {
      const healthy = dep.health.find((h) => h.status === 'HEALTHY')?.at ?? Infinity;
      return { ready: healthy, blocked: healthy === Infinity ? dep.exitAt : Infinity };
    }
    case 'COMPLETE':
      return { ready: dep.exitAt, blocked: Infinity };
    case 'SUCCESS':
      return dep.exitCode === 0
        ? { ready: dep.exitAt, blocked: Infinity }
        : { ready: Infinity, blocked: dep.exitAt };
  }
}

/**
 * Plans every container of a task whose images finished pulling at `readyAt`: containers without
 * dependencies start right away; the others wait for their `dependsOn` conditions (START, HEALTHY, COMPLETE,
 * SUCCESS). A container whose condition can never be met (or not within `startTimeout`) is never started.
 */
export function planContainers(
  specs: ReadonlyArray<ContainerSpec>,
  readyAt: SimTime,
  /** the task's ARN, to reuse the plan its earlier steps made (a task is planned at every step) */
  taskArn?: string,
): ReadonlyArray<ContainerPlan> {
  const key = taskArn ?? '';
  const known = planCache.get(key);
  if (known?.specs === specs && known.readyAt === readyAt) return known.plans;
  if (planCache.size >= PLAN_CACHE_SIZE) planCache.clear();
  const plans = computePlans(specs, readyAt);
  planCache.set(key, { specs, readyAt, plans });
  return plans;
}

/**
 * A task's container plans, with its forced exits (sim ExitContainer) applied: such a container exits at the
 * forced time, code and reason unless its own plan ends it sooner. Empty before the images are pulled. A forced
 * exit only reaches a RUNNING task, whose containers have all started or been given up on, so no dependency's
 * timing moves and the plan of every other container stays as it was.
 */
export function taskPlans(task: Task, specs: ReadonlyArray<ContainerSpec>): ReadonlyArray<ContainerPlan> {
  if (task.pullStoppedAt === undefined) return [];
  const plans = planContainers(specs, task.pullStoppedAt, task.taskArn);
  const forced = task.forcedExits;
  if (!forced?.length) return plans;
  return plans.map((plan) => {
    const exit = forced.find((f) => f.containerName === plan.name);
    return exit && exit.at < plan.exitAt
      ? { ...plan, exitAt: exit.at, exitCode: exit.exitCode, reason: exit.reason }
      : plan;
  });
}

/**
 * Plans by task, checked against the specs and pull time they were made from (so an entry can never be stale,
 * only missing). A memo of a pure function: it changes no result, and is emptied when it gets large.
 */
const planCache = new Map<
  string,
  {
    readonly specs: ReadonlyArray<ContainerSpec>;
    readonly readyAt: SimTime;
    readonly plans: ReadonlyArray<ContainerPlan>;
  }
>();
const PLAN_CACHE_SIZE = 20_000;

function computePlans(specs: ReadonlyArray<ContainerSpec>, readyAt: SimTime): ReadonlyArray<ContainerPlan> {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const plans = new Map<string, ContainerPlan>();
  const visiting = new Set<string>();

  const plan = (spec: ContainerSpec): ContainerPlan => {
    const known = plans.get(spec.name);
    if (known) return known;
    const pulled = pullImage(spec.image);
    const base = {
      name: spec.name,
      essential: spec.essential,
      checked: spec.healthCheck !== undefined,
      ignoresSigterm: pulled.ok && pulled.image.ignoresSigterm,
      stopTimeout: spec.stopTimeout,
    };
    if (visiting.has(spec.name) || !pulled.ok) return { ...base, ...NEVER };
    visiting.add(spec.name);
    let ready = readyAt;
    let blocked = spec.startTimeout !== undefined ? readyAt + spec.startTimeout : Infinity;
    let blocker = 'its dependencies did not become ready within startTimeout';
    for (const d of spec.dependsOn) {
      const target = byName.get(d.containerName);
      const times = target
        ? dependencyTimes(plan(target), d.condition)
        : { ready: Infinity, blocked: readyAt };
      ready = Math.max(ready, times.ready);
      if (times.blocked < blocked) {
        blocked = times.blocked;
        blocker = `container '${d.containerName}' can no longer reach ${d.condition}`;
      }
    }
    visiting.delete(spec.name);
    let result: ContainerPlan;
    if (blocked < Infinity && blocked <= ready) {
      result = {
        ...base,
        startAt: Infinity,
        exitAt: blocked,
        health: [],
        reason: `DependencyNotMet: ${blocker}, so '${spec.name}' was never started`,
      };
    } else if (ready === Infinity) {
      result = { ...base, ...NEVER };
    } else {
      const startAt = ready + CONTAINER_START_SECONDS;
      const program = imageProgram(pulled.image, spec.argv);
      const exitAt = program.exitAfter === undefined ? Infinity : startAt + program.exitAfter;
      const answer = healthAnswer(pulled.image, spec.healthCheck?.command ?? []);
      result = {
        ...base,
        startAt,
        exitAt,
        health: healthTimeline(startAt, exitAt, spec.healthCheck, answer),
        ...(exitAt < Infinity ? { exitCode: program.exitCode } : {}),
      };
    }
    plans.set(spec.name, result);
    return result;
  };

  return specs.map(plan);
}

/**
 * A container record as its plan says it is at time `t`. Written member by member rather than as
 * `{ ...record, startedAt }`: V8 gives every object made by spreading and then adding a member its own hidden
 * class, which at 10,000 tasks costs more memory than the records themselves.
 */
export function containerAt(record: TaskContainer, plan: ContainerPlan, t: SimTime): TaskContainer {
  const exited = t >= plan.exitAt;
  const started = t >= plan.startAt;
  const { cpu, memory, memoryReservation } = record;
  return {
    containerArn: record.containerArn,
    name: record.name,
    image: record.image,
    lastStatus: exited ? 'STOPPED' : started ? 'RUNNING' : 'PENDING',
    healthStatus: healthAt(plan.health, Math.min(t, plan.exitAt)),
    essential: record.essential,
    networkBindings: record.networkBindings,
    ...(cpu !== undefined ? { cpu } : {}),
    ...(memory !== undefined ? { memory } : {}),
    ...(memoryReservation !== undefined ? { memoryReservation } : {}),
    ...(started ? { startedAt: plan.startAt } : {}),
    ...(exited && plan.exitCode !== undefined ? { exitCode: plan.exitCode } : {}),
    ...(exited && plan.reason ? { reason: plan.reason } : {}),
  };
}

/** The first time an essential container exits (Infinity when none does). */
export function essentialExitAt(plans: ReadonlyArray<ContainerPlan>): SimTime {
  let first = Infinity;
  for (const p of plans) if (p.essential && p.exitAt < first) first = p.exitAt;
  return first;
}

/** When no container is waiting to start any more (each started, or was given up on). */
export function allStartedAt(plans: ReadonlyArray<ContainerPlan>): SimTime {
  let last = 0;
  for (const p of plans) last = Math.max(last, p.startAt === Infinity ? p.exitAt : p.startAt);
  return last;
}

export type ContainerChange =
  | { readonly at: SimTime; readonly kind: 'start'; readonly name: string }
  | { readonly at: SimTime; readonly kind: 'exit'; readonly name: string; readonly exitCode?: number }
  | { readonly at: SimTime; readonly kind: 'health'; readonly name: string };

/**
 * The next container start, exit or health change strictly after `now`, if any (on a tie the first container
 * wins, and within a container a start beats an exit beats a health change). Runs for every task step, so it
 * only compares times and builds the one answer.
 */
export function nextContainerChange(
  plans: ReadonlyArray<ContainerPlan>,
  now: SimTime,
): ContainerChange | undefined {
  let at = Infinity;
  let kind: ContainerChange['kind'] = 'start';
  let plan: ContainerPlan | undefined;
  for (const p of plans) {
    if (p.startAt > now && p.startAt < at) [at, kind, plan] = [p.startAt, 'start', p];
    if (p.exitAt > now && p.exitAt < at) [at, kind, plan] = [p.exitAt, 'exit', p];
    for (const h of p.health)
      if (h.at < p.exitAt && h.at > now && h.at < at) [at, kind, plan] = [h.at, 'health', p];
  }
  if (!plan) return undefined;
  if (kind !== 'exit') return { at, kind, name: plan.name };
  return { at, kind, name: plan.name, ...(plan.exitCode !== undefined ? { exitCode: plan.exitCode } : {}) };
}
