import type { Task } from '../model/ecs';
import type { DeepReadonly } from '../simulation';
import type { SimState } from '../state';

// read-only views, so the UI can ask the same questions of the state it is given
type State = DeepReadonly<SimState>;
type ReadTask = DeepReadonly<Task>;

/** Fargate's ephemeral storage when neither the definition nor the RunTask override sets it (ecs-reference §11). */
export const DEFAULT_FARGATE_STORAGE_GIB = 20;

const sizeIn = (value: unknown): number | undefined => {
  const size = (value as { sizeInGiB?: unknown } | undefined)?.sizeInGiB;
  return typeof size === 'number' ? size : undefined;
};

/**
 * The ephemeral storage a Fargate task got, in GiB: the RunTask `overrides.ephemeralStorage`, else the task
 * definition's `ephemeralStorage`, else 20. Undefined for tasks on EC2, where the host's disk is the limit.
 */
export function taskEphemeralStorageGiB(state: State, task: ReadTask): number | undefined {
  if (task.launchType !== 'FARGATE') return undefined;
  const td = state.ecs.taskDefinitions[task.taskDefinitionArn];
  return (
    sizeIn(task.overrides.ephemeralStorage) ?? sizeIn(td?.ephemeralStorage) ?? DEFAULT_FARGATE_STORAGE_GIB
  );
}

/**
 * The task's `ecs.cpu-architecture` attribute as DescribeTasks reports it (`x86_64` or `arm64`). On EC2 it is the
 * architecture of the container instance the task runs on; on Fargate the definition's
 * `runtimePlatform.cpuArchitecture` (`X86_64` when left out) chooses it.
 */
export function taskCpuArchitecture(state: State, task: ReadTask): string {
  if (task.containerInstanceArn) {
    const instance = state.ecs.containerInstances[task.containerInstanceArn];
    const value = instance?.attributes.find((a) => a.name === 'ecs.cpu-architecture')?.value;
    if (value) return value;
  }
  const td = state.ecs.taskDefinitions[task.taskDefinitionArn];
  return td?.runtimePlatform?.cpuArchitecture === 'ARM64' ? 'arm64' : 'x86_64';
}
