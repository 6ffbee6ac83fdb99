import { applyDesiredCount } from '../../applicationAutoScaling/apply';
import {
  checkDimension,
  checkNamespace,
  ecsRoleArn,
  requireScalableService,
  scalableTargetArn,
  validation,
} from '../../applicationAutoScaling/resource';
import type { ScalableTarget } from '../../model/applicationAutoScaling';
import { startMinuteClock } from '../../scaling/minute';
import { registerScalableTargetSchema } from '../../schema/applicationAutoScaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type RegisterScalableTargetInput = Infer<typeof registerScalableTargetSchema>;

export interface RegisterScalableTargetOutput {
  readonly ScalableTargetARN: string;
}

function checkCapacity(name: 'MinCapacity' | 'MaxCapacity', value: number | undefined): void {
  if (value !== undefined && value < 0) {
    throw validation(`${name} is ${value}: a task count cannot be negative (0 or more).`, name);
  }
}

/**
 * application-autoscaling RegisterScalableTarget: makes an ECS service's desired count scalable between
 * MinCapacity and MaxCapacity, or updates a target already registered (members left out keep their values).
 * Either way the desired count is moved into the range at once if it lies outside it (the API's documented
 * behaviour). Starts the minute clock: policies act on 1-minute metrics.
 */
export const RegisterScalableTarget = defineOperation<
  RegisterScalableTargetInput,
  RegisterScalableTargetOutput
>({
  schema: registerScalableTargetSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    checkNamespace(input.ServiceNamespace);
    checkDimension(input.ScalableDimension);
    const service = requireScalableService(ctx.state, input.ResourceId);
    checkCapacity('MinCapacity', input.MinCapacity);
    checkCapacity('MaxCapacity', input.MaxCapacity);
    const table = ctx.state.applicationAutoScaling.targets;
    const old = table[input.ResourceId];
    if (!old && (input.MinCapacity === undefined || input.MaxCapacity === undefined)) {
      throw validation(
        `A new scalable target needs both MinCapacity and MaxCapacity (${input.ResourceId} is not registered yet); later calls may change one of them.`,
        input.MinCapacity === undefined ? 'MinCapacity' : 'MaxCapacity',
      );
    }
    const min = input.MinCapacity ?? old!.MinCapacity;
    const max = input.MaxCapacity ?? old!.MaxCapacity;
    if (min > max) {
      throw validation(
        `MinCapacity (${min}) is greater than MaxCapacity (${max}): the minimum must not exceed the maximum.`,
        input.MinCapacity !== undefined ? 'MinCapacity' : 'MaxCapacity',
      );
    }
    const suspended = {
      DynamicScalingInSuspended: false,
      DynamicScalingOutSuspended: false,
      ScheduledScalingSuspended: false,
      ...old?.SuspendedState,
      ...input.SuspendedState,
    };
    const target: ScalableTarget = {
      ...(old ?? {
        ServiceNamespace: 'ecs' as const,
        ResourceId: input.ResourceId,
        ScalableDimension: 'ecs:service:DesiredCount' as const,
        ScalableTargetARN: scalableTargetArn(ctx),
        RoleARN: ecsRoleArn(ctx.state),
        CreationTime: ctx.now,
      }),
      MinCapacity: min,
      MaxCapacity: max,
      SuspendedState: suspended,
    };
    ctx.tx.set(table, target.ResourceId, target);
    const desired = Math.min(max, Math.max(min, service.desiredCount));
    if (desired !== service.desiredCount) {
      // the sandbox's wording: AWS does not document the Cause of this activity
      const cause =
        desired > service.desiredCount
          ? `the scalable target's minimum capacity was set to ${min}`
          : `the scalable target's maximum capacity was set to ${max}`;
      applyDesiredCount(ctx, target, service, desired, { cause });
    }
    startMinuteClock(ctx);
    return { ScalableTargetARN: target.ScalableTargetARN };
  },
});
