import { arnName } from '../lib/arn';
import type { DeepReadonly, InputOf, SimState } from '../engine/index';
import { listenerRuleRefs } from '../engine/views';

/**
 * The traffic-shift form of a service's details: the strategy of the ECS controller, its settings, the alarm
 * that rolls back, and the load balancer wiring (alternate target group, production and test listeners). Pure:
 * it builds the UpdateService request; the engine checks it (services/shiftConfig.ts).
 */
export interface ShiftForm {
  readonly strategy: 'ROLLING' | 'BLUE_GREEN' | 'LINEAR' | 'CANARY';
  readonly bakeTimeInMinutes: number;
  readonly percent: number;
  readonly stepBakeTimeInMinutes: number;
  /** `''`: no alarm */
  readonly alarmName: string;
  readonly alternateTargetGroupArn: string;
  readonly productionRule: string;
  /** `''`: no test listener */
  readonly testRule: string;
}

/** The form before a service is loaded into it (AWS's canary-like defaults, nothing wired). */
export const EMPTY_SHIFT_FORM: ShiftForm = {
  strategy: 'ROLLING',
  bakeTimeInMinutes: 5,
  percent: 10,
  stepBakeTimeInMinutes: 5,
  alarmName: '',
  alternateTargetGroupArn: '',
  productionRule: '',
  testRule: '',
};

export interface ShiftChoices {
  readonly targetGroups: ReadonlyArray<{ readonly arn: string; readonly label: string }>;
  readonly listenerRules: ReadonlyArray<{ readonly arn: string; readonly label: string }>;
  readonly alarms: ReadonlyArray<string>;
}

/** What the selects offer: target groups (not the service's own), listener rules by port, alarm names. */
export function shiftChoices(
  state: DeepReadonly<SimState>,
  ownTargetGroup: string | undefined,
): ShiftChoices {
  return {
    targetGroups: Object.values(state.elbv2.targetGroups)
      .filter((tg) => tg.TargetGroupArn !== ownTargetGroup)
      .map((tg) => ({ arn: tg.TargetGroupArn as string, label: tg.TargetGroupName })),
    listenerRules: Object.values(state.elbv2.listeners).flatMap((l) => {
      const lb = state.elbv2.loadBalancers[l.LoadBalancerArn];
      const at = `${lb?.LoadBalancerName ?? arnName(l.LoadBalancerArn)} :${l.Port}`;
      return listenerRuleRefs(state, l.ListenerArn).map((ref) => ({
        arn: ref.arn,
        label: ref.rule ? `${at} rule ${ref.rule.Priority}` : `${at} default rule`,
      }));
    }),
    alarms: Object.keys(state.cloudwatch.alarms).sort(),
  };
}

/** The form as the service has it now (the strategy's settings, or the defaults AWS uses). */
export function shiftFormOf(state: DeepReadonly<SimState>, serviceArn: string): ShiftForm {
  const service = state.ecs.services[serviceArn];
  const shift = service?.deploymentConfiguration.shift;
  const adv = service?.loadBalancers.find((lb) => lb.advancedConfiguration)?.advancedConfiguration;
  return {
    strategy: shift?.strategy ?? 'ROLLING',
    bakeTimeInMinutes: shift?.bakeTimeInMinutes ?? 5,
    percent: shift?.canaryPercent ?? shift?.stepPercent ?? 10,
    stepBakeTimeInMinutes: shift?.canaryBakeTimeInMinutes ?? shift?.stepBakeTimeInMinutes ?? 5,
    alarmName: shift?.alarms.alarmNames[0] ?? '',
    alternateTargetGroupArn: adv?.alternateTargetGroupArn ?? '',
    productionRule: adv?.productionListenerRule ?? '',
    testRule: adv?.testListenerRule ?? '',
  };
}

/**
 * The UpdateService request for the form: the deployment configuration and, for a traffic-shifting strategy,
 * the service's load balancers with their advancedConfiguration (the role is the account's ECS infrastructure
 * role; the sandbox does not check its policy). `taskDefinition` starts a deployment with it when given.
 */
export function shiftUpdateInput(
  state: DeepReadonly<SimState>,
  serviceArn: string,
  form: ShiftForm,
  taskDefinition?: string,
): InputOf<'ecs', 'UpdateService'> {
  const service = state.ecs.services[serviceArn]!;
  const base = {
    cluster: arnName(service.clusterArn),
    service: service.serviceName,
    ...(taskDefinition ? { taskDefinition } : {}),
  };
  if (form.strategy === 'ROLLING') return { ...base, deploymentConfiguration: { strategy: 'ROLLING' } };
  const alarms = form.alarmName
    ? { alarms: { alarmNames: [form.alarmName], enable: true, rollback: true } }
    : {};
  const settings =
    form.strategy === 'CANARY'
      ? {
          canaryConfiguration: {
            canaryPercent: form.percent,
            canaryBakeTimeInMinutes: form.stepBakeTimeInMinutes,
          },
        }
      : form.strategy === 'LINEAR'
        ? {
            linearConfiguration: {
              stepPercent: form.percent,
              stepBakeTimeInMinutes: form.stepBakeTimeInMinutes,
            },
          }
        : {};
  const role = `arn:aws:iam::${state.accountId}:role/ecsInfrastructureRoleForLoadBalancers`;
  return {
    ...base,
    deploymentConfiguration: {
      strategy: form.strategy,
      bakeTimeInMinutes: form.bakeTimeInMinutes,
      ...settings,
      ...alarms,
    },
    loadBalancers: service.loadBalancers.map((lb) => ({
      ...(lb.targetGroupArn !== undefined ? { targetGroupArn: lb.targetGroupArn } : {}),
      ...(lb.containerName !== undefined ? { containerName: lb.containerName } : {}),
      ...(lb.containerPort !== undefined ? { containerPort: lb.containerPort } : {}),
      ...(lb.targetGroupArn
        ? {
            advancedConfiguration: {
              alternateTargetGroupArn: form.alternateTargetGroupArn,
              productionListenerRule: form.productionRule,
              ...(form.testRule ? { testListenerRule: form.testRule } : {}),
              roleArn: lb.advancedConfiguration?.roleArn ?? role,
            },
          }
        : {}),
    })),
  };
}
