import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { PROPOSED } from './scenario';

const BREAKER = { deploymentCircuitBreaker: { enable: true, rollback: true } };

/** Ship web:2 under bounds that keep 3 healthy and add at most one task, then let the breaker catch web:3. */
const shipThenBreak = (percents: { minimumHealthyPercent: number; maximumPercent: number }): Step[] => [
  call('ecs', 'UpdateService', {
    cluster: 'shop',
    service: 'web',
    taskDefinition: 'web:2',
    deploymentConfiguration: percents,
  }),
  wait(300),
  call('ecs', 'UpdateService', {
    cluster: 'shop',
    service: 'web',
    taskDefinition: 'web:3',
    deploymentConfiguration: BREAKER,
  }),
  wait(600),
];

/** The teammate's 60/140, which rounds to the same bounds as 75/125. */
export default shipThenBreak(PROPOSED) satisfies Step[];

export const alternatives: Step[][] = [
  // the textbook pair: 3 healthy at least, 5 at most
  shipThenBreak({ minimumHealthyPercent: 75, maximumPercent: 125 }),
  // start one extra before stopping any: never fewer than 4
  shipThenBreak({ minimumHealthyPercent: 100, maximumPercent: 125 }),
  // no extra room used at all: stop one, then start one
  shipThenBreak({ minimumHealthyPercent: 75, maximumPercent: 100 }),
  // the breaker set first, in its own call; web:2 deployed with the bounds; web:3 by family name (latest)
  [
    call('ecs', 'UpdateService', { cluster: 'shop', service: 'web', deploymentConfiguration: BREAKER }),
    call('ecs', 'UpdateService', {
      cluster: 'shop',
      service: 'web',
      taskDefinition: 'web:2',
      deploymentConfiguration: { minimumHealthyPercent: 75, maximumPercent: 125 },
    }),
    wait(300),
    call('ecs', 'UpdateService', { cluster: 'shop', service: 'web', taskDefinition: 'web' }),
    wait(600),
  ],
];
