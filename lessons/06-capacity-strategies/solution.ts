import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import { CLUSTER, isLive, SERVICE, workerTasks } from './fleet';
import { WORKER_CONTAINER, WORKER_DEFINITION } from './scenario';

/** worker:1 again with a stopTimeout that fits the worker's shutdown inside the Spot warning. */
const registerWithStopTimeout = (stopTimeout: number): Step =>
  call('ecs', 'RegisterTaskDefinition', {
    ...WORKER_DEFINITION,
    containerDefinitions: [{ ...WORKER_CONTAINER, stopTimeout }],
  });

type Strategy = ReadonlyArray<{ capacityProvider: string; base?: number; weight?: number }>;

const BASE_2_ONE_TO_THREE: Strategy = [
  { capacityProvider: 'FARGATE', base: 2, weight: 1 },
  { capacityProvider: 'FARGATE_SPOT', weight: 3 },
];

const update = (input: {
  taskDefinition?: string;
  capacityProviderStrategy?: Strategy;
  forceNewDeployment?: boolean;
}): Step =>
  call('ecs', 'UpdateService', {
    cluster: CLUSTER,
    service: SERVICE,
    ...input,
    ...(input.capacityProviderStrategy
      ? { capacityProviderStrategy: input.capacityProviderStrategy.map((i) => ({ ...i })) }
      : {}),
  });

/** The sandbox's stand-in for AWS needing its capacity back: every Fargate Spot task in media gets the notice. */
export const reclaimSpot: Step = call('sim', 'InterruptSpot', { cluster: CLUSTER });

/** Register worker:2 (stopTimeout 110), deploy it with base 2 on FARGATE and 1 : 3, then let Spot reclaim. */
export default [
  registerWithStopTimeout(110),
  update({ taskDefinition: 'worker:2', capacityProviderStrategy: BASE_2_ONE_TO_THREE }),
  wait(180),
  reclaimSpot,
  wait(180),
] satisfies Step[];

/** The ARN of one worker task running on Fargate Spot (ids exist only at run time). */
const oneSpotTask = (sim: Simulation) =>
  workerTasks(sim).find((t) => isLive(t) && t.capacityProviderName === 'FARGATE_SPOT')!.taskArn;

export const alternatives: Step[][] = [
  // the strategy first, rolled out by forcing a deployment; then the stopTimeout at Fargate's ceiling
  [
    update({ capacityProviderStrategy: BASE_2_ONE_TO_THREE, forceNewDeployment: true }),
    wait(180),
    registerWithStopTimeout(120),
    update({ taskDefinition: 'worker:2' }),
    wait(180),
    reclaimSpot,
    wait(180),
  ],
  // base 3 and weights 1 : 6 give the same 4 and 6 (3 + 1 on FARGATE, 6 on Spot); stopTimeout just long enough
  [
    registerWithStopTimeout(90),
    update({
      taskDefinition: 'worker:2',
      capacityProviderStrategy: [
        { capacityProvider: 'FARGATE', base: 3, weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', weight: 6 },
      ],
    }),
    wait(180),
    reclaimSpot,
    wait(180),
  ],
  // Spot order first in the list, weights 3 : 1 written the other way round; Spot takes back one task only
  [
    registerWithStopTimeout(100),
    update({
      taskDefinition: 'worker:2',
      capacityProviderStrategy: [
        { capacityProvider: 'FARGATE_SPOT', weight: 3 },
        { capacityProvider: 'FARGATE', base: 2, weight: 1 },
      ],
    }),
    wait(180),
    call('sim', 'InterruptSpot', (sim) => ({ cluster: CLUSTER, task: oneSpotTask(sim) })),
    wait(180),
  ],
  // reclaimed too early (worker:1's 30 s), fixed, then reclaimed again
  [
    update({ capacityProviderStrategy: BASE_2_ONE_TO_THREE, forceNewDeployment: true }),
    wait(180),
    reclaimSpot,
    wait(180),
    registerWithStopTimeout(110),
    update({ taskDefinition: 'worker:2' }),
    wait(180),
    reclaimSpot,
    wait(180),
  ],
];
