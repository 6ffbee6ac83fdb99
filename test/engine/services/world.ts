import type { Simulation, Task } from '../../../src/engine';
import { fleet, staged } from '../api/ecs/runTaskHelpers';

export const WEB_IMAGE = 'public.ecr.aws/ecs-sandbox/web';

/** Registers a revision of family `web` running `web:<tag>` (128 CPU units, 256 MiB, dynamic host port). */
export function registerWeb(sim: Simulation, tag: string, extra: Record<string, unknown> = {}): string {
  const out = sim.callByName('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    containerDefinitions: [
      {
        name: 'web',
        image: `${WEB_IMAGE}:${tag}`,
        cpu: 128,
        memory: 256,
        portMappings: [{ containerPort: 8080 }],
        ...extra,
      },
    ],
  }) as { taskDefinition: { taskDefinitionArn: string } };
  return out.taskDefinition.taskDefinitionArn;
}

/** A cluster `default` with `perAz` instances in each of three AZs and `web:1` (web:v1) registered. */
export function serviceWorld(perAz = 1, seed = 7) {
  const { sim } = staged(
    fleet(perAz, (b) =>
      b
        .withAttribute('ecs.capability.container-health-check')
        .withAttribute('com.amazonaws.ecs.capability.docker-remote-api.1.24'),
    ),
    [],
    seed,
  );
  const v1 = registerWeb(sim, 'v1');
  return { sim, v1 };
}

export interface ServiceShape {
  serviceArn: string;
  status: string;
  desiredCount: number;
  runningCount: number;
  pendingCount: number;
  taskDefinition: string;
  deployments: Array<{
    id: string;
    status: string;
    taskDefinition: string;
    desiredCount: number;
    runningCount: number;
    pendingCount: number;
    failedTasks: number;
    rolloutState: string;
    rolloutStateReason: string;
  }>;
  events: Array<{ id: string; createdAt: string; message: string }>;
}

export const createService = (sim: Simulation, input: Record<string, unknown>) =>
  (
    sim.callByName('ecs', 'CreateService', {
      serviceName: 'web',
      taskDefinition: 'web',
      desiredCount: 2,
      ...input,
    }) as {
      service: ServiceShape;
    }
  ).service;

export const describe1 = (sim: Simulation, name = 'web') =>
  (sim.callByName('ecs', 'DescribeServices', { services: [name] }) as { services: ServiceShape[] })
    .services[0]!;

/** The service's tasks in the state (any status). */
export const serviceTasks = (sim: Simulation, name = 'web'): Task[] =>
  Object.values(sim.state.ecs.tasks).filter((t) => t.group === `service:${name}`) as Task[];

export const liveTasks = (sim: Simulation, name = 'web') =>
  serviceTasks(sim, name).filter((t) => t.desiredStatus !== 'STOPPED' && t.lastStatus !== 'STOPPED');
