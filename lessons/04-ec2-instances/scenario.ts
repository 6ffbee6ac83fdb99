import { launchContainerInstances } from '../../src/course/fixtures';
import { revisionsOf } from '../../src/course/goals';
import type { LessonScenario, Prediction } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';

/** cart:1 — a quiet web app whose soft memory reservation (2560 MiB) is far above what it uses. */
export const CART_V1 = {
  family: 'cart',
  containerDefinitions: [
    {
      name: 'cart',
      image: 'public.ecr.aws/ecs-sandbox/web:v1',
      cpu: 256,
      memoryReservation: 2560,
      portMappings: [{ containerPort: 8080, hostPort: 0 }],
    },
  ],
};

/**
 * Cluster `shop` exists and `cart:1` is registered. Two t3.medium instances were launched for it, and neither
 * joined: one has no instance profile (the agent has no credentials), the other's user data never sets
 * ECS_CLUSTER, so its agent created and joined `default`.
 */
export default {
  seed: 404,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: 'shop' });
    sim.call('ecs', 'RegisterTaskDefinition', CART_V1);
    launchContainerInstances(sim, {
      instanceType: 't3.medium',
      cluster: 'shop',
      instanceProfile: null,
      name: 'shop-1',
    });
    launchContainerInstances(sim, {
      instanceType: 't3.medium',
      extraConfig: { ECS_ENABLE_CONTAINER_METADATA: 'true' },
      name: 'shop-2',
    });
    sim.advance(120);
  },
  controls: ['console', 'runTask', 'editor', 'map', 'explain', 'events', 'time'],
} satisfies LessonScenario;

/**
 * How many cart:1 tasks two t3.medium instances take, measured on a copy of the learner's simulation: a fresh
 * cluster with two correctly launched instances and one RunTask for 4 tasks.
 */
export function cartV1TasksOnTwoInstances(sim: Simulation): number {
  const probe = sim.fork();
  probe.call('ecs', 'CreateCluster', { clusterName: 'probe' });
  launchContainerInstances(probe, { instanceType: 't3.medium', count: 2, cluster: 'probe', name: 'probe' });
  probe.advance(120);
  const first = revisionsOf(probe, 'cart')[0]!;
  const out = probe.call('ecs', 'RunTask', {
    cluster: 'probe',
    taskDefinition: first.taskDefinitionArn,
    count: 4,
  });
  return out.tasks.length;
}

export const prediction: Prediction = {
  prompt:
    'Suppose shop has two healthy t3.medium instances: each registers 2048 CPU units and about 3.9 GiB of ' +
    'memory. cart:1 reserves 256 CPU units and 2560 MiB, though the app itself is nearly idle. You call ' +
    'RunTask for 4 cart:1 tasks. How many start?',
  options: [
    { id: '4', text: 'All 4: the instances are nearly idle, so there is plenty of room.' },
    { id: '2', text: '2: one per instance; the other 2 come back as failures.' },
    { id: '0', text: 'None: RunTask rejects the whole request when it cannot place every task.' },
  ],
  outcome: (sim) => String(cartV1TasksOnTwoInstances(sim)),
  explanation:
    'Placement never looks at how busy an instance is. It subtracts what each placed task reserves from what ' +
    'the instance registered: in the sandbox 3993 − 2560 leaves 1433 MiB, too little for a second 2560 MiB ' +
    'reservation, so each instance takes one task and RunTask (EC2 launch type, no capacity provider) returns ' +
    'the other two as RESOURCE:MEMORY failures. The tasks it could place still start.',
};
