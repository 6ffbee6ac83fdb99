import { invalidParameter } from '../errors';
import type { AutoScalingGroup } from '../model/autoscaling';
import type { CapacityProvider } from '../model/capacityProvider';
import type { Cluster } from '../model/ecs';
import type { SimState } from '../state';
import { GROUP_TAG } from '../autoscaling/names';

/** The Auto Scaling group a provider names, by ARN or name (CreateCapacityProvider takes either). */
export function findGroup(state: SimState, ref: string): AutoScalingGroup | undefined {
  if (!ref.startsWith('arn:')) return state.autoscaling.groups[ref];
  return Object.values(state.autoscaling.groups).find((g) => g.AutoScalingGroupARN === ref);
}

export function requireGroup(state: SimState, ref: string, field: string): AutoScalingGroup {
  const group = findGroup(state, ref);
  if (!group) {
    throw invalidParameter(
      `The Auto Scaling group '${ref}' does not exist. Create it with autoscaling CreateAutoScalingGroup, or copy ` +
        'its name or ARN from DescribeAutoScalingGroups.',
      field,
    );
  }
  return group;
}

/** The group behind a provider (undefined once the group is deleted). */
export const groupOf = (state: SimState, cp: CapacityProvider): AutoScalingGroup | undefined =>
  findGroup(state, cp.autoScalingGroupProvider.autoScalingGroupArn);

/** The ACTIVE clusters a provider is associated with (an Auto Scaling group provider has at most one). */
export const clustersUsing = (state: SimState, name: string): Cluster[] =>
  Object.values(state.ecs.clusters).filter(
    (c) => c.status === 'ACTIVE' && c.capacityProviders.includes(name),
  );

/** The provider that owns a group, if one does (a group backs at most one provider). */
export const providerOfGroup = (state: SimState, group: AutoScalingGroup): CapacityProvider | undefined =>
  Object.values(state.ecs.capacityProviders).find(
    (cp) =>
      cp.status === 'ACTIVE' &&
      findGroup(state, cp.autoScalingGroupProvider.autoScalingGroupArn)?.AutoScalingGroupName ===
        group.AutoScalingGroupName,
  );

/**
 * The capacity provider an EC2 instance registers under: the provider of the Auto Scaling group that launched it
 * (its `aws:autoscaling:groupName` tag), when that provider is associated with the cluster it joins.
 */
export function providerNameForInstance(
  state: SimState,
  cluster: Cluster,
  tags: ReadonlyArray<{ readonly Key: string; readonly Value: string }>,
): string | undefined {
  const groupName = tags.find((t) => t.Key === GROUP_TAG)?.Value;
  if (groupName === undefined) return undefined;
  const group = state.autoscaling.groups[groupName];
  if (!group) return undefined;
  const cp = providerOfGroup(state, group);
  return cp && cluster.capacityProviders.includes(cp.name) ? cp.name : undefined;
}

/** `{ capacityProviderName }` for a registering instance's record, or nothing (see providerNameForInstance). */
export function withCapacityProvider(
  state: SimState,
  cluster: Cluster,
  tags: ReadonlyArray<{ readonly Key: string; readonly Value: string }> | undefined,
): { capacityProviderName?: string } {
  const name = tags ? providerNameForInstance(state, cluster, tags) : undefined;
  return name !== undefined ? { capacityProviderName: name } : {};
}
