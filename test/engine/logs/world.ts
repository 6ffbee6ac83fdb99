import { createSimulation, type Simulation } from '../../../src/engine';
import { defaultSubnets } from '../../builders/harness';

export const AWSLOGS = (group: string, prefix?: string) => ({
  logDriver: 'awslogs' as const,
  options: {
    'awslogs-group': group,
    'awslogs-region': 'us-east-1',
    ...(prefix !== undefined ? { 'awslogs-stream-prefix': prefix } : {}),
  },
});

/** A Fargate task of `containers` (awslogs to /ecs/web, prefix web unless a container says otherwise), run once. */
export function runFargate(
  containers: ReadonlyArray<Record<string, unknown>>,
  seed = 7,
): { sim: Simulation; taskArn: string; taskId: string } {
  const sim = createSimulation({ seed });
  sim.call('ecs', 'CreateCluster', { clusterName: 'default' });
  sim.callByName('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    containerDefinitions: containers.map((c) => ({ logConfiguration: AWSLOGS('/ecs/web', 'web'), ...c })),
  });
  const out = sim.callByName('ecs', 'RunTask', {
    taskDefinition: 'web',
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets: Object.values(defaultSubnets(sim)) } },
  }) as { tasks: Array<{ taskArn: string }>; failures: unknown[] };
  const taskArn = out.tasks[0]!.taskArn;
  return { sim, taskArn, taskId: taskArn.slice(taskArn.lastIndexOf('/') + 1) };
}

/** The messages of a stream, oldest first. */
export const messages = (sim: Simulation, group: string, stream: string): string[] =>
  (sim.state.logs.groups[group]?.streams[stream]?.events ?? []).map((e) => e.message);

export { defaultSubnets };
