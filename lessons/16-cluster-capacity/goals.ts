import { goal, met, notYet } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import type { CapacityProvider, Simulation, Task } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';
import {
  BATCH_TASKS,
  clock,
  CLUSTER,
  GROUP,
  inServiceCounts,
  MAX_WAIT,
  NORMAL_TASKS,
  providerOfReports,
  reportsCounts,
  reportsTasks,
  SCALE_IN_WITHIN,
  SERVICE,
} from './capacity';

type Call = Simulation['history'][number];

interface ProviderInput {
  name?: string;
  autoScalingGroupProvider?: {
    managedScaling?: { status?: string };
    managedTerminationProtection?: string;
  };
}

/** The calls that created or updated provider `name` with `pick` true of their autoScalingGroupProvider. */
const providerCalls = (
  sim: Simulation,
  name: string,
  pick: (p: ProviderInput) => boolean,
): ReadonlyArray<Call> =>
  sim.history.filter((c) => {
    if (c.service !== 'ecs') return false;
    if (c.operation !== 'CreateCapacityProvider' && c.operation !== 'UpdateCapacityProvider') return false;
    const input = c.input as ProviderInput;
    return arnName(input.name ?? '') === name && pick(input);
  });

/** When reports last started launching through a provider with managed scaling on (undefined: it does not). */
function managedSince(sim: Simulation, cp: CapacityProvider | undefined): number | undefined {
  if (!cp || cp.autoScalingGroupProvider.managedScaling.status !== 'ENABLED') return undefined;
  const enabled = providerCalls(
    sim,
    cp.name,
    (p) => p.autoScalingGroupProvider?.managedScaling?.status === 'ENABLED',
  ).map((c) => c.at);
  const moved = sim.history
    .filter((c) => {
      const input = c.input as { service?: string; capacityProviderStrategy?: unknown };
      return (
        c.service === 'ecs' &&
        c.operation === 'UpdateService' &&
        arnName(input.service ?? '') === SERVICE &&
        input.capacityProviderStrategy !== undefined
      );
    })
    .map((c) => c.at);
  return Math.max(0, ...enabled, ...moved);
}

/** Why reports is not yet on a provider with managed scaling, in the learner's terms. */
function notManaged(cp: CapacityProvider | undefined): GoalResult {
  if (!cp) {
    return notYet(
      `${SERVICE} launches through no Auto Scaling group capacity provider, so no scaling sees the tasks it ` +
        'cannot place.',
    );
  }
  return notYet(
    `${SERVICE} launches through ${cp.name}, whose managed scaling is ${cp.autoScalingGroupProvider.managedScaling.status}: ` +
      'a task that finds no room fails at once, and nothing adds instances for it.',
  );
}

/** When a task stopped counting on its instance. */
const leftAt = (t: Task) => t.stoppingAt ?? t.executionStoppedAt ?? t.stoppedAt ?? Infinity;

/** The start of a task's id, as the console shows it. */
const shortTask = (t: Task) => arnName(t.taskArn).slice(0, 8);

function noLongWait(sim: Simulation): GoalResult {
  const cp = providerOfReports(sim);
  const since = managedSince(sim, cp);
  if (since === undefined) return notManaged(cp);
  const counts = reportsCounts(sim).filter((c) => c.at > since);
  if (!counts.some((c) => c.running >= BATCH_TASKS)) {
    const most = Math.max(0, ...counts.map((c) => c.running));
    return notYet(
      `Since managed scaling came on (${clock(since)}), at most ${most} of the batch's ${BATCH_TASKS} tasks ran at once.`,
    );
  }
  // each task that waited for room since then: from its creation (or the fix, if it was already waiting) to its start
  for (const t of reportsTasks(sim)) {
    const from = Math.max(t.createdAt, since);
    const until = t.startedAt ?? (leftAt(t) < Infinity ? leftAt(t) : sim.now);
    if (until <= since) continue;
    if (until - from > MAX_WAIT) {
      return notYet(
        `Task ${shortTask(t)} waited for room from ${clock(from)} to ${clock(until)}` +
          `${t.startedAt === undefined ? ' (still waiting)' : ''}, more than ${MAX_WAIT / 60} minutes. A scale-out ` +
          'waits for the instances of the previous one to pass instanceWarmupPeriod (300 s by default).',
      );
    }
  }
  return met;
}

/** Whether a task of shop was on instance `instanceId` and not yet leaving at time `at`. */
function busyAt(sim: Simulation, instanceId: string, at: number): boolean {
  const onIt = Object.values(sim.state.ecs.tasks).some((t) => {
    if (arnName(t.clusterArn) !== CLUSTER || !t.containerInstanceArn) return false;
    const ci = sim.state.ecs.containerInstances[t.containerInstanceArn];
    return ci?.ec2InstanceId === instanceId && t.createdAt <= at && at < leftAt(t);
  });
  // stopped tasks leave the state after an hour; their stop reason stays in the event log
  const lostWithIt = sim.events.some(
    (e) => e.type === 'TaskStopped' && e.stoppedReason === `Host EC2 (instance ${instanceId}) terminated.`,
  );
  return onIt || lostWithIt;
}

function idleOnlyScaleIn(sim: Simulation): GoalResult {
  const scaleIns = sim.events.flatMap((e) =>
    e.type === 'AutoScalingInstanceTerminating' && e.groupName === GROUP && e.reason === 'scale-in'
      ? [e]
      : [],
  );
  if (scaleIns.length === 0) {
    return notYet(
      `${GROUP} has not scaled in yet. When ${SERVICE} needs fewer instances, only idle ones may go.`,
    );
  }
  const busy = scaleIns.find((e) => busyAt(sim, e.instanceId, e.at));
  if (busy) {
    return notYet(
      `At ${clock(busy.at)} the group began terminating ${busy.instanceId} while tasks ran on it. Reset the lesson ` +
        'and keep busy instances protected.',
    );
  }
  const cp = providerOfReports(sim);
  const guardedSince = cp
    ? Math.max(
        -1,
        ...providerCalls(
          sim,
          cp.name,
          (p) => p.autoScalingGroupProvider?.managedTerminationProtection === 'ENABLED',
        ).map((c) => c.at),
      )
    : -1;
  const unguarded = scaleIns.find(
    (e) => cp?.autoScalingGroupProvider.managedTerminationProtection !== 'ENABLED' || e.at < guardedSince,
  );
  if (unguarded) {
    return notYet(
      `At ${clock(unguarded.at)} the group terminated ${unguarded.instanceId}, an idle one, but only by luck: it ` +
        'picks instances by its termination policy, and nothing protected the busy ones. Turn on managed ' +
        'termination protection.',
    );
  }
  return met;
}

/** The first sample at which reports wanted its normal count again after the batch had run. */
function batchEndedAt(sim: Simulation): number | undefined {
  let ran = false;
  for (const c of reportsCounts(sim)) {
    if (c.running >= BATCH_TASKS) ran = true;
    else if (ran && c.desired <= NORMAL_TASKS) return c.at - 60;
  }
  return undefined;
}

function spareGone(sim: Simulation): GoalResult {
  const ended = batchEndedAt(sim);
  if (ended === undefined) {
    return notYet(
      `Once all ${BATCH_TASKS} tasks have run, the batch is over: set ${SERVICE} back to ${NORMAL_TASKS} tasks and ` +
        'watch the spare instances.',
    );
  }
  const cp = providerOfReports(sim);
  const target =
    cp?.autoScalingGroupProvider.managedScaling.status === 'ENABLED'
      ? cp.autoScalingGroupProvider.managedScaling.targetCapacity
      : 100;
  const group = sim.state.autoscaling.groups[GROUP];
  const live = new Set(group?.Instances.filter((i) => i.termination === undefined).map((i) => i.InstanceId));
  const busy = [...live].filter((id) => busyAt(sim, id, sim.now)).length;
  const wanted = Math.ceil((busy * 100) / target);
  const deadline = ended + SCALE_IN_WITHIN;
  const samples = inServiceCounts(sim).filter((s) => s.at > ended && s.at <= deadline);
  if (samples.some((s) => s.count <= wanted)) return met;
  const last = samples.at(-1)?.count ?? live.size;
  const spare = `${busy} instance${busy === 1 ? '' : 's'} run ${SERVICE}; at targetCapacity ${target} the group needs ${wanted}`;
  if (sim.now < deadline) {
    return notYet(
      `${GROUP} has ${last} instances in service: ${spare}. It has until ${clock(deadline)} to shrink.`,
    );
  }
  return notYet(
    `${SCALE_IN_WITHIN / 60} minutes after the batch (${clock(deadline)}), ${GROUP} still had ${last} instances in ` +
      `service: ${spare}.`,
  );
}

function headroom(sim: Simulation): GoalResult {
  const cp = providerOfReports(sim);
  if (!cp || cp.autoScalingGroupProvider.managedScaling.status !== 'ENABLED') return notManaged(cp);
  const target = cp.autoScalingGroupProvider.managedScaling.targetCapacity;
  return target < 100
    ? met
    : notYet(
        `${cp.name} has targetCapacity ${target}: no spare instance, so every new task waits for a launch.`,
      );
}

export default [
  goal({
    id: 'no-long-wait',
    description: `Once managed scaling is on, all ${BATCH_TASKS} reports tasks run and none waits more than 3 minutes for room`,
    check: noLongWait,
    hints: {
      nudge:
        'Read the reports events in the Services panel, then the group’s CPU: why does the CPU policy not add an instance?',
      pointer:
        'Placement needs free memory, and the CPU policy watches CPU use. A capacity provider with managed scaling ' +
        'holds unplaceable tasks in PROVISIONING and scales the group on CapacityProviderReservation.',
      bottomOut:
        '`aws ecs update-capacity-provider --name shop-cp --auto-scaling-group-provider "managedScaling={status=ENABLED}"`: ' +
        'the 4 missing tasks wait in PROVISIONING and the group grows for them (targetCapacity 100, the default).',
    },
  }),
  goal({
    id: 'idle-only-scale-in',
    description:
      'The group scales in without terminating an instance that runs tasks, guarded by managed termination protection',
    check: idleOnlyScaleIn,
    hints: {
      nudge:
        'When the group shrinks, which instance goes? Compare the group’s termination policy with where the tasks run.',
      pointer:
        'Managed termination protection keeps every busy instance protected from scale-in. It needs managed ' +
        'scaling, and the group must protect new instances (NewInstancesProtectedFromScaleIn). Remove the CPU ' +
        'policy too: it would shrink the group while tasks need it.',
      bottomOut:
        '`aws autoscaling delete-policy --auto-scaling-group-name shop-asg --policy-name cpu-60`, ' +
        '`aws autoscaling update-auto-scaling-group --auto-scaling-group-name shop-asg --new-instances-protected-from-scale-in`, then ' +
        '`aws ecs update-capacity-provider --name shop-cp --auto-scaling-group-provider "managedTerminationProtection=ENABLED"`.',
    },
  }),
  goal({
    id: 'spare-gone',
    description:
      'Within 20 minutes after reports goes back to 4 tasks, the group keeps no idle instance beyond its targetCapacity headroom',
    check: spareGone,
    hints: {
      nudge:
        'After the batch, look at CapacityProviderReservation: what does it say about the empty instances?',
      pointer:
        'Below targetCapacity, managed scaling shrinks the group to ceil(busy instances × 100 / targetCapacity), after ' +
        '15 minutes of low readings. A CPU policy or a raised MinSize can keep instances idle.',
      bottomOut:
        '`aws ecs update-service --cluster shop --service reports --desired-count 4`, then let 20 minutes run: the two ' +
        'emptied instances lose their protection and go.',
    },
  }),
  goal({
    id: 'headroom',
    description: 'Bonus: shop-cp keeps spare room for new tasks (targetCapacity below 100)',
    holdFor: 60,
    check: headroom,
    hints: {
      nudge: 'With targetCapacity 100, how long does a new task wait when every instance is full?',
      pointer:
        'targetCapacity is how full managed scaling keeps the instances: 80 leaves about a fifth of them free. ' +
        'Set it once the batch runs: the scale-out for headroom holds the next one back for instanceWarmupPeriod.',
      bottomOut:
        '`aws ecs update-capacity-provider --name shop-cp --auto-scaling-group-provider "managedScaling={status=ENABLED,targetCapacity=90}"`',
    },
  }),
];
