import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { createSimulation, type InputOf } from '../../src/engine/index';
import { RENDER_CONTAINER } from './scenario';

/** The account's default subnet in `az` (every new simulation has the same ones). */
const subnets = Object.values(createSimulation().state.ec2.subnets);
const subnetIn = (az: string) => subnets.find((s) => s.AvailabilityZone === az)!.SubnetId;
const [a, b, c] = [subnetIn('us-east-1a'), subnetIn('us-east-1b'), subnetIn('us-east-1c')];

const FARGATE_RENDER = {
  family: 'render',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '512',
  memory: '3072',
  containerDefinitions: [RENDER_CONTAINER],
} satisfies InputOf<'ecs', 'RegisterTaskDefinition'>;

const { requiresCompatibilities: _listed, ...FARGATE_RENDER_UNLISTED } = FARGATE_RENDER;

const runOnFargate = (count: number, subnets: ReadonlyArray<string>) =>
  call('ecs', 'RunTask', {
    cluster: 'reports',
    taskDefinition: 'render',
    launchType: 'FARGATE',
    count,
    networkConfiguration: { awsvpcConfiguration: { subnets, assignPublicIp: 'ENABLED' } },
  });

export default [
  call('ecs', 'RegisterTaskDefinition', FARGATE_RENDER),
  runOnFargate(6, [a, b, c]),
  wait(60),
] satisfies Step[];

/**
 * Memory written as "3 GB" with more scratch disk, two tasks first in one AZ and then four more over all three
 * subnets (Fargate fills the emptier AZs); or a definition without requiresCompatibilities that Fargate still
 * accepts, with seven tasks (3/2/2 is as even as seven can be).
 */
export const alternatives: Step[][] = [
  [
    call('ecs', 'RegisterTaskDefinition', {
      ...FARGATE_RENDER,
      memory: '3 GB',
      ephemeralStorage: { sizeInGiB: 40 },
    }),
    runOnFargate(2, [a]),
    wait(30),
    runOnFargate(4, [c, b, a]),
    wait(60),
  ],
  [call('ecs', 'RegisterTaskDefinition', FARGATE_RENDER_UNLISTED), runOnFargate(7, [b, c, a]), wait(60)],
];
