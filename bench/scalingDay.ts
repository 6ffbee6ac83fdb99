/**
 * Scaling through the public contract (issue 11): one simulated day of a 50-instance cluster with three scaled
 * services, everything sent through `sim.call` as a learner's script would. 50 m5.large instances are launched by
 * `ec2 RunInstances` with `ECS_CLUSTER` user data and registered by their agents; three services start at 4 tasks:
 * `web-a` on dynamic host ports behind an ALB target group tracking ALBRequestCountPerTarget, `web-b` on dynamic
 * host ports tracking CPU, `web-c` in awsvpc mode (one task ENI each) tracking memory. Each gets a daily load curve
 * with noise (`sim SetLoad`). Then the day is advanced a minute at a time (what playback at high speed does) and
 * the wall time is measured, in total and per hour, so the first and the last hour show how the cost grows.
 */
import { launchContainerInstances, loadBalancerWithTargetGroup } from '../src/course/fixtures';
import { createSimulation, type Simulation } from '../src/engine/index';

const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
const INSTANCES = 50;
const DAY = 24 * 3600;
const STEP = 60;
const IMAGE = 'public.ecr.aws/ecs-sandbox/web:v1';

export interface ScalingDayBench {
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly speedup: number;
  readonly firstHourMs: number;
  readonly lastHourMs: number;
  readonly scalingActivities: number;
  readonly events: number;
  /** each service's lowest and highest desired count over the day */
  readonly desiredRange: Readonly<Record<string, readonly [number, number]>>;
  /** the simulation at the end of the day, for the chart's frames */
  readonly sim: Simulation;
}

function cluster(): Simulation {
  const sim = createSimulation({ seed: 11 });
  sim.call('ecs', 'CreateCluster', { clusterName: 'bench' });
  AZS.forEach((availabilityZone, i) => {
    const count = Math.floor(INSTANCES / AZS.length) + (i < INSTANCES % AZS.length ? 1 : 0);
    launchContainerInstances(sim, { cluster: 'bench', instanceType: 'm5.large', availabilityZone, count });
  });
  sim.advance(300);
  const registered = sim.call('ecs', 'ListContainerInstances', { cluster: 'bench', maxResults: 100 })
    .containerInstanceArns.length;
  if (registered !== INSTANCES)
    throw new Error(`benchScalingDay: ${registered} of ${INSTANCES} agents registered`);
  return sim;
}

function register(sim: Simulation, family: string, networkMode: 'bridge' | 'awsvpc'): void {
  sim.call('ecs', 'RegisterTaskDefinition', {
    family,
    networkMode,
    containerDefinitions: [
      {
        name: 'web',
        image: IMAGE,
        cpu: 256,
        memory: 512,
        portMappings: [
          networkMode === 'bridge' ? { containerPort: 8080, hostPort: 0 } : { containerPort: 8080 },
        ],
      },
    ],
  });
}

function scale(
  sim: Simulation,
  service: string,
  metric: string,
  target: number,
  resourceLabel?: string,
): void {
  const common = {
    ServiceNamespace: 'ecs',
    ResourceId: `service/bench/${service}`,
    ScalableDimension: 'ecs:service:DesiredCount',
  } as const;
  sim.call('application-autoscaling', 'RegisterScalableTarget', {
    ...common,
    MinCapacity: 2,
    MaxCapacity: 40,
  });
  sim.callByName('application-autoscaling', 'PutScalingPolicy', {
    ...common,
    PolicyName: `${service}-${metric}`,
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: target,
      PredefinedMetricSpecification: {
        PredefinedMetricType: metric,
        ...(resourceLabel ? { ResourceLabel: resourceLabel } : {}),
      },
    },
  });
}

export function benchScalingDay(): ScalingDayBench {
  const sim = cluster();
  const subnets = Object.keys(sim.state.ec2.subnets);
  register(sim, 'web-a', 'bridge');
  register(sim, 'web-b', 'bridge');
  register(sim, 'web-c', 'awsvpc');
  const targetGroupArn = loadBalancerWithTargetGroup(sim, { name: 'bench-alb', targetGroupName: 'bench-tg' });
  sim.advance(60);
  sim.call('ecs', 'CreateService', {
    cluster: 'bench',
    serviceName: 'web-a',
    taskDefinition: 'web-a',
    desiredCount: 4,
    loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 8080 }],
  });
  sim.call('ecs', 'CreateService', {
    cluster: 'bench',
    serviceName: 'web-b',
    taskDefinition: 'web-b',
    desiredCount: 4,
  });
  sim.call('ecs', 'CreateService', {
    cluster: 'bench',
    serviceName: 'web-c',
    taskDefinition: 'web-c',
    desiredCount: 4,
    networkConfiguration: { awsvpcConfiguration: { subnets } },
  });
  const lb = Object.values(sim.state.elbv2.loadBalancers)[0]!.LoadBalancerArn;
  const label = `${lb.slice(lb.indexOf(':loadbalancer/') + 14)}/${targetGroupArn.slice(targetGroupArn.indexOf(':targetgroup/') + 1)}`;
  scale(sim, 'web-a', 'ALBRequestCountPerTarget', 3000, label);
  scale(sim, 'web-b', 'ECSServiceAverageCPUUtilization', 60);
  scale(sim, 'web-c', 'ECSServiceAverageMemoryUtilization', 40);
  ['web-a', 'web-b', 'web-c'].forEach((service, i) =>
    sim.call('sim', 'SetLoad', {
      cluster: 'bench',
      service,
      shape: { kind: 'daily', low: 40, high: 1200, peakHour: 12 + i },
      noise: 0.1,
      seed: i + 1,
    }),
  );

  const desired: Record<string, [number, number]> = {};
  const hours: number[] = [];
  const events = sim.events.length;
  const cpu = process.cpuUsage();
  const start = performance.now();
  let hourStart = start;
  for (let t = STEP; t <= DAY; t += STEP) {
    sim.advance(STEP);
    for (const s of Object.values(sim.state.ecs.services)) {
      const range = (desired[s.serviceName] ??= [s.desiredCount, s.desiredCount]);
      range[0] = Math.min(range[0], s.desiredCount);
      range[1] = Math.max(range[1], s.desiredCount);
    }
    if (t % 3600 === 0) {
      const now = performance.now();
      hours.push(now - hourStart);
      hourStart = now;
    }
  }
  const wallSeconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    wallSeconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    speedup: DAY / wallSeconds,
    firstHourMs: hours[0]!,
    lastHourMs: hours[hours.length - 1]!,
    scalingActivities: Object.keys(sim.state.applicationAutoScaling.activities).length,
    events: sim.events.length - events + sim.state.retention.droppedEvents,
    desiredRange: desired,
    sim,
  };
}
