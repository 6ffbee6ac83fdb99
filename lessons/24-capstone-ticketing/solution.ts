import type { Step } from '../../src/course/types';
import { ALARM } from './tickets';
import { platform, SOLUTION, THREE_AZS } from './moves';

/**
 * Cluster tickets with Container Insights and both Fargate providers; a mount target in us-east-1b; a task role
 * per service; the execution role may read the secret; a namespace; two ip target groups and the production and
 * test listeners; the 5xx alarm. pricing (client-server) then api (client, base 2 on FARGATE, the rest on Spot,
 * EFS media, the secret, Exec, 10 % canary) and the customers' load; then v2.1 shipped and rolled back by the alarm.
 */
export default SOLUTION satisfies ReadonlyArray<Step>;

export const alternatives: ReadonlyArray<ReadonlyArray<Step>> = [
  // all three AZs (a mount target in each), Container Insights without enhanced observability, and linear
  // steps of 5 % instead of a canary: the alarm catches v2.1 at 5 %
  platform({
    insights: 'enabled',
    moreMountTargets: ['us-east-1c'],
    apiPlacement: { azs: THREE_AZS },
    pricingPlacement: { azs: THREE_AZS },
    deploymentConfiguration: {
      strategy: 'LINEAR',
      linearConfiguration: { stepPercent: 5, stepBakeTimeInMinutes: 3 },
      bakeTimeInMinutes: 5,
      alarms: { alarmNames: [ALARM], enable: true, rollback: true },
    },
  }),
  // a base of 3 on-demand tasks (still at least 2, and only Spot beyond the base)
  platform({
    apiPlacement: {
      strategy: [
        { capacityProvider: 'FARGATE', base: 3 },
        { capacityProvider: 'FARGATE_SPOT', weight: 1 },
      ],
    },
  }),
];
