import type { LessonScenario, Prediction } from '../../src/course/types';
import type { ContainerDefinitionInput, InputOf, Simulation } from '../../src/engine/index';
import { CLUSTER, DESIRED, isLive, providerOf, SERVICE, workerService } from './fleet';

/** The worker container: the sandbox's demo app stands in for the photo worker. No stopTimeout set (30 s). */
export const WORKER_CONTAINER: ContainerDefinitionInput = {
  name: 'worker',
  image: 'public.ecr.aws/ecs-sandbox/web:v1',
  essential: true,
};

/** worker:1 as the team wrote it: Fargate, 0.5 vCPU / 1 GB, the default stop timeout. */
export const WORKER_DEFINITION = {
  family: 'worker',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '512',
  memory: '1024',
  containerDefinitions: [WORKER_CONTAINER],
} satisfies InputOf<'ecs', 'RegisterTaskDefinition'>;

/** The account's default subnets, one per AZ, in AZ order (the same in every new simulation). */
const subnetsOf = (sim: Simulation) =>
  Object.values(sim.state.ec2.subnets)
    .slice()
    .sort((a, b) => a.AvailabilityZone.localeCompare(b.AvailabilityZone))
    .map((s) => s.SubnetId);

/**
 * Cluster `media` with both Fargate capacity providers associated and no default strategy. The service `worker`
 * runs 10 tasks of worker:1, all on FARGATE_SPOT (a teammate's cost cut), steady. A reclaim at this point
 * takes every task at once.
 */
export default {
  seed: 606,
  build(sim) {
    sim.call('ecs', 'CreateCluster', {
      clusterName: CLUSTER,
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
    });
    sim.call('ecs', 'RegisterTaskDefinition', WORKER_DEFINITION);
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: SERVICE,
      taskDefinition: 'worker:1',
      desiredCount: DESIRED,
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
      networkConfiguration: {
        awsvpcConfiguration: { subnets: subnetsOf(sim), assignPublicIp: 'ENABLED' },
      },
    });
    sim.advance(180);
  },
  controls: ['editor', 'services', 'console', 'map', 'events', 'time'],
} satisfies LessonScenario;

/** The strategy the prediction asks about: 2 on FARGATE first, the rest 1 : 3. */
export const PREDICTED_STRATEGY = [
  { capacityProvider: 'FARGATE', base: 2, weight: 1 },
  { capacityProvider: 'FARGATE_SPOT', weight: 3 },
] as const;

const PROBE = 'split-probe';

/**
 * Starts a copy of worker under the predicted strategy on a fork of the simulation and reads where its 10
 * tasks run, as "4-6" (FARGATE-FARGATE_SPOT).
 */
function probeSplit(sim: Simulation): string {
  const probe = sim.fork();
  const network = workerService(probe)?.deployments[0]?.networkConfiguration;
  probe.call('ecs', 'CreateService', {
    cluster: CLUSTER,
    serviceName: PROBE,
    taskDefinition: 'worker:1',
    desiredCount: DESIRED,
    capacityProviderStrategy: PREDICTED_STRATEGY.map((item) => ({ ...item })),
    ...(network ? { networkConfiguration: network } : {}),
  });
  probe.advance(180);
  const tasks = Object.values(probe.state.ecs.tasks).filter(
    (t) => t.group === `service:${PROBE}` && isLive(t),
  );
  const count = (provider: string) => tasks.filter((t) => providerOf(t) === provider).length;
  return `${count('FARGATE')}-${count('FARGATE_SPOT')}`;
}

const OPTIONS = [
  { id: '4-6', text: '4 on FARGATE, 6 on FARGATE_SPOT' },
  { id: '2-8', text: '2 on FARGATE, 8 on FARGATE_SPOT: the base is all regular Fargate gets' },
  {
    id: '3-7',
    text: '3 on FARGATE, 7 on FARGATE_SPOT: a quarter of all 10, rounded up, and at least the base',
  },
  { id: '5-5', text: '5 on FARGATE, 5 on FARGATE_SPOT: the base of 2 plus a quarter of the 10 on top' },
];

export const prediction: Prediction = {
  prompt:
    'worker runs 10 tasks. Its strategy becomes FARGATE with base 2 and weight 1, FARGATE_SPOT with weight 3. ' +
    'Once the new tasks run, how many are on each provider?',
  options: OPTIONS,
  outcome(sim) {
    const seen = probeSplit(sim);
    if (OPTIONS.some((o) => o.id === seen)) return seen;
    // the option nearest to what the probe saw (each option is "fargate-spot")
    const [fargate] = seen.split('-').map(Number) as [number];
    return OPTIONS.reduce((best, o) =>
      Math.abs(Number(o.id.split('-')[0]) - fargate) < Math.abs(Number(best.id.split('-')[0]) - fargate)
        ? o
        : best,
    ).id;
  },
  explanation:
    'The base is served first: 2 tasks go to FARGATE before any weight counts. The weights then split only the ' +
    'other 8, 1 : 3, so 2 more go to FARGATE and 6 to FARGATE_SPOT: 4 and 6 in all. Weights are a ratio, not ' +
    'percentages of the whole service.',
};
