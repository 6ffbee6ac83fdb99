import type { TaskDefinition } from '../model/taskDefinition';
import type { TaskReservation } from '../resources';

/**
 * What one task of `td` holds on an EC2 container instance (ecs-reference §2.2): task-level cpu if set, else the
 * sum of container cpu; task-level memory if set, else the sum of each container's memoryReservation (or memory);
 * the static host ports of bridge/host mappings, by protocol; one ENI slot for awsvpc. Pure.
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
  return { cpu, memory, ports, portsUdp, eni: td.networkMode === 'awsvpc' };
}
