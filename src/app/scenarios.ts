import type { Simulation } from '../engine/index';
import { AGENT_BOOT, launchIntoDemo, webTaskDefinition } from './scenarioParts';
import type { scenarioBuilds } from './scenarioBuilds';
import type { Scenario } from './timeline';

export { webTaskDefinition } from './scenarioParts';

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
      'Fargate cluster "shop". The task definition "thumbs" reads its database password from the Secrets Manager secret "shop/db" and logs to "/ecs/thumbs". Someone gave the secret permission to the task role "thumbs-task-role" instead of the execution role: run the task, read why it stops, and fix the right role.',
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
