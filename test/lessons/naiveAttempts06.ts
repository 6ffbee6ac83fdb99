import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { WORKER_CONTAINER, WORKER_DEFINITION } from '../../lessons/06-capacity-strategies/scenario';
import { reclaimSpot } from '../../lessons/06-capacity-strategies/solution';
import type { NaiveAttempt } from './naiveAttempts';

/**
 * Lesson 06's wrong turns: a split that is not the one asked for, a stopTimeout that wastes the warning, a
 * revision that never reaches the running tasks, a reclaim at the wrong time. Every one is deterministic (the
 * strategy decides, not chance), so none may pass on any seed.
 */

type Strategy = ReadonlyArray<{ capacityProvider: string; base?: number; weight?: number }>;

const register = (stopTimeout?: number): Step =>
  call('ecs', 'RegisterTaskDefinition', {
    ...WORKER_DEFINITION,
    containerDefinitions: [{ ...WORKER_CONTAINER, ...(stopTimeout === undefined ? {} : { stopTimeout }) }],
  });

const update = (input: {
  taskDefinition?: string;
  strategy?: Strategy;
  forceNewDeployment?: boolean;
}): Step =>
  call('ecs', 'UpdateService', {
    cluster: 'media',
    service: 'worker',
    ...(input.taskDefinition ? { taskDefinition: input.taskDefinition } : {}),
    ...(input.strategy ? { capacityProviderStrategy: input.strategy.map((i) => ({ ...i })) } : {}),
    ...(input.forceNewDeployment ? { forceNewDeployment: true } : {}),
  });

const BASE_2_ONE_TO_THREE: Strategy = [
  { capacityProvider: 'FARGATE', base: 2, weight: 1 },
  { capacityProvider: 'FARGATE_SPOT', weight: 3 },
];

/** worker:2 with `stopTimeout` deployed under `strategy`, a reclaim once it is steady, then time to recover. */
const deployThenReclaim = (strategy: Strategy, stopTimeout = 110): Step[] => [
  register(stopTimeout),
  update({ taskDefinition: 'worker:2', strategy }),
  wait(300),
  reclaimSpot,
  wait(400),
];

export const capacityStrategies06Attempts: ReadonlyArray<NaiveAttempt> = [
  {
    name: 'waits without acting',
    steps: [wait(300)],
    mustMiss: ['spot-split', 'stop-timeout', 'survives-reclaim'],
  },
  {
    name: 'reclaims at once, with everything still on Spot',
    steps: [reclaimSpot, wait(400)],
    mustMiss: ['spot-split', 'stop-timeout', 'survives-reclaim'],
  },
  {
    name: 'moves everything back to regular Fargate (nothing left for Spot to take)',
    steps: [
      register(110),
      update({ taskDefinition: 'worker:2', strategy: [{ capacityProvider: 'FARGATE', weight: 1 }] }),
      wait(400),
    ],
    mustMiss: ['spot-split', 'survives-reclaim'],
  },
  {
    name: 'weights 1 : 4 and no base ("a fifth on demand": 2 and 8)',
    steps: deployThenReclaim([
      { capacityProvider: 'FARGATE', weight: 1 },
      { capacityProvider: 'FARGATE_SPOT', weight: 4 },
    ]),
    mustMiss: ['spot-split'],
  },
  {
    name: 'base 2 on FARGATE and weights 1 : 1 (6 and 4)',
    steps: deployThenReclaim([
      { capacityProvider: 'FARGATE', base: 2, weight: 1 },
      { capacityProvider: 'FARGATE_SPOT', weight: 1 },
    ]),
    mustMiss: ['spot-split'],
  },
  {
    name: 'the base on FARGATE_SPOT instead (2 and 8)',
    steps: deployThenReclaim([
      { capacityProvider: 'FARGATE', weight: 1 },
      { capacityProvider: 'FARGATE_SPOT', base: 2, weight: 3 },
    ]),
    mustMiss: ['spot-split'],
  },
  {
    name: 'the right split, stopTimeout left at its default, then a reclaim',
    steps: [
      update({ strategy: BASE_2_ONE_TO_THREE, forceNewDeployment: true }),
      wait(300),
      reclaimSpot,
      wait(400),
    ],
    mustMiss: ['stop-timeout', 'survives-reclaim'],
  },
  {
    name: 'the right split with stopTimeout 60 (shorter than the shutdown)',
    steps: deployThenReclaim(BASE_2_ONE_TO_THREE, 60),
    mustMiss: ['stop-timeout', 'survives-reclaim'],
  },
  {
    name: 'registers worker:2 but deploys only the strategy, then a reclaim',
    steps: [
      register(110),
      update({ strategy: BASE_2_ONE_TO_THREE, forceNewDeployment: true }),
      wait(300),
      reclaimSpot,
      wait(400),
    ],
    mustMiss: ['stop-timeout', 'survives-reclaim'],
  },
  {
    name: 'reclaims while worker:1 (30 s) runs, then fixes stopTimeout without another reclaim',
    steps: [
      update({ strategy: BASE_2_ONE_TO_THREE, forceNewDeployment: true }),
      wait(300),
      reclaimSpot,
      wait(300),
      register(110),
      update({ taskDefinition: 'worker:2' }),
      wait(400),
    ],
    mustMiss: ['survives-reclaim'],
  },
];
