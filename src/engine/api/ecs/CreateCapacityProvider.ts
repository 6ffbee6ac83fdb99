import { clientException, invalidParameter } from '../../errors';
import { capacityProviderOutput, type CapacityProviderOutput } from '../../capacityProviders/output';
import { providerOfGroup, requireGroup } from '../../capacityProviders/groups';
import { capacityProviderArn, isFargateProvider } from '../../capacityProviders/providers';
import { resolveManagedScaling } from '../../capacityProviders/settings';
import type { CapacityProvider } from '../../model/capacityProvider';
import { createCapacityProviderSchema } from '../../schema/capacityProviders';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { startMinuteClock } from '../../scaling/minute';
import { defineOperation } from '../operation';

export type CreateCapacityProviderInput = Infer<typeof createCapacityProviderSchema>;

export interface CreateCapacityProviderOutput {
  readonly capacityProvider: CapacityProviderOutput;
}

/** Names: up to 255 letters, digits, `_` and `-`, not starting with aws, ecs or fargate (ecs-reference §8.1). */
function checkName(name: string): void {
  if (!/^[A-Za-z0-9_-]{1,255}$/.test(name)) {
    throw invalidParameter(
      `The capacity provider name '${name}' is not valid: use up to 255 letters, digits, underscores and hyphens.`,
      'name',
    );
  }
  if (/^(aws|ecs|fargate)/i.test(name) || isFargateProvider(name)) {
    throw invalidParameter(
      `The capacity provider name '${name}' is reserved: names cannot start with "aws", "ecs" or "fargate". ` +
        'Choose another name.',
      'name',
    );
  }
}

/**
 * ecs CreateCapacityProvider: an Auto Scaling group provider (ecs-reference §8.3). The group must exist and back
 * no other provider; managed scaling gets its defaults (target 100 %, steps 1–10000, warm-up 300 s); managed
 * termination protection needs managed scaling and the group's NewInstancesProtectedFromScaleIn; managed
 * draining is on unless turned off. The provider is usable once associated with a cluster.
 */
export const CreateCapacityProvider = defineOperation<
  CreateCapacityProviderInput,
  CreateCapacityProviderOutput
>({
  schema: createCapacityProviderSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    checkName(input.name);
    const existing = ctx.state.ecs.capacityProviders[input.name];
    if (existing?.status === 'ACTIVE') {
      // the wording AWS returns (aws/containers-roadmap issue #632)
      throw clientException(
        'The specified capacity provider already exists. To change the configuration of an existing capacity ' +
          'provider, update the capacity provider.',
        'name',
      );
    }
    const asg = input.autoScalingGroupProvider;
    if (!asg) {
      throw invalidParameter(
        'autoScalingGroupProvider is required: the sandbox simulates Auto Scaling group capacity providers ' +
          '(Managed Instances providers are not simulated). Give the group with autoScalingGroupProvider.autoScalingGroupArn.',
        'autoScalingGroupProvider',
      );
    }
    const group = requireGroup(
      ctx.state,
      asg.autoScalingGroupArn,
      'autoScalingGroupProvider.autoScalingGroupArn',
    );
    const owner = providerOfGroup(ctx.state, group);
    if (owner) {
      throw invalidParameter(
        `The Auto Scaling group ${group.AutoScalingGroupName} already backs capacity provider ${owner.name}; a group ` +
          'can back one provider only. Use that provider, or create another group.',
        'autoScalingGroupProvider.autoScalingGroupArn',
      );
    }
    const managedScaling = resolveManagedScaling(asg.managedScaling);
    const managedTerminationProtection = asg.managedTerminationProtection ?? 'DISABLED';
    checkTerminationProtection(
      managedTerminationProtection,
      managedScaling.status,
      group.NewInstancesProtectedFromScaleIn,
    );
    const cp: CapacityProvider = {
      capacityProviderArn: capacityProviderArn(ctx.state, input.name),
      name: input.name,
      status: 'ACTIVE',
      autoScalingGroupProvider: {
        autoScalingGroupArn: group.AutoScalingGroupARN,
        managedScaling,
        managedTerminationProtection,
        managedDraining: asg.managedDraining ?? 'ENABLED',
      },
      tags: (input.tags ?? []).map((t) => ({ key: t.key, value: t.value ?? '' })),
      createdAt: ctx.now,
    };
    ctx.tx.set(ctx.state.ecs.capacityProviders, cp.name, cp);
    startMinuteClock(ctx);
    return { capacityProvider: capacityProviderOutput(cp) };
  },
});

/**
 * Managed termination protection needs managed scaling and the group's scale-in protection for new instances
 * (ecs-reference §8.3; the wording of the second refusal is AWS's, aws/containers-roadmap issue #653).
 */
export function checkTerminationProtection(
  protection: 'ENABLED' | 'DISABLED',
  scaling: 'ENABLED' | 'DISABLED',
  groupProtects: boolean,
): void {
  if (protection !== 'ENABLED') return;
  if (scaling !== 'ENABLED') {
    throw invalidParameter(
      'The managed termination protection setting for the capacity provider is invalid. Managed termination ' +
        'protection works with managed scaling: set managedScaling.status to ENABLED, or turn protection off.',
      'autoScalingGroupProvider.managedTerminationProtection',
    );
  }
  if (!groupProtects) {
    throw invalidParameter(
      'The managed termination protection setting for the capacity provider is invalid. To enable managed ' +
        'termination protection for a capacity provider, the Auto Scaling group must have instance protection ' +
        'from scale in enabled (NewInstancesProtectedFromScaleIn).',
      'autoScalingGroupProvider.managedTerminationProtection',
    );
  }
}
