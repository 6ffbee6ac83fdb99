import { launchContainerInstances } from '../../src/course/fixtures';
import { instancesOf, tasksWhere } from '../../src/course/goals';
import type { LessonScenario, Prediction } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';

/** Instance name → how many 1 GiB `reports` tasks already sit on it; names end in their AZ letter and a number. */
const LAYOUT: ReadonlyArray<readonly [name: string, az: string, reports: number]> = [
  ['prod-a1', 'us-east-1a', 5],
  ['prod-a2', 'us-east-1a', 1],
  ['prod-b1', 'us-east-1b', 4],
  ['prod-b2', 'us-east-1b', 0],
  ['prod-c1', 'us-east-1c', 3],
  ['prod-c2', 'us-east-1c', 2],
];

/** A small web app definition reserving `memoryReservation` MiB and 128 CPU units. */
const app = (family: string, memoryReservation: number) => ({
  family,
  containerDefinitions: [
    {
      name: family,
      image: 'public.ecr.aws/ecs-sandbox/web:v1',
      cpu: 128,
      memoryReservation,
      portMappings: [{ containerPort: 8080, hostPort: 0 }],
    },
  ],
});

/** The container instance ARN of the EC2 instance tagged `name`. */
function containerInstanceNamed(sim: Simulation, name: string): string {
  const ec2 = Object.values(sim.state.ec2.instances).find((i) => i.Tags.some((t) => t.Value === name))!;
  return instancesOf(sim, 'prod').find((ci) => ci.ec2InstanceId === ec2.InstanceId)!.containerInstanceArn;
}

/**
 * Cluster `prod`: six m5.large instances, two per AZ, already holding 0–5 one-GiB `reports` tasks each, so
 * their free memory differs. `web` and `api` (512 MiB each) are registered and not running.
 */
export default {
  seed: 113,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: 'prod' });
    for (const [name, availabilityZone] of LAYOUT) {
      launchContainerInstances(sim, { cluster: 'prod', instanceType: 'm5.large', availabilityZone, name });
    }
    sim.advance(120);
    sim.call('ecs', 'RegisterTaskDefinition', app('reports', 1024));
    for (const [name, , reports] of LAYOUT) {
      const arn = containerInstanceNamed(sim, name);
      for (let i = 0; i < reports; i++) {
        sim.call('ecs', 'StartTask', {
          cluster: 'prod',
          taskDefinition: 'reports',
          containerInstances: [arn],
        });
      }
    }
    sim.call('ecs', 'RegisterTaskDefinition', app('web', 512));
    sim.call('ecs', 'RegisterTaskDefinition', app('api', 512));
    sim.advance(60);
  },
  controls: ['runTask', 'console', 'map', 'explain', 'events', 'time'],
} satisfies LessonScenario;

export const prediction: Prediction = {
  prompt:
    'You run 8 web tasks (512 MiB each) with one strategy: binpack on memory. The six instances have between ' +
    '2.8 and 7.8 GiB free. Where do the tasks go?',
  options: [
    { id: 'balanced', text: 'One or two on every instance: binpack balances the load.' },
    {
      id: 'packed',
      text: 'On as few instances as possible, starting with the one that has the least free memory.',
    },
    { id: 'roomy', text: 'On the instances with the most free memory, so every task has headroom.' },
  ],
  outcome(sim) {
    const web = tasksWhere(sim, { cluster: 'prod', family: 'web', status: 'RUNNING' });
    const used = new Set(web.map((t) => t.containerInstanceArn));
    if (used.size > 3) return 'balanced';
    const free = (inUse: boolean) => {
      const group = instancesOf(sim, 'prod').filter((ci) => used.has(ci.containerInstanceArn) === inUse);
      return group.reduce((sum, ci) => sum + ci.remainingResources.memory, 0) / Math.max(1, group.length);
    };
    return free(true) <= free(false) ? 'packed' : 'roomy';
  },
  explanation:
    'binpack picks the instance with the least remaining memory that still fits the task, so the fullest ' +
    'instance fills first: here prod-a1 takes five tasks and prod-b1 the other three. It concentrates tasks to ' +
    'save instances; balancing is what spread does.',
};
