import { launchContainerInstances, type ContainerInstanceLaunch } from '../../src/course/fixtures';
import { instancesOf } from '../../src/course/goals';
import type { LessonScenario, Prediction } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';

/** The analytics fleet: ml-1 carries the custom attribute pool=ml, ml-2 came from an older template without it. */
const FLEET: ReadonlyArray<ContainerInstanceLaunch> = [
  {
    name: 'ml-1',
    instanceType: 'c5.xlarge',
    availabilityZone: 'us-east-1a',
    extraConfig: { ECS_INSTANCE_ATTRIBUTES: '{"pool":"ml"}' },
  },
  { name: 'ml-2', instanceType: 'c5.xlarge', availabilityZone: 'us-east-1b' },
  { name: 'general-1', instanceType: 'm5.large', availabilityZone: 'us-east-1c' },
];

/** The container instance ARN of the instance tagged `name` in analytics. */
export function containerInstanceNamed(sim: Simulation, name: string): string {
  const ec2 = Object.values(sim.state.ec2.instances).find((i) => i.Tags.some((t) => t.Value === name))!;
  return instancesOf(sim, 'analytics').find((ci) => ci.ec2InstanceId === ec2.InstanceId)!
    .containerInstanceArn;
}

const definition = (family: string, cpu: number, memoryReservation: number) => ({
  family,
  containerDefinitions: [
    { name: family, image: 'public.ecr.aws/ecs-sandbox/web:v1', cpu, memoryReservation },
  ],
});

/**
 * Cluster `analytics`: two c5.xlarge instances meant for the ML pool and one m5.large for everything else.
 * ml-1 registered with the custom attribute pool=ml (ECS_INSTANCE_ATTRIBUTES); ml-2 was launched from an older
 * template and lacks it. `ml`, `cache` and the small node `agent` are registered; nothing runs yet.
 */
export default {
  seed: 14,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: 'analytics' });
    for (const launch of FLEET) launchContainerInstances(sim, { ...launch, cluster: 'analytics' });
    sim.advance(120);
    sim.call('ecs', 'RegisterTaskDefinition', definition('ml', 1024, 2048));
    sim.call('ecs', 'RegisterTaskDefinition', definition('cache', 128, 256));
    sim.call('ecs', 'RegisterTaskDefinition', definition('agent', 64, 64));
  },
  controls: ['runTask', 'services', 'console', 'editor', 'map', 'explain', 'events', 'time'],
} satisfies LessonScenario;

/** Runs 5 cache tasks with distinctInstance on a copy of the simulation, in a group of their own. */
function distinctProbe(sim: Simulation): { placed: number; failed: boolean } {
  const out = sim.fork().call('ecs', 'RunTask', {
    cluster: 'analytics',
    taskDefinition: 'cache',
    count: 5,
    group: 'prediction-probe',
    placementConstraints: [{ type: 'distinctInstance' }],
  });
  return { placed: out.tasks.length, failed: out.failures.length > 0 };
}

export const prediction: Prediction = {
  prompt:
    'analytics has 3 instances, each with plenty of room. You run 5 cache tasks with the distinctInstance ' +
    'constraint. What happens?',
  options: [
    {
      id: 'five',
      text: 'All 5 run: two instances take a second copy, since placement rules are best effort.',
    },
    { id: 'three', text: '3 run, and RunTask returns the other 2 as failures.' },
    { id: 'pending', text: '3 run, and 2 wait in PENDING until more instances join.' },
    { id: 'none', text: 'None run: the request is refused because it cannot be met in full.' },
  ],
  outcome(sim) {
    const { placed, failed } = distinctProbe(sim);
    if (placed === 5) return 'five';
    if (placed === 0) return 'none';
    return failed ? 'three' : 'pending';
  },
  explanation:
    'A constraint is a rule, not a preference. distinctInstance removes every instance that already holds a ' +
    'task of the group, so after three tasks no instance is left and the other two come back as failures ' +
    '("DistinctInstance placement constraint unsatisfied."). On the EC2 launch type without a capacity ' +
    'provider RunTask does not queue them; the three it could place still run.',
};
