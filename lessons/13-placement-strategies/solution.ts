import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { PlacementStrategy } from '../../src/engine/index';

const binpackMemory: PlacementStrategy = { type: 'binpack', field: 'memory' };
const spreadAz: PlacementStrategy = { type: 'spread', field: 'attribute:ecs.availability-zone' };

/** A: binpack alone packs web onto the fullest instances. B: spread AZs first, then binpack within each. */
export default [
  call('ecs', 'RunTask', {
    cluster: 'prod',
    taskDefinition: 'web',
    count: 8,
    placementStrategy: [binpackMemory],
  }),
  call('ecs', 'RunTask', {
    cluster: 'prod',
    taskDefinition: 'api',
    count: 6,
    placementStrategy: [spreadAz, binpackMemory],
  }),
  wait(60),
] satisfies Step[];

/** The other order works too: api first (it then takes the fullest instance in each AZ), web after it. */
export const alternatives: Step[][] = [
  [
    call('ecs', 'RunTask', {
      cluster: 'prod',
      taskDefinition: 'api',
      count: 6,
      placementStrategy: [spreadAz, binpackMemory],
    }),
    wait(30),
    call('ecs', 'RunTask', {
      cluster: 'prod',
      taskDefinition: 'web',
      count: 8,
      placementStrategy: [binpackMemory],
    }),
    wait(60),
  ],
];
