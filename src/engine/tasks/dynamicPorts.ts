import { assert } from '../../lib/assert';
import type { EngineContext } from '../context';
import { loadOn } from '../indexes';
import type { ContainerInstance } from '../model/ecs';

/**
 * Every host port in use on an instance: reserved and static ports plus ports bound by its live tasks (from the
 * write-path index, so the cost is the instance's ports, not the account's tasks).
 */
export function portsInUse(ctx: EngineContext, instance: ContainerInstance): Set<number> {
  const used = new Set([...instance.remainingResources.ports, ...instance.remainingResources.portsUdp]);
  for (const port of loadOn(ctx.state, instance.containerInstanceArn).ports.keys()) used.add(port);
  return used;
}

/**
 * Hands out `count` dynamic host ports the way the agent does (ecs-reference §2.3): searching sequentially from
 * the instance's last handed-out port within its dynamic range, wrapping, skipping ports in use. Stores the new
 * `lastDynamicPort` on the instance and returns the ports in order.
 */
export function allocateDynamicPorts(
  ctx: EngineContext,
  instance: ContainerInstance,
  count: number,
): number[] {
  if (count === 0) return [];
  const [low, high] = instance.dynamicPortRange;
  const used = portsInUse(ctx, instance);
  const ports: number[] = [];
  let port = instance.lastDynamicPort;
  for (let n = 0; n < count; n++) {
    let tries = high - low + 1;
    do {
      port = port >= high || port < low ? low : port + 1;
      assert(tries-- > 0, `no free dynamic host port left in ${low}-${high} on ${instance.ec2InstanceId}`);
    } while (used.has(port));
    used.add(port);
    ports.push(port);
  }
  const table = ctx.state.ecs.containerInstances;
  const current = table[instance.containerInstanceArn]!;
  ctx.tx.set(table, instance.containerInstanceArn, {
    ...current,
    lastDynamicPort: port,
    version: current.version + 1,
  });
  return ports;
}
