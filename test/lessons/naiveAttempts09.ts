import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import {
  CLUSTER,
  defaultSubnetsOf,
  imagesOf,
  privateRouteTable,
  privateSubnets,
  REPOSITORY,
  SERVICE,
} from '../../lessons/09-ecr/scenario';
import {
  endpoints,
  immutable,
  interfaceEndpoint,
  policy,
  putPolicy,
  s3Gateway,
  scanOnPush,
  untilTheRun,
} from '../../lessons/09-ecr/solution';
import type { NaiveAttempt } from './naiveAttempts';

/**
 * Plausible wrong attempts at lesson 09, in the shape of ./naiveAttempts.ts: rules that select every image, a
 * clean-up by hand, a policy that has not run yet, half the repository settings, half the endpoints, and the
 * shortcuts around "no route out" (a NAT route, the default subnets, a public IP).
 */

const LIFECYCLE = 'lifecycle-cleaned';
const SETTINGS = 'immutable-scanned';
const PRIVATE = 'private-pull';

/** Everything right for the other goals, so an attempt shows it misses only its own. */
const settings: Step[] = [immutable, scanOnPush];
const rightPolicy: Step[] = [putPolicy(), untilTheRun];

/** Deletes by hand what the lesson's policy would expire: untagged images older than 7 days and old releases. */
const deleteByHand: Step[] = [0, 1].map(() =>
  call('ecr', 'BatchDeleteImage', (sim: Simulation) => {
    const images = imagesOf(sim);
    const releases = images.filter((i) => i.imageTags.some((t) => t.startsWith('release-')));
    const old = [
      ...images.filter((i) => i.imageTags.length === 0 && sim.now - i.imagePushedAt > 7 * 86_400),
      ...releases.slice(0, Math.max(0, releases.length - 20)),
    ];
    return {
      repositoryName: REPOSITORY,
      imageIds: old.slice(0, 100).map((i) => ({ imageDigest: i.imageDigest })),
    };
  }),
);

const natRoute = call('ec2', 'CreateRoute', (sim: Simulation) => ({
  RouteTableId: privateRouteTable(sim),
  DestinationCidrBlock: '0.0.0.0/0',
  NatGatewayId: Object.values(sim.state.ec2.natGateways ?? {})[0]!.NatGatewayId,
}));

const moveService = (
  network: (sim: Simulation) => {
    awsvpcConfiguration: { subnets: string[]; assignPublicIp?: 'ENABLED' | 'DISABLED' };
  },
): Step =>
  call('ecs', 'UpdateService', (sim: Simulation) => ({
    cluster: CLUSTER,
    service: SERVICE,
    networkConfiguration: network(sim),
  }));

export const ecr09Attempts: ReadonlyArray<NaiveAttempt> = [
  { name: 'waits', steps: [wait(2_400)], mustMiss: [LIFECYCLE, SETTINGS, PRIVATE] },
  {
    name: 'keeps the 20 newest images of any kind',
    steps: [
      putPolicy(policy({ tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 20 })),
      untilTheRun,
    ],
    mustMiss: [LIFECYCLE],
  },
  {
    name: 'expires every image older than 7 days',
    steps: [
      putPolicy(
        policy({ tagStatus: 'any', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 }),
      ),
      untilTheRun,
    ],
    mustMiss: [LIFECYCLE],
  },
  {
    name: 'expires untagged images only',
    steps: [
      putPolicy(
        policy({ tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 }),
      ),
      untilTheRun,
    ],
    mustMiss: [LIFECYCLE],
  },
  {
    name: 'attaches the right policy and checks at once',
    steps: [putPolicy(), ...settings, ...endpoints],
    mustMiss: [LIFECYCLE],
  },
  { name: 'cleans up by hand, with no policy', steps: [...deleteByHand, wait(60)], mustMiss: [LIFECYCLE] },
  { name: 'turns on scan on push only', steps: [scanOnPush, ...rightPolicy], mustMiss: [SETTINGS] },
  { name: 'makes tags immutable only', steps: [immutable, ...rightPolicy], mustMiss: [SETTINGS] },
  {
    name: 'adds the two ECR endpoints only',
    steps: [interfaceEndpoint('ecr.api'), interfaceEndpoint('ecr.dkr'), ...rightPolicy],
    mustMiss: [PRIVATE],
  },
  {
    name: 'adds the ECR and logs endpoints but no S3 gateway',
    steps: [
      interfaceEndpoint('ecr.api'),
      interfaceEndpoint('ecr.dkr'),
      interfaceEndpoint('logs'),
      ...rightPolicy,
    ],
    mustMiss: [PRIVATE],
  },
  {
    name: 'forgets the logs endpoint',
    steps: [interfaceEndpoint('ecr.api'), interfaceEndpoint('ecr.dkr'), s3Gateway, ...rightPolicy],
    mustMiss: [PRIVATE],
  },
  { name: 'adds a NAT route to the private subnets', steps: [natRoute, ...rightPolicy], mustMiss: [PRIVATE] },
  {
    name: 'moves the service back to the default subnets',
    steps: [
      moveService((sim) => ({ awsvpcConfiguration: { subnets: defaultSubnetsOf(sim) } })),
      ...rightPolicy,
    ],
    mustMiss: [PRIVATE],
  },
  {
    name: 'gives the tasks public IPs in the private subnets',
    steps: [
      moveService((sim) => ({
        awsvpcConfiguration: { subnets: privateSubnets(sim), assignPublicIp: 'ENABLED' },
      })),
      ...rightPolicy,
    ],
    mustMiss: [PRIVATE],
  },
];
