import { invalidParameter } from '../errors';
import type { ManagedScaling } from '../model/capacityProvider';

/** What a request gives of `managedScaling` (every member optional). */
export interface ManagedScalingInput {
  readonly status?: 'ENABLED' | 'DISABLED';
  readonly targetCapacity?: number;
  readonly minimumScalingStepSize?: number;
  readonly maximumScalingStepSize?: number;
  readonly instanceWarmupPeriod?: number;
}

/**
 * `managedScaling` with the API's defaults (target 100, steps 1 and 10000, warm-up 300 s; ecs-reference §8.3),
 * over `current` on update. The API does not say what `status` is when left out: the sandbox turns managed
 * scaling on when the request gives `managedScaling` at all, and leaves it off when it gives none (UNVERIFIED).
 * The minimum step cannot exceed the maximum.
 */
export function resolveManagedScaling(
  input: ManagedScalingInput | undefined,
  current?: ManagedScaling,
): ManagedScaling {
  const resolved: ManagedScaling = {
    status: input?.status ?? current?.status ?? (input ? 'ENABLED' : 'DISABLED'),
    targetCapacity: input?.targetCapacity ?? current?.targetCapacity ?? 100,
    minimumScalingStepSize: input?.minimumScalingStepSize ?? current?.minimumScalingStepSize ?? 1,
    maximumScalingStepSize: input?.maximumScalingStepSize ?? current?.maximumScalingStepSize ?? 10000,
    instanceWarmupPeriod: input?.instanceWarmupPeriod ?? current?.instanceWarmupPeriod ?? 300,
  };
  if (resolved.minimumScalingStepSize > resolved.maximumScalingStepSize) {
    throw invalidParameter(
      `managedScaling.minimumScalingStepSize (${resolved.minimumScalingStepSize}) is larger than ` +
        `maximumScalingStepSize (${resolved.maximumScalingStepSize}). Make the minimum at most the maximum.`,
      'autoScalingGroupProvider.managedScaling.minimumScalingStepSize',
    );
  }
  return resolved;
}
