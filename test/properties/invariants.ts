import type { ContainerInstance, Task } from '../../src/engine';

/** The part of the state the invariants read (a simulation's read-only view or a plain copy). */
export interface PlacementState {
  readonly ecs: {
    readonly containerInstances: Readonly<Record<string, ContainerInstance>>;
    readonly tasks: Readonly<Record<string, Task>>;
  };
}

const sorted = (ports: ReadonlyArray<number>): number[] => [...ports].sort((a, b) => a - b);
const sameList = (a: ReadonlyArray<number>, b: ReadonlyArray<number>): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);
const duplicates = (items: ReadonlyArray<string | number>): Array<string | number> =>
  items.filter((v, i) => items.indexOf(v) !== i);

/** The bookkeeping of one container instance against the tasks placed on it. */
function instanceProblems(ci: ContainerInstance, holders: ReadonlyArray<Task>): string[] {
  const problems: string[] = [];
  const at = `${ci.containerInstanceArn} (${ci.status})`;
  const reg = ci.registeredResources;
  const rem = ci.remainingResources;
  const sum = (pick: (t: Task) => number) => holders.reduce((n, t) => n + pick(t), 0);

  if (rem.cpu < 0) problems.push(`${at}: remaining cpu ${rem.cpu} < 0`);
  if (rem.memory < 0) problems.push(`${at}: remaining memory ${rem.memory} < 0`);
  const cpu = reg.cpu - sum((t) => t.reserved.cpu);
  if (rem.cpu !== cpu) problems.push(`${at}: remaining cpu ${rem.cpu}, registered − reservations = ${cpu}`);
  const memory = reg.memory - sum((t) => t.reserved.memory);
  if (rem.memory !== memory) {
    problems.push(`${at}: remaining memory ${rem.memory}, registered − reservations = ${memory}`);
  }
  for (const [name, key] of [
    ['tcp', 'ports'],
    ['udp', 'portsUdp'],
  ] as const) {
    const dup = duplicates(rem[key]);
    if (dup.length) problems.push(`${at}: ${name} ports held twice: ${dup.join(', ')}`);
    const expected = sorted([...reg[key], ...holders.flatMap((t) => t.reserved[key])]);
    if (!sameList(sorted(rem[key]), expected)) {
      problems.push(`${at}: remaining ${name} ports [${sorted(rem[key])}], expected [${expected}]`);
    }
  }
  if (ci.enisInUse > ci.eniSlots) problems.push(`${at}: ${ci.enisInUse} ENIs in use of ${ci.eniSlots} slots`);
  const enis = holders.filter((t) => t.reserved.eni).length;
  if (ci.enisInUse !== enis) problems.push(`${at}: enisInUse ${ci.enisInUse}, tasks holding an ENI ${enis}`);

  // host ports bound on the instance itself (awsvpc tasks bind on their own ENI) never collide, with each other
  // or with the ports the agent reserved
  const bound = holders
    .filter((t) => !t.eni)
    .flatMap((t) => t.containers.flatMap((c) => c.networkBindings.map((b) => `${b.protocol}/${b.hostPort}`)));
  const agentPorts = [...reg.ports.map((p) => `tcp/${p}`), ...reg.portsUdp.map((p) => `udp/${p}`)];
  const clash = duplicates([...new Set(agentPorts), ...bound]);
  if (clash.length) problems.push(`${at}: host ports bound twice: ${clash.join(', ')}`);
  return problems;
}

/**
 * Every way the state can be over-committed or inconsistent, as sentences (empty when all is well):
 * - per container instance: remaining cpu/memory ≥ 0 and exactly registered − Σ reservations of its live (not
 *   STOPPED) tasks; remaining ports are the registered ones plus the tasks' static ports, none twice; ENIs in
 *   use ≤ slots and equal to the live tasks holding one; no host port bound twice;
 * - per task: a STOPPED task holds nothing; a live EC2 task is on an existing container instance of its cluster.
 */
export function invariantProblems(state: PlacementState): string[] {
  const problems: string[] = [];
  const live = new Map<string, Task[]>();
  for (const task of Object.values(state.ecs.tasks)) {
    const held = task.reserved;
    if (task.lastStatus === 'STOPPED') {
      if (held.cpu || held.memory || held.ports.length || held.portsUdp.length || held.eni) {
        problems.push(`${task.taskArn}: STOPPED but still holds ${JSON.stringify(held)}`);
      }
      continue;
    }
    if (task.launchType !== 'EC2') continue;
    const ci = task.containerInstanceArn && state.ecs.containerInstances[task.containerInstanceArn];
    if (!ci) {
      problems.push(`${task.taskArn}: ${task.lastStatus} EC2 task on a missing container instance`);
      continue;
    }
    if (ci.clusterArn !== task.clusterArn) {
      problems.push(`${task.taskArn}: in ${task.clusterArn} but on an instance of ${ci.clusterArn}`);
    }
    live.set(ci.containerInstanceArn, [...(live.get(ci.containerInstanceArn) ?? []), task]);
  }
  for (const ci of Object.values(state.ecs.containerInstances)) {
    problems.push(...instanceProblems(ci, live.get(ci.containerInstanceArn) ?? []));
  }
  return problems;
}
