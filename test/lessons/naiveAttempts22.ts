import type { Step } from '../../src/course/types';
import { appInit, environment, svcDeploy, svcInit, WEB } from '../../lessons/22-copilot-successors/copilot';
import type { NaiveAttempt } from './naiveAttempts';

/**
 * Plausible wrong attempts at lesson 22, in the shape of ./naiveAttempts.ts: the manifest as svc init wrote it, the
 * wrong environment or service type, one environment only, clusters made by hand; and the goal each must leave
 * unmet.
 */

/** app init, then the test and prod environments, as the lesson has them made. */
export const appAndEnvironments: Step[] = [...appInit(), ...environment('test'), ...environment('prod')];

/** the orders Worker Service, deployed to test at the default size. */
export const ordersWorker: Step[] = [
  ...svcInit('orders', 'Worker Service'),
  ...svcDeploy('orders', 'Worker Service', 'test', { count: 1, cpu: 256, memory: 512 }),
];

const web = (sizing: { count: number; cpu: number; memory: number }) => [
  ...svcInit('web', 'Load Balanced Web Service'),
  ...svcDeploy('web', 'Load Balanced Web Service', 'test', sizing),
];

export const copilot22Attempts: ReadonlyArray<NaiveAttempt> = [
  {
    name: 'web deployed with the manifest as svc init wrote it (1 task of 0.25 vCPU)',
    steps: [
      ...appAndEnvironments,
      ...web({ count: 1, cpu: 256, memory: 512 }),
      ...ordersWorker,
      { advance: 300 },
    ],
    mustMiss: ['web-on-test'],
  },
  {
    name: 'web with the right count but the default size',
    steps: [
      ...appAndEnvironments,
      ...web({ count: 2, cpu: 256, memory: 512 }),
      ...ordersWorker,
      { advance: 300 },
    ],
    mustMiss: ['web-on-test'],
  },
  {
    name: 'web deployed to prod instead of test',
    steps: [
      ...appAndEnvironments,
      ...svcInit('web', 'Load Balanced Web Service'),
      ...svcDeploy('web', 'Load Balanced Web Service', 'prod', WEB),
      ...ordersWorker,
      { advance: 300 },
    ],
    mustMiss: ['web-on-test'],
  },
  {
    name: 'a Backend Service where a worker was asked for',
    steps: [
      ...appAndEnvironments,
      ...web(WEB),
      ...svcInit('orders', 'Backend Service'),
      ...svcDeploy('orders', 'Backend Service', 'test', { count: 1, cpu: 256, memory: 512 }),
      { advance: 300 },
    ],
    mustMiss: ['worker-on-test'],
  },
  {
    name: 'only the test environment',
    steps: [...appInit(), ...environment('test'), ...web(WEB), ...ordersWorker, { advance: 300 }],
    mustMiss: ['environments'],
  },
  {
    name: 'clusters made by hand with the right names but without the Copilot tags',
    steps: ['test', 'prod'].map((env) => ({
      call: ['ecs', 'CreateCluster', { clusterName: `shop-${env}-Cluster` }] as const,
    })),
    mustMiss: ['environments'],
  },
];
