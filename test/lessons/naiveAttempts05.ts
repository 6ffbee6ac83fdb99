import { call, wait } from '../../src/course/steps';
import type { Simulation } from '../../src/engine';
import { CLUSTER, NIGHTLY } from '../../lessons/05-choosing-compute/compute';
import {
  createStorefront,
  createVision,
  launchGpuInstance,
  runNightly,
} from '../../lessons/05-choosing-compute/solution';
import type { NaiveAttempt } from './naiveAttempts';

/**
 * Plausible wrong attempts at lesson 05, in the shape of ./naiveAttempts.ts: each workload put on compute that
 * does not fit it, and the goals each must leave unmet.
 */

const ALL = ['vision-on-gpu', 'storefront-on-fargate', 'nightly-on-spot'];

export const choosingCompute05Attempts: ReadonlyArray<NaiveAttempt> = [
  { name: 'does nothing and waits', steps: [wait(900)], mustMiss: ALL },
  {
    name: 'puts vision on the general-purpose m5.large',
    steps: [createVision, createStorefront(), runNightly(), wait(900)],
    mustMiss: ['vision-on-gpu'],
  },
  {
    name: 'adds a GPU instance from the standard ECS AMI',
    steps: [
      launchGpuInstance('standard'),
      wait(120),
      createVision,
      createStorefront(),
      runNightly(),
      wait(900),
    ],
    mustMiss: ['vision-on-gpu'],
  },
  {
    name: 'runs the storefront on Fargate Spot to save money',
    steps: [launchGpuInstance(), wait(120), createVision, createStorefront('spot'), runNightly(), wait(900)],
    mustMiss: ['storefront-on-fargate'],
  },
  {
    name: 'runs the storefront on the EC2 instance',
    steps: [launchGpuInstance(), wait(120), createVision, createStorefront('ec2'), runNightly(), wait(900)],
    mustMiss: ['storefront-on-fargate'],
  },
  {
    name: 'runs the nightly report on on-demand Fargate',
    steps: [
      launchGpuInstance(),
      wait(120),
      createVision,
      createStorefront(),
      runNightly('fargate'),
      wait(900),
    ],
    mustMiss: ['nightly-on-spot'],
  },
  {
    name: 'makes the nightly report a Fargate Spot service',
    steps: [
      launchGpuInstance(),
      wait(120),
      createVision,
      createStorefront(),
      call('ecs', 'CreateService', ((sim: Simulation) => ({
        cluster: CLUSTER,
        serviceName: NIGHTLY,
        taskDefinition: NIGHTLY,
        desiredCount: 1,
        capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
        networkConfiguration: {
          awsvpcConfiguration: { subnets: Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId) },
        },
      })) as never),
      wait(900),
    ],
    mustMiss: ['nightly-on-spot'],
  },
];
