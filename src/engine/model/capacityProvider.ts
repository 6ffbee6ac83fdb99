import type { SimTime } from './ids';

/** An Auto Scaling group capacity provider (ecs-reference §8.3). Owned by src/engine/capacityProviders. */
export interface ManagedScaling {
  readonly status: 'ENABLED' | 'DISABLED';
  readonly targetCapacity: number;
  readonly minimumScalingStepSize: number;
  readonly maximumScalingStepSize: number;
  readonly instanceWarmupPeriod: number;
}

export interface CapacityProvider {
  readonly capacityProviderArn: string;
  readonly name: string;
  readonly status: 'ACTIVE' | 'INACTIVE';
  readonly updateStatus?: string;
  readonly autoScalingGroupProvider: {
    readonly autoScalingGroupArn: string;
    readonly managedScaling: ManagedScaling;
    readonly managedTerminationProtection: 'ENABLED' | 'DISABLED';
    readonly managedDraining: 'ENABLED' | 'DISABLED';
  };
  readonly tags: ReadonlyArray<{ readonly key: string; readonly value: string }>;
  readonly createdAt: SimTime;
}

/** The two Fargate providers every account has (they cannot be created or deleted, only associated). */
export const FARGATE_PROVIDERS = ['FARGATE', 'FARGATE_SPOT'] as const;
export type FargateProviderName = (typeof FARGATE_PROVIDERS)[number];
