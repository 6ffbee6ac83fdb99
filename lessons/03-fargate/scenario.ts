import { countBy } from '../../src/course/goals';
import type { LessonScenario, Prediction } from '../../src/course/types';
import { fargateRenderTasks } from './goals';

/** render:1 as it ran on the old EC2 hosts: bridge networking, container-level memory only. */
export const RENDER_CONTAINER = {
  name: 'render',
  image: 'public.ecr.aws/ecs-sandbox/web:v1',
  portMappings: [{ containerPort: 8080 }],
};

/** Cluster `reports` with no EC2 capacity left, and `render:1` registered for EC2 (bridge mode). */
export default {
  seed: 303,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: 'reports' });
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'render',
      requiresCompatibilities: ['EC2'],
      containerDefinitions: [{ ...RENDER_CONTAINER, cpu: 256, memory: 3072 }],
    });
  },
  controls: ['editor', 'runTask', 'console', 'map', 'explain', 'events', 'time'],
} satisfies LessonScenario;

export const prediction: Prediction = {
  prompt:
    'You run 6 render tasks on Fargate in one call, giving one subnet in each of us-east-1a, 1b and 1c and no ' +
    'placement strategy. Where do they run?',
  options: [
    { id: 'even', text: 'Two in each Availability Zone.' },
    { id: 'one-az', text: 'All six in the first subnet’s AZ, since nothing asked for a spread.' },
    { id: 'uneven', text: 'A random mix; one AZ may get most of them.' },
    { id: 'rejected', text: 'The call fails: multi-AZ Fargate needs a spread placement strategy.' },
  ],
  outcome(sim) {
    const perAz = Object.values(countBy(fargateRenderTasks(sim), (t) => t.availabilityZone));
    if (perAz.length === 0) return 'rejected';
    if (perAz.length === 1) return 'one-az';
    return perAz.length === 3 && Math.max(...perAz) - Math.min(...perAz) <= 1 ? 'even' : 'uneven';
  },
  explanation:
    'Fargate has no placement strategies (a strategy in the request is rejected). It balances a group of tasks ' +
    'across the Availability Zones of the subnets you pass, so 6 tasks over 3 AZs land 2/2/2. Resilience on ' +
    'Fargate comes from listing subnets in several AZs.',
};
