import { targets5xxAlarm } from '../../src/course/albAlarm';
import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import {
  ALARM,
  BLUE_TG,
  CLUSTER,
  GREEN_TG,
  infrastructureRole,
  listenerRuleArn,
  SERVICE,
  targetGroupArn,
} from './scenario';

/** An alarm on the 5xx web's targets answer: more than `threshold` in one minute. */
export const alarmOn5xx = (threshold = 5): Step => targets5xxAlarm(ALARM, 'web-alb', threshold);

/** The load balancer wiring of a blue/green-family service: both target groups and both listeners. */
export const blueGreenLoadBalancers = (sim: Simulation) => [
  {
    targetGroupArn: targetGroupArn(sim, BLUE_TG),
    containerName: 'web',
    containerPort: 8080,
    advancedConfiguration: {
      alternateTargetGroupArn: targetGroupArn(sim, GREEN_TG),
      productionListenerRule: listenerRuleArn(sim, 443),
      testListenerRule: listenerRuleArn(sim, 8443),
      roleArn: infrastructureRole(sim),
    },
  },
];

export interface DeployOptions {
  readonly taskDefinition: string;
  readonly deploymentConfiguration: Record<string, unknown>;
}

/** UpdateService with a new revision, a deployment configuration and the blue/green load balancer wiring. */
export const deploy = ({ taskDefinition, deploymentConfiguration }: DeployOptions): Step =>
  call('ecs', 'UpdateService', (sim) => ({
    cluster: CLUSTER,
    service: SERVICE,
    taskDefinition,
    deploymentConfiguration: deploymentConfiguration as never,
    loadBalancers: blueGreenLoadBalancers(sim),
  }));

/** 10 % canary for 5 minutes, a 5-minute bake, and rollback on the 5xx alarm. */
export const CANARY_10 = {
  strategy: 'CANARY',
  canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 5 },
  bakeTimeInMinutes: 5,
  alarms: { alarmNames: [ALARM], enable: true, rollback: true },
};

/**
 * The alarm first; web:2 as a 10 % canary rolled back by it; then web:3 with the same settings, shifted to
 * 100 % and baked while blue still runs.
 */
export default [
  alarmOn5xx(),
  deploy({ taskDefinition: 'web:2', deploymentConfiguration: CANARY_10 }),
  wait(900),
  deploy({ taskDefinition: 'web:3', deploymentConfiguration: CANARY_10 }),
  wait(1500),
] satisfies ReadonlyArray<Step>;

/** Linear in 5 % steps every 2 minutes gets there too: v2 is caught before its second step. */
export const alternatives: ReadonlyArray<ReadonlyArray<Step>> = [
  [
    alarmOn5xx(),
    deploy({
      taskDefinition: 'web:2',
      deploymentConfiguration: {
        strategy: 'LINEAR',
        linearConfiguration: { stepPercent: 5, stepBakeTimeInMinutes: 3 },
        bakeTimeInMinutes: 5,
        alarms: { alarmNames: [ALARM], enable: true, rollback: true },
      },
    }),
    wait(900),
    deploy({ taskDefinition: 'web:3', deploymentConfiguration: CANARY_10 }),
    wait(1500),
  ],
];
