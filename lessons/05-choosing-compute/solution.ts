import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import { awsvpc, CLUSTER, gpuInstanceInput, NIGHTLY, STOREFRONT, STOREFRONT_TASKS, VISION } from './compute';

/** One GPU container instance for acme (`standard` starts it from the ordinary ECS AMI: no GPU registered). */
export const launchGpuInstance = (ami: 'gpu' | 'standard' = 'gpu'): Step =>
  call('ec2', 'RunInstances', gpuInstanceInput(ami));

export const createVision: Step = call('ecs', 'CreateService', {
  cluster: CLUSTER,
  serviceName: VISION,
  taskDefinition: VISION,
  desiredCount: 1,
  launchType: 'EC2',
});

/** storefront as a service: on FARGATE (launch type or provider), on FARGATE_SPOT, or on EC2. */
export const createStorefront = (on: 'launch-type' | 'provider' | 'spot' | 'ec2' = 'launch-type'): Step =>
  call('ecs', 'CreateService', ((sim: Simulation) => ({
    cluster: CLUSTER,
    serviceName: STOREFRONT,
    taskDefinition: STOREFRONT,
    desiredCount: STOREFRONT_TASKS,
    networkConfiguration: awsvpc(sim),
    ...(on === 'launch-type'
      ? { launchType: 'FARGATE' }
      : on === 'ec2'
        ? { launchType: 'EC2' }
        : {
            capacityProviderStrategy: [
              { capacityProvider: on === 'spot' ? 'FARGATE_SPOT' : 'FARGATE', weight: 1 },
            ],
          }),
  })) as never);

/** The nightly report as a standalone task, on FARGATE_SPOT or on-demand FARGATE. */
export const runNightly = (on: 'spot' | 'fargate' = 'spot'): Step =>
  call('ecs', 'RunTask', ((sim: Simulation) => ({
    cluster: CLUSTER,
    taskDefinition: NIGHTLY,
    networkConfiguration: awsvpc(sim),
    ...(on === 'spot'
      ? { capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }] }
      : { launchType: 'FARGATE' }),
  })) as never);

/**
 * A g4dn.xlarge from the GPU-optimized AMI joins acme and vision runs on it; storefront runs 2 tasks on Fargate;
 * the nightly report runs once on Fargate Spot and finishes.
 */
export default [
  launchGpuInstance(),
  wait(120),
  createVision,
  createStorefront(),
  runNightly(),
  wait(720),
] satisfies Step[];

export const alternatives: Step[][] = [
  // storefront through the FARGATE capacity provider; the service created before the GPU host has joined
  [createStorefront('provider'), createVision, runNightly(), launchGpuInstance(), wait(900)],
];
