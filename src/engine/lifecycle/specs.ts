import { pullImage, pullErrorMessage, registryHint } from '../catalog/images';
import type { Task } from '../model/ecs';
import type { ContainerDependency, HealthCheck, TaskDefinition } from '../model/taskDefinition';
import type { SimState } from '../state';

/** Default grace between SIGTERM and SIGKILL (stopTimeout; agent ECS_CONTAINER_STOP_TIMEOUT). */
export const DEFAULT_STOP_TIMEOUT = 30;

/** What the lifecycle needs to know about one container of a task: its definition plus the task's overrides. */
export interface ContainerSpec {
  readonly name: string;
  readonly image: string;
  readonly essential: boolean;
  /** entryPoint followed by command (command overrides applied) */
  readonly argv: ReadonlyArray<string>;
  readonly dependsOn: ReadonlyArray<ContainerDependency>;
  readonly healthCheck?: HealthCheck;
  readonly stopTimeout: number;
  readonly startTimeout?: number;
}

interface CommandOverride {
  readonly name?: string;
  readonly command?: ReadonlyArray<string>;
}

/**
 * The container specs of a task, from its task definition (looked up by ARN) and `overrides.containerOverrides`.
 * When the definition is gone, the task's own container records stand in (no dependencies, no health checks).
 */
export function containerSpecs(state: SimState, task: Task): ReadonlyArray<ContainerSpec> {
  const td = state.ecs.taskDefinitions[task.taskDefinitionArn];
  const base = td ? definedSpecs(td, task.overrides) : specsWithoutDefinition(task);
  return task.runImages ? runningAs(base, task.runImages) : base;
}

function definedSpecs(td: TaskDefinition, overrides: Task['overrides']): ReadonlyArray<ContainerSpec> {
  // records are replaced, never mutated: the same definition and overrides objects give the same specs
  let byOverrides = specsCache.get(td);
  if (!byOverrides) specsCache.set(td, (byOverrides = new WeakMap()));
  let specs = byOverrides.get(overrides);
  if (!specs) byOverrides.set(overrides, (specs = specsOf(td, overrides)));
  return specs;
}

/** A private ECR image runs as the catalog image pushed to it (Task.runImages, set at start by startup/*). */
function runningAs(
  base: ReadonlyArray<ContainerSpec>,
  runImages: Readonly<Record<string, string>>,
): ReadonlyArray<ContainerSpec> {
  let byBase = runImagesCache.get(runImages);
  if (!byBase) runImagesCache.set(runImages, (byBase = new WeakMap()));
  let specs = byBase.get(base);
  if (!specs) {
    specs = base.map((s) => (runImages[s.name] ? { ...s, image: runImages[s.name]! } : s));
    byBase.set(base, specs);
  }
  return specs;
}

const runImagesCache = new WeakMap<
  object,
  WeakMap<ReadonlyArray<ContainerSpec>, ReadonlyArray<ContainerSpec>>
>();

/** Specs per definition record and overrides object (tasks launched without overrides share one object). */
const specsCache = new WeakMap<TaskDefinition, WeakMap<object, ReadonlyArray<ContainerSpec>>>();

const specsWithoutDefinition = (task: Task): ReadonlyArray<ContainerSpec> =>
  task.containers.map((c) => ({
    name: c.name,
    image: c.image,
    essential: c.essential,
    argv: [],
    dependsOn: [],
    stopTimeout: DEFAULT_STOP_TIMEOUT,
  }));

function specsOf(td: TaskDefinition, taskOverrides: Task['overrides']): ReadonlyArray<ContainerSpec> {
  const overrides = (taskOverrides.containerOverrides ?? []) as ReadonlyArray<CommandOverride>;
  return td.containerDefinitions.map((d) => {
    const command = overrides.find((o) => o.name === d.name)?.command ?? d.command ?? [];
    return {
      name: d.name,
      image: d.image,
      essential: d.essential ?? true,
      argv: [...(d.entryPoint ?? []), ...command],
      dependsOn: d.dependsOn ?? [],
      stopTimeout: d.stopTimeout ?? DEFAULT_STOP_TIMEOUT,
      ...(d.healthCheck ? { healthCheck: d.healthCheck } : {}),
      ...(d.startTimeout !== undefined ? { startTimeout: d.startTimeout } : {}),
    };
  });
}

/**
 * Why the task cannot start: its start-up work failed (Task.startFailure, startup/*), or the first container
 * whose image cannot be pulled, with the CannotPullContainerError text (the runtime's words, then the sandbox's
 * hint in parentheses); undefined if all pull.
 */
export function pullFailure(
  task: Task,
  specs: ReadonlyArray<ContainerSpec>,
): { readonly container?: string; readonly message: string } | undefined {
  if (task.startFailure) return task.startFailure;
  const runtime = task.launchType === 'FARGATE' ? 'containerd' : 'docker';
  for (const spec of specs) {
    const outcome = pullImage(spec.image);
    if (outcome.ok) continue;
    const hint = registryHint(spec.image, outcome);
    const message = pullErrorMessage(spec.image, outcome, runtime);
    return { container: spec.name, message: hint ? `${message} (${hint})` : message };
  }
  return undefined;
}

/** Seconds to pull every image of the task in parallel, before jitter (the slowest image decides). */
export function pullSeconds(specs: ReadonlyArray<ContainerSpec>): number {
  return Math.max(
    1,
    ...specs.map((s) => {
      const outcome = pullImage(s.image);
      return outcome.ok ? outcome.image.pullSeconds : 1;
    }),
  );
}
