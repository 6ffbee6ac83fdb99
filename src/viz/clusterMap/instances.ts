import { exhaustive } from '../../lib/assert';
import type { ContainerInstance, DeepReadonly, Ec2Instance, SimState } from '../../engine/index';
import { shortId } from '../../lib/arn';
import type { InstanceCondition, Usage } from './types';

type ReadCi = DeepReadonly<ContainerInstance>;
type ReadEc2 = DeepReadonly<Ec2Instance>;

/** An instance the map shows: its EC2 record, its container instance once registered, or both. */
export interface InstanceEntry {
  readonly key: string;
  readonly ec2?: ReadEc2;
  readonly ci?: ReadCi;
}

const attributeOf = (ci: ReadCi | undefined, name: string) => ci?.attributes.find((a) => a.name === name);

export const availabilityZoneOf = (e: InstanceEntry): string =>
  e.ec2?.AvailabilityZone ?? attributeOf(e.ci, 'ecs.availability-zone')?.value ?? '(unknown)';

export const instanceTypeOf = (e: InstanceEntry): string =>
  e.ec2?.InstanceType ?? attributeOf(e.ci, 'ecs.instance-type')?.value ?? '(unknown)';

/** The value an attribute grouping files an instance under. */
export function attributeValueOf(e: InstanceEntry, name: string): string {
  if (!e.ci) return '(not registered)';
  const attribute = attributeOf(e.ci, name);
  if (!attribute) return '(not set)';
  return attribute.value ?? '(set, no value)';
}

/**
 * The instances of the map, in launch order: every EC2 instance that is not terminated (with or without an agent)
 * and every live container instance. With `clusterArn`, only those registered to that cluster or whose agent is
 * configured for it.
 */
export function instanceEntries(state: DeepReadonly<SimState>, clusterArn?: string): InstanceEntry[] {
  const ciByInstance = new Map<string, ReadCi>();
  for (const ci of Object.values(state.ecs.containerInstances)) {
    if (ci.status !== 'INACTIVE') ciByInstance.set(ci.ec2InstanceId, ci);
  }
  const wantsCluster = (e: InstanceEntry) => {
    if (!clusterArn) return true;
    const arn = e.ci?.clusterArn ?? e.ec2?.clusterArn;
    if (arn) return arn === clusterArn;
    const name = e.ec2?.agentConfig?.cluster;
    return name !== undefined && clusterArn.endsWith(`:cluster/${name}`);
  };
  const entries: Array<InstanceEntry & { readonly order: number }> = [];
  for (const ec2 of Object.values(state.ec2.instances)) {
    const ci = ciByInstance.get(ec2.InstanceId);
    ciByInstance.delete(ec2.InstanceId);
    if (ec2.State === 'terminated' && !ci) continue;
    entries.push({ key: ec2.InstanceId, ec2, ci, order: ec2.LaunchTime });
  }
  for (const ci of ciByInstance.values()) entries.push({ key: ci.ec2InstanceId, ci, order: ci.registeredAt });
  return entries
    .filter(wantsCluster)
    .sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : 1))
    .map(({ key, ec2, ci }) => ({ key, ec2, ci }));
}

/** What the instance can do now and why, in a short sentence (the agent's waiting reason included). */
export function conditionOf(e: InstanceEntry, now: number): { condition: InstanceCondition; text: string } {
  const { ec2, ci } = e;
  if (ec2 && ec2.State !== 'running' && ec2.State !== 'pending') {
    return { condition: 'stopped', text: `Instance ${ec2.State}` };
  }
  if (ci) {
    if (ci.status === 'ACTIVE' && !ci.agentConnected) {
      return { condition: 'disconnected', text: 'Agent disconnected: gets no new tasks' };
    }
    if (ci.status === 'ACTIVE') {
      const note = ec2?.userDataNote ? ` (${ec2.userDataNote})` : '';
      return { condition: 'active', text: `ACTIVE, agent connected${note}` };
    }
    if (ci.status === 'DRAINING') return { condition: 'draining', text: 'DRAINING: gets no new tasks' };
    const reason = ci.statusReason ? `: ${ci.statusReason}` : '';
    return { condition: 'registering', text: `${ci.status}${reason}` };
  }
  if (!ec2 || ec2.State === 'pending') return { condition: 'booting', text: 'Booting (EC2 pending)' };
  const agent = ec2.agent;
  switch (agent.phase) {
    case 'booting': {
      const wait = Math.max(0, Math.ceil(agent.registerAt - now));
      return { condition: 'booting', text: `Agent starting: registers in ${wait} s` };
    }
    case 'no-credentials':
    case 'waiting-for-cluster':
      return { condition: 'waiting', text: `Agent waiting: ${agent.detail}` };
    case 'config-error':
      return { condition: 'agent-error', text: `Agent not started: ${agent.detail}` };
    case 'none':
      return { condition: 'no-agent', text: 'No ECS agent on this AMI' };
    case 'stopped':
      return { condition: 'stopped', text: 'Agent stopped' };
    case 'registered':
      return { condition: 'registering', text: 'Registering' };
    default:
      return exhaustive(agent, 'unknown agent phase');
  }
}

/** CPU and memory held by tasks, out of what the agent registered. */
export function usageOf(ci: ReadCi): { cpu: Usage; memory: Usage; eni: Usage } {
  const reg = ci.registeredResources;
  const rem = ci.remainingResources;
  return {
    cpu: { used: reg.cpu - rem.cpu, total: reg.cpu },
    memory: { used: reg.memory - rem.memory, total: reg.memory },
    eni: { used: ci.enisInUse, total: ci.eniSlots },
  };
}

/** Ports in `held` beyond those in `base`, counting repeats (the agent's own reservations left out). */
function extraPorts(held: ReadonlyArray<number>, base: ReadonlyArray<number>): number[] {
  const left = [...base];
  const extra: number[] = [];
  for (const p of held) {
    const i = left.indexOf(p);
    if (i >= 0) left.splice(i, 1);
    else extra.push(p);
  }
  return extra.sort((a, b) => a - b);
}

/** Static host ports that placed tasks hold on the instance ("80/tcp"), agent-reserved ports left out. */
export function taskPortsOf(ci: ReadCi): string[] {
  const reg = ci.registeredResources;
  const rem = ci.remainingResources;
  return [
    ...extraPorts(rem.ports, reg.ports).map((p) => `${p}/tcp`),
    ...extraPorts(rem.portsUdp, reg.portsUdp).map((p) => `${p}/udp`),
  ];
}

/** The instance's EC2 `Name` tag, the name lessons and the console's DescribeInstances use for it. */
export const nameTagOf = (e: InstanceEntry): string | undefined =>
  e.ec2?.Tags.find((t) => t.Key === 'Name')?.Value || undefined;

/** The card title: the Name tag when the instance has one, else the short instance id; then its type. */
export const instanceTitle = (e: InstanceEntry): string =>
  `${nameTagOf(e) ?? shortId(e.key, 10)} ${instanceTypeOf(e)}`;

/**
 * Whether EC2 runs the instance as a Spot Instance (`InstanceLifecycle: 'spot'`). Read defensively: a record
 * without the field, or an instance known only by its container instance, counts as On-Demand.
 */
export const isSpotInstance = (e: InstanceEntry): boolean =>
  e.ec2 !== undefined && 'InstanceLifecycle' in e.ec2 && e.ec2.InstanceLifecycle === 'spot';
