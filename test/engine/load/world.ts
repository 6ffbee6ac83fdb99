import { createSimulation, type Simulation } from '../../../src/engine';
import { defaultSubnets } from '../../builders/harness';

/**
 * A Fargate web service `web` in cluster `default` (0.25 vCPU, 512 MiB tasks from the sandbox's demo image, or
 * the image `build` prepares), for the load, metrics and scaling tests. Time is advanced until its tasks run.
 */
export function fargateWebWorld(
  desiredCount = 2,
  seed = 7,
  build: (sim: Simulation) => { image: string; executionRoleArn?: string } = () => ({
    image: 'public.ecr.aws/ecs-sandbox/web:v1',
  }),
): { sim: Simulation; serviceArn: string } {
  const sim = createSimulation({ seed });
  sim.call('ecs', 'CreateCluster', { clusterName: 'default' });
  const { image, executionRoleArn } = build(sim);
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    ...(executionRoleArn ? { executionRoleArn } : {}),
    containerDefinitions: [{ name: 'web', image, portMappings: [{ containerPort: 8080 }] }],
  });
  const out = sim.callByName('ecs', 'CreateService', {
    serviceName: 'web',
    taskDefinition: 'web',
    desiredCount,
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets: Object.values(defaultSubnets(sim)) } },
  }) as { service: { serviceArn: string } };
  sim.advance(120);
  return { sim, serviceArn: out.service.serviceArn };
}

/** The Average of a metric per minute from GetMetricData, oldest first. */
export function averages(
  sim: Simulation,
  namespace: string,
  metricName: string,
  dimensions: Array<{ Name: string; Value: string }>,
  fromSeconds = 0,
): number[] {
  const iso = (t: number) => new Date((sim.state.startEpoch + t) * 1000).toISOString();
  const out = sim.call('cloudwatch', 'GetMetricData', {
    MetricDataQueries: [
      {
        Id: 'm',
        MetricStat: {
          Metric: { Namespace: namespace, MetricName: metricName, Dimensions: dimensions },
          Period: 60,
          Stat: 'Average',
        },
      },
    ],
    StartTime: iso(fromSeconds),
    EndTime: iso(sim.now + 60),
    ScanBy: 'TimestampAscending',
  });
  return out.MetricDataResults[0]!.Values;
}

export const SERVICE_DIMS = [
  { Name: 'ClusterName', Value: 'default' },
  { Name: 'ServiceName', Value: 'web' },
];
