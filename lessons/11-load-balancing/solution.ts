import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { CLUSTER, SERVICE, webContainer, webTargetGroup } from './scenario';

/** Registers the next `web` revision: the image `tag`, container port 8080 on a dynamic host port. */
const registerDynamic = (tag: string) =>
  call('ecs', 'RegisterTaskDefinition', { family: 'web', containerDefinitions: [webContainer(tag, 0)] });

/**
 * Dynamic host ports first (4 tasks on 2 instances, 4 instance:port targets), then web:slow with a grace period
 * that covers its 90 s boot and the 5 passing checks its target needs afterwards.
 */
export default [
  registerDynamic('v1'),
  call('ecs', 'UpdateService', { cluster: CLUSTER, service: SERVICE, taskDefinition: 'web:2' }),
  wait(300),
  registerDynamic('slow'),
  call('ecs', 'UpdateService', {
    cluster: CLUSTER,
    service: SERVICE,
    taskDefinition: 'web:3',
    healthCheckGracePeriodSeconds: 300,
  }),
  wait(600),
] satisfies Step[];

export const alternatives: Step[][] = [
  // both fixes in one revision and one update
  [
    registerDynamic('slow'),
    call('ecs', 'UpdateService', {
      cluster: CLUSTER,
      service: SERVICE,
      taskDefinition: 'web:2',
      healthCheckGracePeriodSeconds: 240,
    }),
    wait(600),
  ],
  // no grace period: the target group tolerates more failed checks, so a booting target is never unhealthy
  [
    registerDynamic('v1'),
    call('ecs', 'UpdateService', { cluster: CLUSTER, service: SERVICE, taskDefinition: 'web:2' }),
    wait(300),
    call('elbv2', 'ModifyTargetGroup', (sim) => ({
      TargetGroupArn: webTargetGroup(sim),
      UnhealthyThresholdCount: 5,
    })),
    registerDynamic('slow'),
    call('ecs', 'UpdateService', { cluster: CLUSTER, service: SERVICE, taskDefinition: 'web:3' }),
    wait(600),
  ],
];
