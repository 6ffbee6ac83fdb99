import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { containerInstanceNamed } from './scenario';

/** ml-2's container instance id exists only once the scenario has run, so the input is computed then. */
const tagMl2 = call('ecs', 'PutAttributes', (sim) => ({
  cluster: 'analytics',
  attributes: [
    {
      name: 'pool',
      value: 'ml',
      targetType: 'container-instance',
      targetId: containerInstanceNamed(sim, 'ml-2'),
    },
  ],
}));

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

/**
 * The constraint lives in an ml revision, selecting by instance type; cache asks for exactly 3 distinct tasks
 * and then 2 more, which distinctInstance refuses.
 */
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
      placementConstraints: [{ type: 'distinctInstance' }],
    }),
    wait(30),
    call('ecs', 'RunTask', {
      cluster: 'analytics',
      taskDefinition: 'cache',
      count: 2,
      placementConstraints: [{ type: 'distinctInstance' }],
    }),
    wait(60),
  ],
];
