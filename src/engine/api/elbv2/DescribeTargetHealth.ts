import { healthOf } from '../../elbv2/health';
import { requireTargetGroup, targetsOf } from '../../elbv2/lookup';
import { healthCheckPortOf } from '../../elbv2/probe';
import type { TargetHealth } from '../../model/elbv2';
import { describeTargetHealthSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { portOf } from './targets';

export type DescribeTargetHealthInput = Infer<typeof describeTargetHealthSchema>;

export interface TargetHealthDescription {
  readonly Target: { readonly Id: string; readonly Port: number };
  readonly HealthCheckPort: string;
  readonly TargetHealth: TargetHealth;
}

export interface DescribeTargetHealthOutput {
  readonly TargetHealthDescriptions: TargetHealthDescription[];
}

/**
 * The health of a target group's targets: all registered ones, or the ones named (a target that is not
 * registered is `unused` with reason Target.NotRegistered).
 */
export const DescribeTargetHealth = defineOperation<DescribeTargetHealthInput, DescribeTargetHealthOutput>({
  schema: describeTargetHealthSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const tg = requireTargetGroup(ctx.state, input.TargetGroupArn);
    const targets = input.Targets
      ? input.Targets.map((t) => ({ Id: t.Id, Port: portOf(tg, t) }))
      : targetsOf(ctx.state, tg.TargetGroupArn).map((t) => ({ Id: t.Id, Port: t.Port }));
    return {
      TargetHealthDescriptions: targets.map((Target) => ({
        Target,
        HealthCheckPort: String(healthCheckPortOf(tg, Target.Port)),
        TargetHealth: healthOf(ctx.state, tg.TargetGroupArn, Target.Id, Target.Port),
      })),
    };
  },
});
