import type { CapacityProvider } from '../model/capacityProvider';
import type { SimState } from '../state';
import { capacityProviderArn } from './providers';

/** The `CapacityProvider` shape of the ECS API (DescribeCapacityProviders and the Create/Update/Delete answers). */
export interface CapacityProviderOutput {
  readonly capacityProviderArn: string;
  readonly name: string;
  readonly status: 'ACTIVE' | 'INACTIVE';
  readonly autoScalingGroupProvider?: {
    readonly autoScalingGroupArn: string;
    readonly managedScaling: {
      readonly status: 'ENABLED' | 'DISABLED';
      readonly targetCapacity: number;
      readonly minimumScalingStepSize: number;
      readonly maximumScalingStepSize: number;
      readonly instanceWarmupPeriod: number;
    };
    readonly managedTerminationProtection: 'ENABLED' | 'DISABLED';
    readonly managedDraining: 'ENABLED' | 'DISABLED';
  };
  readonly updateStatus?: string;
  readonly tags: Array<{ key: string; value: string }>;
}

/** A stored Auto Scaling group provider as the API shows it. Pure. */
export function capacityProviderOutput(cp: CapacityProvider, withTags = true): CapacityProviderOutput {
  const g = cp.autoScalingGroupProvider;
  return {
    capacityProviderArn: cp.capacityProviderArn,
    name: cp.name,
    status: cp.status,
    autoScalingGroupProvider: {
      autoScalingGroupArn: g.autoScalingGroupArn,
      managedScaling: { ...g.managedScaling },
      managedTerminationProtection: g.managedTerminationProtection,
      managedDraining: g.managedDraining,
    },
    ...(cp.updateStatus !== undefined ? { updateStatus: cp.updateStatus } : {}),
    tags: withTags ? cp.tags.map((t) => ({ ...t })) : [],
  };
}

/** FARGATE or FARGATE_SPOT as DescribeCapacityProviders lists them: always ACTIVE, no group. */
export const fargateProviderOutput = (state: SimState, name: string): CapacityProviderOutput => ({
  capacityProviderArn: capacityProviderArn(state, name),
  name,
  status: 'ACTIVE',
  tags: [],
});
