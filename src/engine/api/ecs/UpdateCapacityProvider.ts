import { clientException } from '../../errors';
import { groupOf } from '../../capacityProviders/groups';
import { syncManagedScaling } from '../../capacityProviders/managedScaling';
import { capacityProviderOutput, type CapacityProviderOutput } from '../../capacityProviders/output';
import { isFargateProvider } from '../../capacityProviders/providers';
import { resolveManagedScaling } from '../../capacityProviders/settings';
import type { CapacityProvider } from '../../model/capacityProvider';
import { updateCapacityProviderSchema } from '../../schema/capacityProviders';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import type { SimState } from '../../state';
import { defineOperation } from '../operation';
import { checkTerminationProtection } from './CreateCapacityProvider';

export type UpdateCapacityProviderInput = Infer<typeof updateCapacityProviderSchema>;

export interface UpdateCapacityProviderOutput {
  readonly capacityProvider: CapacityProviderOutput;
}

/** An ACTIVE Auto Scaling group provider by name or ARN, or the error Update and Delete answer with. */
export function requireGroupProvider(state: SimState, ref: string, field: string): CapacityProvider {
  const name = ref.slice(ref.lastIndexOf('/') + 1);
  if (isFargateProvider(name)) {
    throw clientException(
      `${name} is built into every account and cannot be changed or deleted; only associated with clusters.`,
      field,
    );
  }
  const cp = state.ecs.capacityProviders[name];
  if (!cp || cp.status !== 'ACTIVE') {
    throw clientException(
      `The specified capacity provider '${name}' does not exist. DescribeCapacityProviders lists the providers there are.`,
      field,
    );
  }
  return cp;
}

/**
 * ecs UpdateCapacityProvider: changes an Auto Scaling group provider's managed scaling, managed termination
 * protection and managed draining (what the request leaves out keeps its value). Its group cannot change.
 * Managed scaling's alarms follow at once.
 */
export const UpdateCapacityProvider = defineOperation<
  UpdateCapacityProviderInput,
  UpdateCapacityProviderOutput
>({
  schema: updateCapacityProviderSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cp = requireGroupProvider(ctx.state, input.name, 'name');
    const given = input.autoScalingGroupProvider ?? {};
    const current = cp.autoScalingGroupProvider;
    const managedScaling = resolveManagedScaling(given.managedScaling, current.managedScaling);
    const managedTerminationProtection =
      given.managedTerminationProtection ?? current.managedTerminationProtection;
    checkTerminationProtection(
      managedTerminationProtection,
      managedScaling.status,
      groupOf(ctx.state, cp)?.NewInstancesProtectedFromScaleIn ?? false,
    );
    const next: CapacityProvider = {
      ...cp,
      autoScalingGroupProvider: {
        ...current,
        managedScaling,
        managedTerminationProtection,
        managedDraining: given.managedDraining ?? current.managedDraining,
      },
      updateStatus: 'UPDATE_COMPLETE',
    };
    ctx.tx.set(ctx.state.ecs.capacityProviders, cp.name, next);
    syncManagedScaling(ctx, next);
    return { capacityProvider: capacityProviderOutput(next) };
  },
});
