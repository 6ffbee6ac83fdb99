import { launchContainerInstances } from '../src/course/fixtures';
import { createSimulation, type Simulation } from '../src/engine/index';

const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

/**
 * A cluster named `bench` of `instances` container instances spread over three AZs, launched the way a learner
 * does it (`ec2 RunInstances` with user data naming the cluster) and registered by their agents.
 */
export function agentCluster(instances: number, instanceType = 'm5.4xlarge', seed = 1): Simulation {
  const sim = createSimulation({ seed });
  sim.call('ecs', 'CreateCluster', { clusterName: 'bench' });
  for (let i = 0; i < instances; i += 100) {
    launchContainerInstances(sim, {
      cluster: 'bench',
      instanceType,
      availabilityZone: AZS[(i / 100) % 3]!,
      count: Math.min(100, instances - i),
    });
  }
  sim.advance(180);
  return sim;
}

/** nginx on a dynamic host port (the ALB pattern), with a container health check that passes. */
export const checkedWebDefinition = {
  family: 'web',
  networkMode: 'bridge' as const,
  containerDefinitions: [
    {
      name: 'web',
      image: 'nginx:latest',
      cpu: 64,
      memoryReservation: 128,
      essential: true,
      portMappings: [{ containerPort: 80, hostPort: 0, protocol: 'tcp' as const }],
      healthCheck: {
        command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'],
        interval: 30,
        retries: 3,
        startPeriod: 10,
      },
    },
  ],
};

/** Starts `tasks` tasks of `family` on cluster `bench`, ten per RunTask call. Returns how many were placed. */
export function runTasks(sim: Simulation, family: string, tasks: number): number {
  let placed = 0;
  for (let asked = 0; asked < tasks; asked += 10) {
    const out = sim.call('ecs', 'RunTask', {
      cluster: 'bench',
      taskDefinition: family,
      count: Math.min(10, tasks - asked),
    });
    placed += out.tasks.length;
  }
  return placed;
}

/** How many of the simulation's tasks are in `status` (read from the state, as the map reads it). */
export const countTasks = (sim: Simulation, status: string) =>
  Object.values(sim.state.ecs.tasks).filter((t) => t.lastStatus === status).length;
