import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import { CLUSTER, runningOrders } from './config';
import {
  allowExecution,
  createParameter,
  deployLatest,
  redeploy,
  registerOrders,
  rotateParameter,
  rotateSecret,
  toSecret,
} from './moves';

/** Stops the running orders task started first: the service replaces it with a new one. */
const stopOldest = call('ecs', 'StopTask', (sim: Simulation) => ({
  cluster: CLUSTER,
  task: [...runningOrders(sim)].sort((a, b) => a.createdAt - b.createdAt)[0]!.taskArn,
  reason: 'pick up the rotated password',
}));

/**
 * The password moves into the Secrets Manager secret orders/db (JSON key `password`), the settings file joins
 * through environmentFiles with LOG_LEVEL gone from `environment`, and the execution role may read both. Then
 * the password is rotated in the secret and a new deployment of the same revision picks it up.
 */
export default [...toSecret, rotateSecret, redeploy, wait(300)] satisfies Step[];

export const alternatives: Step[][] = [
  // a SecureString parameter instead of a secret; after the rotation the tasks are replaced one at a time by hand
  [
    createParameter,
    allowExecution('parameter'),
    registerOrders({ password: 'parameter', file: true }),
    deployLatest,
    wait(300),
    rotateParameter,
    stopOldest,
    wait(120),
    stopOldest,
    wait(300),
  ],
  // the settings file first, the secret later, each its own deployment
  [
    allowExecution('secret'),
    registerOrders({ password: 'plain', file: true }),
    deployLatest,
    wait(240),
    ...toSecret,
    rotateSecret,
    redeploy,
    wait(300),
  ],
];
