import { wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { appInit, environment, svcDeploy, svcInit, WEB } from './copilot';

/**
 * The calls of: copilot app init shop; env init + env deploy for test and prod; svc init web (Load Balanced Web
 * Service) with cpu 512, memory 1024, count 2 in its manifest; svc deploy web to test; svc init orders (Worker
 * Service) and svc deploy orders to test. test/lessons/copilot22.test.ts checks the commands make these calls.
 */
export default [
  ...appInit(),
  ...environment('test'),
  ...environment('prod'),
  ...svcInit('web', 'Load Balanced Web Service'),
  ...svcDeploy('web', 'Load Balanced Web Service', 'test', WEB),
  ...svcInit('orders', 'Worker Service'),
  ...svcDeploy('orders', 'Worker Service', 'test', { count: 1, cpu: 256, memory: 512 }),
  wait(300),
] satisfies Step[];

export const alternatives: Step[][] = [
  // the worker first and prod last: the order of the commands does not matter to the goals
  [
    ...appInit(),
    ...environment('test'),
    ...svcInit('orders', 'Worker Service'),
    ...svcDeploy('orders', 'Worker Service', 'test', { count: 1, cpu: 256, memory: 512 }),
    ...svcInit('web', 'Load Balanced Web Service'),
    ...svcDeploy('web', 'Load Balanced Web Service', 'test', WEB),
    ...environment('prod'),
    wait(300),
  ],
];
