import type { TerminationDecision } from '../autoscaling';
import { setInstanceProtection } from '../autoscaling';
import { setContainerInstanceStatus } from '../containerInstances/status';
import type { EngineContext } from '../context';
import type { AutoScalingGroup } from '../model/autoscaling';
import type { InstanceId } from '../model/ids';
import { scheduleClusterServices } from '../services';
import { serviceArnOfTask } from '../services/arn';
import { clustersUsing, groupOf, providerOfGroup } from './groups';
import { busyInstanceIds } from './reservation';

/**
 * Managed termination protection and managed draining (ecs-reference §8.3).
 *
 * Protection: each minute ECS protects from scale-in the group's instances that run a task that is not a
 * daemon's and takes protection off the empty ones, so scale-in only ever removes empty instances. An instance
 * still within instanceWarmupPeriod of its launch keeps its protection (it was launched for tasks about to come).
 *
 * Draining: the group asks before it terminates an instance (its termination hook); ECS sets the container
 * instance DRAINING, the service scheduler moves its service tasks elsewhere, and the group may go ahead once no
 * service task is left on it (standalone tasks do not hold it; the hook's timeout lets it go in any case).
 */

/** Sets scale-in protection on busy instances and clears it on empty ones, for every provider that manages it. */
export function syncTerminationProtection(ctx: EngineContext): void {
  for (const cp of Object.values(ctx.state.ecs.capacityProviders)) {
    if (cp.status !== 'ACTIVE' || cp.autoScalingGroupProvider.managedTerminationProtection !== 'ENABLED')
      continue;
    const group = groupOf(ctx.state, cp);
    const cluster = clustersUsing(ctx.state, cp.name)[0];
    if (!group || !cluster) continue;
    const busy = busyInstanceIds(ctx.state, cluster.clusterArn);
    const warmup = cp.autoScalingGroupProvider.managedScaling.instanceWarmupPeriod;
    const protect: string[] = [];
    const release: string[] = [];
    for (const i of group.Instances) {
      if (i.termination !== undefined) continue;
      const want = busy.has(i.InstanceId);
      if (want && !i.ProtectedFromScaleIn) protect.push(i.InstanceId);
      const launched = ctx.state.ec2.instances[i.InstanceId]?.LaunchTime ?? 0;
      if (!want && i.ProtectedFromScaleIn && ctx.now - launched >= warmup) release.push(i.InstanceId);
    }
    if (protect.length) setInstanceProtection(ctx, group.AutoScalingGroupName, protect, true);
    if (release.length) setInstanceProtection(ctx, group.AutoScalingGroupName, release, false);
  }
}

/**
 * The termination hook of managed draining (registered with the Auto Scaling module): 'wait' while the
 * instance, now DRAINING, still runs service tasks; 'proceed' for groups without a draining provider.
 */
export function drainBeforeTermination(
  ctx: EngineContext,
  group: AutoScalingGroup,
  instanceId: InstanceId,
): TerminationDecision {
  const cp = providerOfGroup(ctx.state, group);
  if (!cp || cp.autoScalingGroupProvider.managedDraining !== 'ENABLED') return 'proceed';
  const ci = Object.values(ctx.state.ecs.containerInstances).find(
    (c) => c.ec2InstanceId === instanceId && (c.status === 'ACTIVE' || c.status === 'DRAINING'),
  );
  if (!ci) return 'proceed';
  if (ci.status === 'ACTIVE') {
    setContainerInstanceStatus(ctx, ci, 'DRAINING');
    scheduleClusterServices(ctx, ci.clusterArn);
  }
  const serviceTasksLeft = Object.values(ctx.state.ecs.tasks).some((t) => {
    if (t.containerInstanceArn !== ci.containerInstanceArn || t.lastStatus === 'STOPPED') return false;
    const service = serviceArnOfTask(ctx.state, t);
    return service !== undefined && ctx.state.ecs.services[service]?.schedulingStrategy !== 'DAEMON';
  });
  return serviceTasksLeft ? 'wait' : 'proceed';
}
