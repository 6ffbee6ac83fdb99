import type { InputOf } from '../engine/index';

/**
 * The Capacity panel's forms: an Auto Scaling group's CPU policy, a capacity provider for a group, and the
 * providers a cluster uses with its default strategy. Pure: the requests are tested without a screen.
 */

/** What the capacity provider form holds. */
export interface CapacityProviderForm {
  readonly name: string;
  readonly groupName: string;
  readonly managedScaling: boolean;
  /** percent 1–100 */
  readonly targetCapacity: number;
  readonly terminationProtection: boolean;
  readonly managedDraining: boolean;
}

export const DEFAULT_PROVIDER_FORM: CapacityProviderForm = {
  name: 'ec2-capacity',
  groupName: '',
  managedScaling: true,
  targetCapacity: 100,
  terminationProtection: false,
  managedDraining: true,
};

export function createCapacityProviderInput(
  form: CapacityProviderForm,
): InputOf<'ecs', 'CreateCapacityProvider'> {
  return {
    name: form.name,
    autoScalingGroupProvider: {
      autoScalingGroupArn: form.groupName,
      managedScaling: {
        status: form.managedScaling ? 'ENABLED' : 'DISABLED',
        ...(form.managedScaling ? { targetCapacity: form.targetCapacity } : {}),
      },
      managedTerminationProtection: form.terminationProtection ? 'ENABLED' : 'DISABLED',
      managedDraining: form.managedDraining ? 'ENABLED' : 'DISABLED',
    },
  };
}

/** One item of a capacity provider strategy as the form edits it. */
export interface StrategyRow {
  readonly capacityProvider: string;
  readonly base: number;
  readonly weight: number;
}

/** PutClusterCapacityProviders: the providers ticked and the default strategy's rows (base only where set). */
export function clusterProvidersInput(
  cluster: string,
  providers: ReadonlyArray<string>,
  strategy: ReadonlyArray<StrategyRow>,
): InputOf<'ecs', 'PutClusterCapacityProviders'> {
  return {
    cluster,
    capacityProviders: [...providers],
    defaultCapacityProviderStrategy: strategy.map((row) => ({
      capacityProvider: row.capacityProvider,
      weight: row.weight,
      ...(row.base > 0 ? { base: row.base } : {}),
    })),
  };
}

/** The EC2 Auto Scaling target tracking policy on the group's average CPU (the pre-capacity-provider way). */
export function groupCpuPolicyInput(
  groupName: string,
  targetValue: number,
): InputOf<'autoscaling', 'PutScalingPolicy'> {
  return {
    AutoScalingGroupName: groupName,
    PolicyName: `${groupName}-cpu${targetValue}`,
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingConfiguration: {
      PredefinedMetricSpecification: { PredefinedMetricType: 'ASGAverageCPUUtilization' },
      TargetValue: targetValue,
    },
  };
}
