import type { EngineContext } from '../context';
import { invalidParameter } from '../errors';
import { requestTaskStop } from '../lifecycle';
import type { StopCode } from '../model/ecs';
import type { InstanceId, TaskArn } from '../model/ids';
import type { SimState } from '../state';
import { canFail, failHost } from './host';
import { isZoneFailed, regionZones } from './zoneState';

export { FARGATE_NO_CAPACITY, isZoneFailed } from './zoneState';

/**
 * Availability Zone outages (sim FailAvailabilityZone / RestoreAvailabilityZone). A failed zone is a key of
 * `state.failedZones` (the time it failed); while it is there, nothing new starts in it: Fargate places tasks
 * only in the other AZs of their subnets, and RunInstances into it is refused for lack of capacity.
 */

/** The Region's AZs, from the subnets the account has, sorted. */
/**
 * Why Fargate stops its tasks in a failed zone. The sandbox's own words and model: AWS does not document what
 * a zone outage does to Fargate tasks; the stop code is the one ECS gives tasks stopped for infrastructure
 * going away (as for a stopped host).
 */
export const zoneOutageStop = (az: string): { stopCode: StopCode; reason: string } => ({
  stopCode: 'TerminationNotice',
  reason: `Availability Zone ${az} failed (sandbox outage): Fargate stopped the task.`,
});

/** Rejects a name that is not one of the Region's AZs. */
function requireZone(state: SimState, az: string): void {
  const zones = regionZones(state);
  if (!zones.includes(az)) {
    throw invalidParameter(
      `availabilityZone: '${az}' is not an Availability Zone of ${state.region}; use one of ${zones.join(', ')}.`,
      'availabilityZone',
    );
  }
}

export interface ZoneFailure {
  /** the pending or running instances in the zone, now stopped */
  readonly failedInstanceIds: ReadonlyArray<InstanceId>;
  /** the tasks asked to stop: those on the failed instances and the zone's Fargate tasks */
  readonly stoppingTaskArns: ReadonlyArray<TaskArn>;
}

/**
 * Fails a zone: every pending or running instance there fails as under sim FailInstance (the tasks on them
 * stop with "Host EC2 (instance …) stopped."), every live Fargate task there stops (zoneOutageStop), and the
 * zone is recorded in `failedZones`. Services then replace their tasks elsewhere through the normal
 * scheduler. Looks at every instance and task of the account once: a teaching control, not a hot path.
 */
export function failZone(ctx: EngineContext, az: string): ZoneFailure {
  requireZone(ctx.state, az);
  if (isZoneFailed(ctx.state, az)) {
    throw invalidParameter(
      `availabilityZone: ${az} already failed at ${ctx.iso(ctx.state.failedZones[az]!)}; ` +
        'restore it with sim RestoreAvailabilityZone before failing it again.',
      'availabilityZone',
    );
  }
  ctx.tx.set(ctx.state.failedZones, az, ctx.now);
  const failedInstanceIds: InstanceId[] = [];
  const stoppingTaskArns: TaskArn[] = [];
  const instances = Object.values(ctx.state.ec2.instances).filter(
    (i) => i.AvailabilityZone === az && canFail(i),
  );
  const fargateTasks = Object.values(ctx.state.ecs.tasks).filter(
    (t) =>
      t.launchType === 'FARGATE' &&
      t.availabilityZone === az &&
      t.desiredStatus !== 'STOPPED' &&
      t.lastStatus !== 'STOPPED',
  );
  ctx.emit({
    type: 'AvailabilityZoneFailed',
    at: ctx.now,
    availabilityZone: az,
    instanceIds: instances.map((i) => i.InstanceId),
    fargateTaskArns: fargateTasks.map((t) => t.taskArn),
  });
  for (const instance of instances) {
    failedInstanceIds.push(instance.InstanceId);
    stoppingTaskArns.push(...failHost(ctx, instance).stoppingTaskArns);
  }
  const why = zoneOutageStop(az);
  for (const task of fargateTasks) {
    requestTaskStop(ctx, task.taskArn, why);
    stoppingTaskArns.push(task.taskArn);
  }
  return { failedInstanceIds, stoppingTaskArns };
}

/**
 * Ends a zone's outage: new launches there work again. What failed stays failed (its instances stay
 * stopped, its tasks stopped); services may place new tasks there from their next look on.
 */
export function restoreZone(ctx: EngineContext, az: string): void {
  requireZone(ctx.state, az);
  if (!isZoneFailed(ctx.state, az)) {
    throw invalidParameter(
      `availabilityZone: ${az} is not failed; only a zone failed with sim FailAvailabilityZone can be restored.`,
      'availabilityZone',
    );
  }
  const failedAt = ctx.state.failedZones[az]!;
  ctx.tx.remove(ctx.state.failedZones, az);
  ctx.emit({ type: 'AvailabilityZoneRestored', at: ctx.now, availabilityZone: az, failedAt });
}
