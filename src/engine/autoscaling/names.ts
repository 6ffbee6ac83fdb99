import type { EngineContext } from '../context';
import type { SimState } from '../state';

/** The tag EC2 Auto Scaling puts on every instance it launches (the AWS/EC2 metrics by group read it). */
export const GROUP_TAG = 'aws:autoscaling:groupName';

/** A random UUID from the seeded generator (group, policy and activity ids). */
export function uuid(ctx: EngineContext): string {
  const h = ctx.randomHex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const groupArn = (state: SimState, id: string, name: string): string =>
  `arn:aws:autoscaling:${state.region}:${state.accountId}:autoScalingGroup:${id}:autoScalingGroupName/${name}`;

export const policyArn = (state: SimState, id: string, group: string, policy: string): string =>
  `arn:aws:autoscaling:${state.region}:${state.accountId}:scalingPolicy:${id}:autoScalingGroupName/${group}:policyName/${policy}`;

/** The name of the group an instance belongs to, from its tag; undefined for instances no group launched. */
export const groupOfInstance = (
  instance: { readonly Tags: ReadonlyArray<{ readonly Key: string; readonly Value: string }> } | undefined,
): string | undefined => instance?.Tags.find((t) => t.Key === GROUP_TAG)?.Value;
