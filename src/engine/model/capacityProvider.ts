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
  /** when managed scaling last scaled the group out (no further scale-out until instanceWarmupPeriod has passed) */
  readonly lastScaleOutAt?: SimTime;
}

/** One item of a `capacityProviderStrategy`: base 0–100000 and weight 0–1000, both 0 when left out. */
export interface CapacityProviderStrategyItem {
  readonly capacityProvider: string;
  readonly weight?: number;
  readonly base?: number;
}

/** The two Fargate providers every account has (they cannot be created or deleted, only associated). */
export const FARGATE_PROVIDERS = ['FARGATE', 'FARGATE_SPOT'] as const;
export type FargateProviderName = (typeof FARGATE_PROVIDERS)[number];
