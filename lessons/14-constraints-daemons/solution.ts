import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { createSimulation } from '../../src/engine/index';
import scenario, { containerInstanceNamed } from './scenario';

/** ml-2's container instance ARN. The scenario is seeded, so a dry build gives the ARN the learner sees. */
const ml2 = (() => {
  const sim = createSimulation({ seed: scenario.seed });
  scenario.build(sim);
  return containerInstanceNamed(sim, 'ml-2');
})();

const tagMl2 = call('ecs', 'PutAttributes', {
  cluster: 'analytics',
  attributes: [{ name: 'pool', value: 'ml', targetType: 'container-instance', targetId: ml2 }],
});

/** Tag ml-2, keep ml in the pool with memberOf, and ask for 5 distinct cache tasks (3 place, 2 fail). */
export default [
  tagMl2,
  call('ecs', 'RunTask', {
    cluster: 'analytics',
    taskDefinition: 'ml',
    count: 3,
    placementConstraints: [{ type: 'memberOf', expression: 'attribute:pool == ml' }],
  }),
  call('ecs', 'RunTask', {
    cluster: 'analytics',
    taskDefinition: 'cache',
    count: 5,
    placementConstraints: [{ type: 'distinctInstance' }],
  }),
  wait(60),
] satisfies Step[];

/** The constraint lives in an ml revision, selecting by instance type; cache is spread by instance instead. */
export const alternatives: Step[][] = [
  [
    tagMl2,
    call('ecs', 'RegisterTaskDefinition', {
      family: 'ml',
      containerDefinitions: [
        { name: 'ml', image: 'public.ecr.aws/ecs-sandbox/web:v1', cpu: 1024, memoryReservation: 2048 },
      ],
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ c5.*' }],
    }),
    call('ecs', 'RunTask', { cluster: 'analytics', taskDefinition: 'ml:2', count: 3 }),
    call('ecs', 'RunTask', {
      cluster: 'analytics',
      taskDefinition: 'cache',
      count: 3,
      placementStrategy: [{ type: 'spread', field: 'instanceId' }],
    }),
    wait(60),
  ],
];
