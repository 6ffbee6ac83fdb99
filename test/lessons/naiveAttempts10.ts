import { call, wait } from '../../src/course/steps';
import {
  CLUSTER,
  defaultSubnet,
  PAYMENTS_SG,
  SERVICE,
  smallSubnet,
} from '../../lessons/10-network-modes/network';
import {
  launchInstance,
  networkPayments,
  stuckDeployment,
  toBridge,
} from '../../lessons/10-network-modes/solution';
import type { NaiveAttempt } from './naiveAttempts';

/**
 * Plausible wrong attempts at lesson 10, in the shape of ./naiveAttempts.ts: what a learner who has not got the
 * idea yet would try (more tasks, bridge mode, half a fix), and the goals each must leave unmet.
 */
export const networkModes10Attempts: ReadonlyArray<NaiveAttempt> = [
  {
    name: 'raises desiredCount to 8',
    steps: [call('ecs', 'UpdateService', { cluster: CLUSTER, service: SERVICE, desiredCount: 8 }), wait(600)],
    mustMiss: ['four-running', 'own-security-group', 'room-to-deploy'],
  },
  {
    name: 'switches payments to bridge mode: all run, none has its own group',
    steps: [...toBridge, wait(600)],
    mustMiss: ['own-security-group', 'room-to-deploy'],
  },
  {
    name: 'adds an instance only: the /28 runs dry',
    steps: [launchInstance('t3.small', 'pay-2'), wait(750)],
    mustMiss: ['four-running', 'own-security-group', 'room-to-deploy'],
  },
  {
    name: 'fixes the network only: still 2 ENI slots',
    steps: [networkPayments((sim) => [smallSubnet(sim), defaultSubnet(sim)], [PAYMENTS_SG], 50), wait(750)],
    mustMiss: ['four-running'],
  },
  {
    name: 'adds the group and an instance but keeps the /28',
    steps: [
      networkPayments((sim) => [smallSubnet(sim)], [PAYMENTS_SG], 50),
      launchInstance('t3.small', 'pay-2'),
      wait(750),
    ],
    mustMiss: ['four-running', 'room-to-deploy'],
  },
  {
    name: 'keeps minimumHealthyPercent 100 with no spare slot: the deployment waits',
    steps: stuckDeployment,
    mustMiss: ['own-security-group'],
  },
  {
    name: 'spreads across instances (a strategy adds no slot)',
    steps: [
      call('ecs', 'UpdateService', {
        cluster: CLUSTER,
        service: SERVICE,
        placementStrategy: [{ type: 'spread', field: 'instanceId' }],
      }),
      wait(600),
    ],
    mustMiss: ['four-running', 'own-security-group', 'room-to-deploy'],
  },
];
