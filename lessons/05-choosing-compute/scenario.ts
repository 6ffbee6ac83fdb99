import { launchContainerInstances } from '../../src/course/fixtures';
import type { LessonScenario, Prediction } from '../../src/course/types';
import { createSimulation } from '../../src/engine/index';
import {
  CLUSTER,
  lastEvent,
  NIGHTLY_V1,
  running,
  STOREFRONT_V1,
  tasksInGroup,
  VISION,
  VISION_V1,
} from './compute';

/**
 * Cluster `acme` with FARGATE and FARGATE_SPOT associated and one general-purpose container instance (m5.large,
 * us-east-1a, standard ECS-optimized AMI). vision:1 (one GPU), storefront:1 and nightly:1 are registered; nothing
 * runs yet.
 */
const scenario = {
  seed: 5,
  build(sim) {
    sim.call('ecs', 'CreateCluster', {
      clusterName: CLUSTER,
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
    });
    launchContainerInstances(sim, {
      cluster: CLUSTER,
      instanceType: 'm5.large',
      availabilityZone: 'us-east-1a',
      name: 'general-1',
    });
    for (const td of [VISION_V1, STOREFRONT_V1, NIGHTLY_V1]) sim.call('ecs', 'RegisterTaskDefinition', td);
    sim.advance(120);
  },
  controls: ['editor', 'runTask', 'instances', 'services', 'console', 'map', 'explain', 'events', 'time'],
} satisfies LessonScenario;
export default scenario;

/** On a fresh copy: the vision service created on EC2 in acme as it is (one m5.large), two minutes later. */
export function visionOnGeneralProbe(): { running: number; event?: string } {
  const probe = createSimulation({ seed: scenario.seed });
  scenario.build(probe);
  probe.call('ecs', 'CreateService', {
    cluster: CLUSTER,
    serviceName: VISION,
    taskDefinition: VISION,
    desiredCount: 1,
    launchType: 'EC2',
  });
  probe.advance(120);
  const event = lastEvent(probe, VISION);
  return { running: running(tasksInGroup(probe, `service:${VISION}`)).length, ...(event ? { event } : {}) };
}

export const prediction: Prediction = {
  prompt:
    'vision:1 asks for one GPU. You create the service vision (1 task, launch type EC2) in acme, whose only ' +
    'container instance is an m5.large with plenty of free CPU and memory. Two minutes later, what do you see?',
  options: [
    { id: 'runs-cpu', text: 'It runs on the m5.large, slower, on its CPUs instead.' },
    { id: 'unplaced', text: 'No task runs: the service reports it cannot place one (no GPU free).' },
    { id: 'refused', text: 'CreateService is refused: the cluster has no GPU instance.' },
    { id: 'fargate', text: 'ECS places it on Fargate, which has GPUs.' },
  ],
  outcome() {
    const probe = visionOnGeneralProbe();
    if (probe.running > 0) return 'runs-cpu';
    if (/unable to place a task/.test(probe.event ?? '')) return 'unplaced';
    return 'refused';
  },
  explanation:
    'A GPU in resourceRequirements is reserved like memory: placement needs an instance with a free GPU, and an ' +
    'm5.large has none, so the service keeps trying and says it could not place a task. Fargate has no GPUs at all; ' +
    'a GPU workload needs GPU instances (g or p families) with the ECS GPU-optimized AMI.',
};
