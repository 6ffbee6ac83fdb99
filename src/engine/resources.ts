import type { EngineContext } from './context';
import type { ContainerInstance, Task } from './model/ecs';
import type { ContainerInstanceArn } from './model/ids';

/** What one task holds on its container instance (ecs-reference §2.2). */
export type TaskReservation = Task['reserved'];

/**
 * Takes a task's CPU, memory, static ports, ENI slot and GPUs from an instance's remaining resources, and
 * returns what the task now holds: `need` with the GPU ids it was given (the first free ones, in the order
 * the agent registered them). Resources are held from the moment of placement (PROVISIONING/PENDING).
 */
export function reserveOnInstance(
  ctx: EngineContext,
  arn: ContainerInstanceArn,
  need: TaskReservation,
): TaskReservation {
  const table = ctx.state.ecs.containerInstances;
  const ci = table[arn];
  if (!ci) throw new Error(`reserveOnInstance: no container instance ${arn}`);
  const r = ci.remainingResources;
  const gpus = need.gpus ?? 0;
  const gpuIds = gpus && r.gpus ? r.gpus.slice(0, gpus) : undefined;
  const next: ContainerInstance = {
    ...ci,
    remainingResources: {
      cpu: r.cpu - need.cpu,
      memory: r.memory - need.memory,
      ports: need.ports.length ? [...r.ports, ...need.ports] : r.ports,
      portsUdp: need.portsUdp.length ? [...r.portsUdp, ...need.portsUdp] : r.portsUdp,
      ...(r.gpus ? { gpus: gpuIds ? r.gpus.slice(gpus) : r.gpus } : {}),
    },
    enisInUse: ci.enisInUse + (need.eni ? 1 : 0),
    version: ci.version + 1,
  };
  ctx.tx.set(table, arn, next);
  return gpuIds ? { ...need, gpuIds } : need;
}

/** Free GPU ids after `released` come back, kept in the order the agent registered them. */
function withGpus(ci: ContainerInstance, released: ReadonlyArray<string> | undefined) {
  const free = ci.remainingResources.gpus;
  if (!free || !released?.length) return free ? { gpus: free } : {};
  const back = new Set([...free, ...released]);
  return { gpus: (ci.registeredResources.gpus ?? []).filter((id) => back.has(id)) };
}

/** Gives a stopped task's resources back to its instance (no-op when the instance is gone). */
export function releaseFromInstance(
  ctx: EngineContext,
  arn: ContainerInstanceArn,
  held: TaskReservation,
): void {
  const table = ctx.state.ecs.containerInstances;
  const ci = table[arn];
  if (!ci) return;
  const r = ci.remainingResources;
  const drop = (ports: ReadonlyArray<number>, release: ReadonlyArray<number>) => {
    if (!release.length) return ports;
    const left = [...ports];
    for (const p of release) {
      const i = left.indexOf(p);
      if (i >= 0) left.splice(i, 1);
    }
    return left;
  };
  ctx.tx.set(table, arn, {
    ...ci,
    remainingResources: {
      cpu: r.cpu + held.cpu,
      memory: r.memory + held.memory,
      ports: drop(r.ports, held.ports),
      portsUdp: drop(r.portsUdp, held.portsUdp),
      ...withGpus(ci, held.gpuIds),
    },
    enisInUse: Math.max(0, ci.enisInUse - (held.eni ? 1 : 0)),
    version: ci.version + 1,
  });
}
