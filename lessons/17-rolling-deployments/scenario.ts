import { launchContainerInstances, type ContainerInstanceLaunch } from '../../src/course/fixtures';
import type { LessonScenario, Prediction } from '../../src/course/types';
import type { ContainerDefinitionInput, Simulation } from '../../src/engine/index';
import { CLUSTER, countsBetween, SERVICE } from './rollout';

/**
 * Two t3.medium hosts take 2 web tasks each (1536 MiB of about 3993) and the t3.small takes 1: room for the
 * service's 4 tasks and exactly one more.
 */
const FLEET: ReadonlyArray<ContainerInstanceLaunch> = [
  { name: 'app-1', instanceType: 't3.medium', availabilityZone: 'us-east-1a' },
  { name: 'app-2', instanceType: 't3.medium', availabilityZone: 'us-east-1b' },
  { name: 'spare-1', instanceType: 't3.small', availabilityZone: 'us-east-1c' },
];

/** The web container at an image tag of the demo app. */
export const webContainer = (tag: string): ContainerDefinitionInput => ({
  name: 'web',
  image: `public.ecr.aws/ecs-sandbox/web:${tag}`,
  cpu: 256,
  memory: 1536,
  portMappings: [{ containerPort: 8080, hostPort: 0 }],
});

/**
 * Cluster `shop`: the service `web` runs 4 tasks of web:1 (web:v1) with the default deployment configuration,
 * steady. web:2 (v2, the release to ship) and web:3 (the next build, which crashes on start) are registered.
 */
export default {
  seed: 17,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: 'shop' });
    for (const launch of FLEET) launchContainerInstances(sim, { ...launch, cluster: 'shop' });
    sim.advance(120);
    for (const tag of ['v1', 'v2', 'crash'])
      sim.call('ecs', 'RegisterTaskDefinition', { family: 'web', containerDefinitions: [webContainer(tag)] });
    sim.call('ecs', 'CreateService', {
      cluster: 'shop',
      serviceName: 'web',
      taskDefinition: 'web:1',
      desiredCount: 4,
      launchType: 'EC2',
    });
    sim.advance(120);
  },
  controls: ['services', 'console', 'map', 'events', 'time'],
} satisfies LessonScenario;

/** The pair a teammate proposes; the prediction asks what it means for 4 tasks. */
export const PROPOSED = { minimumHealthyPercent: 60, maximumPercent: 140 } as const;

/**
 * Rolls web once more under the proposed pair on a copy of the simulation and reads the fewest RUNNING tasks
 * and the most tasks in flight it had, as "3-5".
 */
function proposedProbe(sim: Simulation): string {
  const probe = sim.fork();
  const from = probe.now;
  probe.call('ecs', 'UpdateService', {
    cluster: CLUSTER,
    service: SERVICE,
    deploymentConfiguration: PROPOSED,
    forceNewDeployment: true,
  });
  probe.advance(900);
  const { fewestRunning, mostLive } = countsBetween(probe, from, probe.now);
  return `${fewestRunning}-${mostLive}`;
}

const OPTIONS = [
  { id: '3-5', text: 'Never fewer than 3 RUNNING, never more than 5 at once.' },
  { id: '2-6', text: 'Never fewer than 2, never more than 6 (4 × 60 % = 2.4 and 4 × 140 % = 5.6, rounded).' },
  { id: '2-5', text: 'Never fewer than 2, never more than 5 (the fractions are dropped).' },
  { id: '4-8', text: 'Never fewer than 4, never more than 8 (only the defaults count).' },
];

export const prediction: Prediction = {
  prompt:
    'web runs 4 tasks. A teammate proposes minimumHealthyPercent 60 and maximumPercent 140 for the next ' +
    'rollout. During such a rollout, what are the fewest RUNNING tasks and the most tasks at once?',
  options: OPTIONS,
  outcome(sim) {
    const [low, high] = proposedProbe(sim).split('-').map(Number) as [number, number];
    // the option nearest to what the probe saw (each option is "fewest-most")
    const distance = (id: string) => {
      const [l, h] = id.split('-').map(Number) as [number, number];
      return Math.abs(l - low) + Math.abs(h - high);
    };
    return OPTIONS.reduce((best, o) => (distance(o.id) < distance(best.id) ? o : best)).id;
  },
  explanation:
    'ECS rounds the minimum up and the maximum down, both toward safety: ceil(4 × 0.6) = ceil(2.4) = 3 healthy ' +
    'tasks at least, floor(4 × 1.4) = floor(5.6) = 5 tasks at most. So 60/140 behaves exactly like 75/125 here: ' +
    'ECS stops one old task, fills the freed slot and the spare one with new tasks, and stops another old task ' +
    'each time a new one turns healthy.',
};
