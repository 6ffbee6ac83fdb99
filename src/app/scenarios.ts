import { launchContainerInstances } from '../course/fixtures';
import { DEMO_APP, type InputOf, type Simulation } from '../engine/index';
import type { scenarioBuilds } from './scenarioBuilds';
import type { Scenario } from './timeline';

/**
 * Launches one container instance of `instanceType` in `availabilityZone` for cluster demo, with the Name tag
 * `name` that the map shows on its card.
 */
export const launchIntoDemo = (
  sim: Simulation,
  instanceType: string,
  availabilityZone: string,
  name: string,
) => launchContainerInstances(sim, { cluster: 'demo', instanceType, availabilityZone, name });

/** The task definition most scenarios start with: nginx on a dynamic host port. */
export const webTaskDefinition = {
  family: 'web',
  networkMode: 'bridge',
  containerDefinitions: [
    {
      name: 'web',
      image: 'nginx:latest',
      cpu: 256,
      memory: 512,
      essential: true,
      portMappings: [{ containerPort: 80, hostPort: 0, protocol: 'tcp' }],
    },
  ],
} satisfies InputOf<'ecs', 'RegisterTaskDefinition'>;

/** Revision `tag` of family `web`: the sandbox's demo app image, port 8080 on a dynamic host port, `cpu` units. */
export const demoWeb = (tag: string, cpu = 256) =>
  ({
    family: 'web',
    networkMode: 'bridge',
    containerDefinitions: [
      {
        name: 'web',
        image: `${DEMO_APP}:${tag}`,
        cpu,
        memory: 512,
        portMappings: [{ containerPort: 8080, hostPort: 0, protocol: 'tcp' }],
      },
    ],
  }) satisfies InputOf<'ecs', 'RegisterTaskDefinition'>;

/** Agents register within two minutes of launch; scenarios wait that long so the learner starts on a ready cluster. */
export const AGENT_BOOT = 120;

type LaterBuilds = typeof scenarioBuilds;
let laterBuilds: LaterBuilds | undefined;

/**
 * Loads the builds of the scenarios other than the first screen's (scenarioBuilds.ts); the app loads them with
 * the later part of the engine, before it switches to or restores such a scenario. Idempotent.
 */
export async function loadScenarioBuilds(): Promise<void> {
  laterBuilds ??= (await import('./scenarioBuilds')).scenarioBuilds;
}

const laterBuild =
  (id: keyof LaterBuilds) =>
  (sim: Simulation): void => {
    if (!laterBuilds) throw new Error(`the scenario "${id}" is still loading; open it again in a moment`);
    laterBuilds[id](sim);
  };

export const scenarios: ReadonlyArray<Scenario> = [
  {
    id: 'mixed-fleet',
    title: 'Mixed fleet across three AZs',
    description:
      'Cluster "demo" with six container instances of three types spread over us-east-1a, 1b and 1c, and the task definition "web" registered.',
    seed: 7,
    build(sim) {
      sim.call('ecs', 'CreateCluster', { clusterName: 'demo' });
      // named <family>-<AZ letter><n>, so "which t3 is in 1b?" can be read off the map
      launchIntoDemo(sim, 't3.medium', 'us-east-1a', 't3-a1');
      launchIntoDemo(sim, 'm5.large', 'us-east-1a', 'm5-a2');
      launchIntoDemo(sim, 't3.medium', 'us-east-1b', 't3-b1');
      launchIntoDemo(sim, 'c5.large', 'us-east-1b', 'c5-b2');
      launchIntoDemo(sim, 'm5.large', 'us-east-1c', 'm5-c1');
      launchIntoDemo(sim, 'c5.large', 'us-east-1c', 'c5-c2');
      sim.call('ecs', 'RegisterTaskDefinition', webTaskDefinition);
      sim.advance(AGENT_BOOT);
    },
  },
  {
    id: 'full-cluster',
    title: 'A full cluster',
    description:
      'Cluster "demo" with three small instances already holding most of their memory: the next tasks cannot all be placed.',
    seed: 11,
    build: laterBuild('full-cluster'),
  },
  {
    id: 'web-behind-alb',
    title: 'A service behind a load balancer',
    description:
      'Service "web-svc" keeps 4 tasks of web:1 behind the ALB "web-alb" (dynamic host ports, target group "web-tg") on three instances; web:2 (a new version) and web:3 (an image that crashes) are registered, ready for a rolling update.',
    seed: 23,
    build: laterBuild('web-behind-alb'),
  },
  {
    id: 'scaling-cluster',
    title: 'Both scaling loops',
    description:
      'Cluster "shop" gets its instances from the Auto Scaling group "shop-asg" (t3.medium, 1 to 6) through capacity provider "shop-cp" with managed scaling, its default strategy. Service "web" runs 2 tasks (0.5 vCPU each) behind the ALB "shop-alb" with no load yet: give it load and a target tracking policy, then watch tasks and instances follow.',
    seed: 31,
    build: laterBuild('scaling-cluster'),
  },
  {
    id: 'secrets-and-roles',
    title: 'A task that needs a secret',
    description:
      'Fargate task "thumbs" reads its password from the Secrets Manager secret "shop/db", but the permission sits on the wrong role. Run it, read why it stops, fix the right role.',
    seed: 12,
    build: laterBuild('secrets-and-roles'),
  },
  {
    id: 'empty',
    title: 'Empty account',
    description:
      'A new account: the default VPC with a subnet in each of three AZs, the two ECS roles, and no cluster yet.',
    seed: 1,
    build() {},
  },
];

export const defaultScenario = scenarios[0]!;

export const findScenario = (id: string): Scenario | undefined => scenarios.find((s) => s.id === id);
