import { agentMemoryMiB, findInstanceType } from '../catalog/instanceTypes';
import type { AutoScalingGroup } from '../model/autoscaling';
import type { CapacityProvider } from '../model/capacityProvider';
import type { Task } from '../model/ecs';
import type { SimState } from '../state';
import { isWaiting } from './provisioning';

/**
 * CapacityProviderReservation = M / N × 100 (ecs-reference §8.3): M the instances the provider's tasks need,
 * N the instances in its group. N = 0 with M > 0 is 200 (scale out from nothing); M = 0 and N = 0 is 100
 * (nothing to do). Pure.
 */
export function capacityProviderReservation(m: number, n: number): number {
  if (n === 0) return m > 0 ? 200 : 100;
  return (m / n) * 100;
}

/** An instance's room as the agent registers it: CPU units and MiB. */
export interface InstanceRoom {
  readonly cpu: number;
  readonly memory: number;
}

/**
 * How many empty instances of `room` the tasks need, by first-fit over the tasks sorted largest first (the
 * binpack-style estimate ecs-reference §8.3 describes, with one instance type: the sandbox's groups have one).
 * Tasks that do not fit an empty instance are left out, as ECS leaves them out. Pure.
 */
export function instancesNeeded(
  tasks: ReadonlyArray<{ readonly cpu: number; readonly memory: number }>,
  room: InstanceRoom,
): number {
  const fitting = tasks
    .filter((t) => t.cpu <= room.cpu && t.memory <= room.memory)
    .sort((a, b) => b.memory - a.memory || b.cpu - a.cpu);
  const bins: Array<{ cpu: number; memory: number }> = [];
  for (const t of fitting) {
    const bin = bins.find((b) => b.cpu >= t.cpu && b.memory >= t.memory);
    if (bin) {
      bin.cpu -= t.cpu;
      bin.memory -= t.memory;
    } else bins.push({ cpu: room.cpu - t.cpu, memory: room.memory - t.memory });
  }
  return bins.length;
}

/** The room of one instance of the group's instance type (its launch template's), undefined if unknown. */
export function groupRoom(state: SimState, group: AutoScalingGroup): InstanceRoom | undefined {
  const template = state.ec2.launchTemplates[group.LaunchTemplate.LaunchTemplateId];
  if (!template) return undefined;
  const v = group.LaunchTemplate.Version;
  const number =
    v === '$Latest'
      ? template.LatestVersionNumber
      : v === '$Default' || !v
        ? template.DefaultVersionNumber
        : Number(v);
  const type = template.versions.find((x) => x.VersionNumber === number)?.LaunchTemplateData.InstanceType;
  const info = type ? findInstanceType(type) : undefined;
  return info ? { cpu: info.VCpus * 1024, memory: agentMemoryMiB(info) } : undefined;
}

/** What a provider's reservation is made of, for the metric and for managed scaling's decisions. */
export interface ReservationInputs {
  /** instances of the group running at least one task that is not a daemon's */
  readonly busy: number;
  /** instances the provider's PROVISIONING tasks need on top */
  readonly forWaiting: number;
  /** instances in the group (not terminating) */
  readonly n: number;
}

const daemonGroups = (state: SimState, clusterArn: string): Set<string> =>
  new Set(
    Object.values(state.ecs.services)
      .filter((s) => s.clusterArn === clusterArn && s.schedulingStrategy === 'DAEMON')
      .map((s) => `service:${s.serviceName}`),
  );

/** Whether a task keeps its instance busy: not stopped, not a daemon's (an instance with only daemons is empty). */
const keepsBusy = (t: Task, daemons: Set<string>): boolean =>
  t.lastStatus !== 'STOPPED' && t.desiredStatus !== 'STOPPED' && !daemons.has(t.group);

/**
 * The instance ids of the group that run a task that is not a daemon's (container instances of `clusterArn`).
 */
export function busyInstanceIds(state: SimState, clusterArn: string): Set<string> {
  const daemons = daemonGroups(state, clusterArn);
  const busyArns = new Set<string>();
  for (const t of Object.values(state.ecs.tasks)) {
    if (t.clusterArn === clusterArn && t.containerInstanceArn && keepsBusy(t, daemons))
      busyArns.add(t.containerInstanceArn);
  }
  const ids = new Set<string>();
  for (const arn of busyArns) {
    const ci = state.ecs.containerInstances[arn];
    if (ci) ids.add(ci.ec2InstanceId);
  }
  return ids;
}

/**
 * M's and N's parts for a provider on a cluster: M = busy + forWaiting. The sandbox reads ecs-reference §8.3
 * this way: the instances needed for the running tasks are the ones running them (CPR 100 means every instance
 * runs a non-daemon task; below 100, some instance runs none), and the PROVISIONING tasks need the estimate of
 * `instancesNeeded` over the group's instance type.
 */
export function reservationInputs(
  state: SimState,
  clusterArn: string,
  cp: CapacityProvider,
  group: AutoScalingGroup,
): ReservationInputs {
  const live = group.Instances.filter((i) => i.termination === undefined);
  const busyIds = busyInstanceIds(state, clusterArn);
  const busy = live.filter((i) => busyIds.has(i.InstanceId)).length;
  const room = groupRoom(state, group);
  const waiting = Object.values(state.ecs.tasks).filter(
    (t) => t.clusterArn === clusterArn && t.capacityProviderName === cp.name && isWaiting(t),
  );
  const forWaiting = room
    ? instancesNeeded(
        waiting.map((t) => t.reserved),
        room,
      )
    : 0;
  return { busy, forWaiting, n: live.length };
}
