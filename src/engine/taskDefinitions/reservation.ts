import type { TaskDefinition } from '../model/taskDefinition';
import type { TaskReservation } from '../resources';

/** The whole GPUs a container asks for in resourceRequirements (registration checks they are whole numbers). */
export const gpuCount = (c: TaskDefinition['containerDefinitions'][number]): number =>
  (c.resourceRequirements ?? []).reduce((n, r) => n + (r.type === 'GPU' ? Number(r.value) || 0 : 0), 0);

/**
 * What one task of `td` holds on an EC2 container instance (ecs-reference §2.2): task-level cpu if set, else the
 * sum of container cpu; task-level memory if set, else the sum of each container's memoryReservation (or memory);
 * the static host ports of bridge/host mappings, by protocol; one ENI slot for awsvpc; the GPUs its containers
 * request. Pure.
 */
export function taskReservation(td: TaskDefinition): TaskReservation {
  const containers = td.containerDefinitions;
  const taskCpu = Number(td.cpu ?? 0);
  const taskMemory = Number(td.memory ?? 0);
  const cpu = taskCpu > 0 ? taskCpu : containers.reduce((s, c) => s + (c.cpu ?? 0), 0);
  const memory =
    taskMemory > 0 ? taskMemory : containers.reduce((s, c) => s + (c.memoryReservation ?? c.memory ?? 0), 0);
  const ports: number[] = [];
  const portsUdp: number[] = [];
  if (td.networkMode === 'bridge' || td.networkMode === 'host') {
    for (const p of containers.flatMap((c) => c.portMappings ?? [])) {
      const host = p.hostPort ?? (td.networkMode === 'host' ? p.containerPort : undefined);
      if (!host) continue;
      (p.protocol === 'udp' ? portsUdp : ports).push(host);
    }
  }
  const gpus = containers.reduce((s, c) => s + gpuCount(c), 0);
  return { cpu, memory, ports, portsUdp, eni: td.networkMode === 'awsvpc', ...(gpus ? { gpus } : {}) };
}
