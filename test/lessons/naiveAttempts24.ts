import type { NaiveAttempt } from './naiveAttempts';
import { wait } from '../../src/course/steps';
import { platform } from '../../lessons/24-capstone-ticketing/moves';

/**
 * Plausible wrong attempts at the capstone, in the shape of ./naiveAttempts.ts: the whole platform built with one
 * decision a learner gets wrong on a first try, and the goals that decision must leave unmet.
 */
export const capstone24Attempts: ReadonlyArray<NaiveAttempt> = [
  {
    name: 'waits',
    steps: [wait(1800)],
    mustMiss: ['zones-and-cost', 'traffic-paths', 'media-and-secret', 'roles-and-access', 'safe-release'],
  },
  {
    name: 'gives each service one subnet (us-east-1a) and expects Fargate to spread anyway',
    steps: platform({ apiPlacement: { azs: ['us-east-1a'] }, pricingPlacement: { azs: ['us-east-1a'] } }),
    mustMiss: ['zones-and-cost', 'media-and-secret'],
  },
  {
    name: 'runs api with launchType FARGATE (all on-demand)',
    steps: platform({ apiPlacement: { strategy: undefined } }),
    mustMiss: ['zones-and-cost'],
  },
  {
    name: 'puts the base on FARGATE but splits the rest 1 : 1',
    steps: platform({
      apiPlacement: {
        strategy: [
          { capacityProvider: 'FARGATE', base: 2, weight: 1 },
          { capacityProvider: 'FARGATE_SPOT', weight: 1 },
        ],
      },
    }),
    mustMiss: ['zones-and-cost'],
  },
  {
    name: 'runs everything on FARGATE_SPOT',
    steps: platform({ apiPlacement: { strategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }] } }),
    mustMiss: ['zones-and-cost'],
  },
  {
    name: 'leaves api without the load balancer and ships v2.1 with a rolling update',
    steps: platform({ loadBalanced: false }),
    mustMiss: ['traffic-paths', 'safe-release'],
  },
  {
    name: 'keeps the draft’s hard-coded pricing address',
    steps: platform({ api: { pricingUrl: 'http://10.0.7.31:8080' } }),
    mustMiss: ['traffic-paths'],
  },
  {
    name: 'makes pricing a Service Connect server but forgets api as a client',
    steps: platform({ apiServiceConnect: false }),
    mustMiss: ['traffic-paths'],
  },
  {
    name: 'keeps the media on the task’s own storage',
    steps: platform({ api: { media: 'task' } }),
    mustMiss: ['media-and-secret'],
  },
  {
    name: 'mounts EFS but adds no mount target in us-east-1b',
    steps: platform({ mountTargetB: false }),
    mustMiss: ['media-and-secret', 'zones-and-cost'],
  },
  {
    name: 'keeps DB_PASSWORD in plain environment',
    steps: platform({ api: { password: 'plain' } }),
    mustMiss: ['media-and-secret'],
  },
  {
    name: 'moves the password to secrets but never lets the execution role read it',
    steps: platform({ executionReadsSecret: false }),
    mustMiss: ['media-and-secret', 'zones-and-cost'],
  },
  {
    name: 'keeps the draft’s tickets-app role for both services',
    steps: platform({ taskRoles: 'draft' }),
    mustMiss: ['roles-and-access'],
  },
  {
    name: 'gives both services one shared task role',
    steps: platform({ taskRoles: 'shared' }),
    mustMiss: ['roles-and-access'],
  },
  {
    name: 'lets api’s task role read the secret too',
    steps: platform({ apiRoleReadsSecret: true }),
    mustMiss: ['roles-and-access'],
  },
  {
    name: 'ships v2.1 with a rolling update and the circuit breaker',
    steps: platform({
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    }),
    mustMiss: ['safe-release'],
  },
  {
    name: 'ships v2.1 as a 10 % canary with no alarm to roll it back',
    steps: platform({
      deploymentConfiguration: {
        strategy: 'CANARY',
        canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 5 },
        bakeTimeInMinutes: 5,
      },
    }),
    mustMiss: ['safe-release'],
  },
  {
    name: 'ships v2.1 in linear steps of 20 %',
    steps: platform({
      deploymentConfiguration: {
        strategy: 'LINEAR',
        linearConfiguration: { stepPercent: 20, stepBakeTimeInMinutes: 3 },
        bakeTimeInMinutes: 5,
        alarms: { alarmNames: ['api-5xx'], enable: true, rollback: true },
      },
    }),
    mustMiss: ['safe-release'],
  },
  {
    name: 'creates the cluster with Container Insights disabled',
    steps: platform({ insights: 'disabled' }),
    mustMiss: ['safe-release'],
  },
  {
    name: 'keeps port 22 open for SSH',
    steps: platform({ api: { ssh: true } }),
    mustMiss: ['roles-and-access'],
  },
  {
    name: 'never turns ECS Exec on',
    steps: platform({ exec: false }),
    mustMiss: ['roles-and-access'],
  },
];
