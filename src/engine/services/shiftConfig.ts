import { AwsError } from '../errors';
import type {
  ServiceDeploymentConfiguration,
  ServiceLoadBalancer,
  ShiftConfiguration,
  ShiftStrategy,
} from '../model/service';
import type { TaskDefinition } from '../model/taskDefinition';
import { requireTargetGroupFor } from '../elbv2';
import { actionsOf, findRule } from '../elbv2/listenerRules';
import { forwardedBy } from '../elbv2/lookup';
import type { SimState } from '../state';

/**
 * The settings of the ECS controller's BLUE_GREEN, LINEAR and CANARY strategies (ECS API DeploymentConfiguration,
 * LinearConfiguration, CanaryConfiguration, AdvancedConfiguration): their ranges and defaults, and the load
 * balancer wiring a traffic shift needs.
 */

const invalid = (message: string, field: string) => new AwsError('InvalidParameterException', message, field);

/** Minutes: 0 to 1,440 (24 hours) for every bake time. */
const MAX_MINUTES = 1440;

/** AWS's defaults: LINEAR 10 % every 6 minutes, CANARY 5 % for 10 minutes. */
export const SHIFT_DEFAULTS = {
  stepPercent: 10,
  stepBakeTimeInMinutes: 6,
  canaryPercent: 5,
  canaryBakeTimeInMinutes: 10,
} as const;

export interface ShiftInput {
  readonly strategy?: 'ROLLING' | ShiftStrategy;
  readonly bakeTimeInMinutes?: number;
  readonly linearConfiguration?: { readonly stepPercent?: number; readonly stepBakeTimeInMinutes?: number };
  readonly canaryConfiguration?: {
    readonly canaryPercent?: number;
    readonly canaryBakeTimeInMinutes?: number;
  };
  readonly alarms?: {
    readonly alarmNames: ReadonlyArray<string>;
    readonly enable: boolean;
    readonly rollback: boolean;
  };
}

function minutes(value: number | undefined, fallback: number, field: string): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 0 || v > MAX_MINUTES) {
    throw invalid(`${field} is ${v}: give whole minutes from 0 to ${MAX_MINUTES} (24 hours).`, field);
  }
  return v;
}

/** A percentage in steps of 0.1 between `min` and 100. */
function percent(value: number | undefined, fallback: number, min: number, field: string): number {
  const v = value ?? fallback;
  const tenths = Math.round(v * 10);
  if (Math.abs(tenths - v * 10) > 1e-6 || v < min || v > 100) {
    throw invalid(`${field} is ${v}: give a multiple of 0.1 from ${min} to 100.`, field);
  }
  return tenths / 10;
}

/**
 * The strategy's settings resolved (undefined for ROLLING), the current ones kept for what the request leaves
 * out. Settings of another strategy than the one chosen are refused: AWS reads them only with their own.
 */
export function resolveShift(
  input: ShiftInput,
  current: ServiceDeploymentConfiguration | undefined,
): ShiftConfiguration | undefined {
  const strategy = input.strategy ?? current?.shift?.strategy ?? 'ROLLING';
  const was = current?.shift;
  if (strategy !== 'LINEAR' && input.linearConfiguration) {
    throw invalid(
      `deploymentConfiguration.linearConfiguration only applies with strategy LINEAR (the strategy is ${strategy}). ` +
        'Set strategy to LINEAR or remove linearConfiguration.',
      'deploymentConfiguration.linearConfiguration',
    );
  }
  if (strategy !== 'CANARY' && input.canaryConfiguration) {
    throw invalid(
      `deploymentConfiguration.canaryConfiguration only applies with strategy CANARY (the strategy is ${strategy}). ` +
        'Set strategy to CANARY or remove canaryConfiguration.',
      'deploymentConfiguration.canaryConfiguration',
    );
  }
  const alarms = input.alarms ?? was?.alarms ?? { alarmNames: [], enable: false, rollback: false };
  if (strategy === 'ROLLING') return undefined;
  const bakeGiven = input.bakeTimeInMinutes ?? was?.bakeTimeInMinutes;
  if (strategy === 'BLUE_GREEN' && bakeGiven === undefined) {
    throw invalid(
      'deploymentConfiguration.bakeTimeInMinutes is required with strategy BLUE_GREEN: say how long blue keeps ' +
        'running once green has all production traffic (0 to 1440 minutes).',
      'deploymentConfiguration.bakeTimeInMinutes',
    );
  }
  // the sandbox's model: LINEAR and CANARY without a bake time do not bake after the last shift
  const bakeTimeInMinutes = minutes(bakeGiven, 0, 'deploymentConfiguration.bakeTimeInMinutes');
  const base = { strategy, bakeTimeInMinutes, alarms: { ...alarms, alarmNames: [...alarms.alarmNames] } };
  if (strategy === 'LINEAR') {
    const given = input.linearConfiguration ?? {};
    return {
      ...base,
      stepPercent: percent(
        given.stepPercent ?? was?.stepPercent,
        SHIFT_DEFAULTS.stepPercent,
        3,
        'deploymentConfiguration.linearConfiguration.stepPercent',
      ),
      stepBakeTimeInMinutes: minutes(
        given.stepBakeTimeInMinutes ?? was?.stepBakeTimeInMinutes,
        SHIFT_DEFAULTS.stepBakeTimeInMinutes,
        'deploymentConfiguration.linearConfiguration.stepBakeTimeInMinutes',
      ),
    };
  }
  if (strategy === 'CANARY') {
    const given = input.canaryConfiguration ?? {};
    return {
      ...base,
      canaryPercent: percent(
        given.canaryPercent ?? was?.canaryPercent,
        SHIFT_DEFAULTS.canaryPercent,
        0.1,
        'deploymentConfiguration.canaryConfiguration.canaryPercent',
      ),
      canaryBakeTimeInMinutes: minutes(
        given.canaryBakeTimeInMinutes ?? was?.canaryBakeTimeInMinutes,
        SHIFT_DEFAULTS.canaryBakeTimeInMinutes,
        'deploymentConfiguration.canaryConfiguration.canaryBakeTimeInMinutes',
      ),
    };
  }
  return base;
}

/**
 * A blue/green-family service needs, on each load balancer, a second target group and the production listener
 * rule whose forward action ECS reweights (`productionListenerRule`, and `testListenerRule`: rule ARNs, as AWS
 * wants for an Application Load Balancer; a listener's default rule will do). `roleArn` is required as in AWS; the
 * sandbox does not check its policy. The refusal wordings are the sandbox's.
 */
export function checkShiftLoadBalancers(
  state: SimState,
  td: TaskDefinition,
  loadBalancers: ReadonlyArray<ServiceLoadBalancer>,
  strategy: ShiftStrategy,
): void {
  const withGroups = loadBalancers.filter((lb) => lb.targetGroupArn !== undefined);
  if (withGroups.length === 0) {
    throw invalid(
      `strategy ${strategy} needs a load balancer in the sandbox: give loadBalancers with a targetGroupArn and an ` +
        'advancedConfiguration (alternateTargetGroupArn, productionListenerRule, roleArn). The sandbox does not ' +
        'simulate blue/green for services without one.',
      'loadBalancers',
    );
  }
  loadBalancers.forEach((lb, i) => {
    if (lb.targetGroupArn === undefined) return;
    const at = `loadBalancers[${i}].advancedConfiguration`;
    const adv = lb.advancedConfiguration;
    const missing = (['alternateTargetGroupArn', 'productionListenerRule', 'roleArn'] as const).filter(
      (m) => !adv?.[m],
    );
    if (missing.length) {
      throw invalid(
        `${at} needs ${missing.join(', ')} for strategy ${strategy}: green tasks join the alternate target group and ` +
          'ECS shifts the production listener between the two.',
        `${at}.${missing[0]}`,
      );
    }
    const alternate = adv!.alternateTargetGroupArn!;
    if (alternate === lb.targetGroupArn) {
      throw invalid(
        `${at}.alternateTargetGroupArn must differ from targetGroupArn: blue and green need a target group each.`,
        `${at}.alternateTargetGroupArn`,
      );
    }
    if (!state.elbv2.targetGroups[alternate]) {
      throw invalid(
        `${at}.alternateTargetGroupArn ${alternate} is not a target group of this account and Region. ` +
          'Create it with elbv2 CreateTargetGroup.',
        `${at}.alternateTargetGroupArn`,
      );
    }
    requireTargetGroupFor(state, alternate, td.networkMode, `${at}.alternateTargetGroupArn`);
    for (const member of ['productionListenerRule', 'testListenerRule'] as const) {
      const arn = adv![member];
      if (arn === undefined) continue;
      const rule = findRule(state, arn);
      if (!rule) {
        const listener = state.elbv2.listeners[arn];
        throw invalid(
          listener
            ? `${at}.${member} ${arn} is a listener; with an Application Load Balancer ECS needs a listener rule. ` +
                `Give the ARN of the listener's rule that forwards to the service (elbv2 DescribeRules --listener-arn ` +
                'lists its rules, the default one included).'
            : `${at}.${member} ${arn} is not a listener rule of this account (elbv2 DescribeRules lists a ` +
                "listener's rules).",
          `${at}.${member}`,
        );
      }
      const groups = forwardedBy(actionsOf(rule));
      if (!groups.includes(lb.targetGroupArn!) && !groups.includes(alternate)) {
        throw invalid(
          `${at}.${member} ${arn} forwards to neither ${lb.targetGroupArn} nor ${alternate}: the rule's forward ` +
            'action must send requests to the service target groups.',
          `${at}.${member}`,
        );
      }
    }
  });
}
