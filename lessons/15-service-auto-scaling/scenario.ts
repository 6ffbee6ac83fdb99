import { loadBalancerDimension } from '../../src/course/albAlarm';
import type { LessonScenario, Prediction } from '../../src/course/types';
import { loadBalancerWithTargetGroup } from '../../src/course/fixtures';
import { createSimulation, type Simulation } from '../../src/engine/index';
import {
  BASE_RPS,
  breachedMinutes,
  CLUSTER,
  RESOURCE_ID,
  SALE_END,
  SALE_RPS,
  SALE_START,
  SERVICE,
} from './sale';

/** The default subnets of us-east-1a and us-east-1b, for the load balancer and the tasks. */
const subnets = (sim: Simulation) =>
  Object.values(sim.state.ec2.subnets)
    .filter((s) => s.AvailabilityZone === 'us-east-1a' || s.AvailabilityZone === 'us-east-1b')
    .map((s) => s.SubnetId);

/** The ARN suffixes ALBRequestCountPerTarget's ResourceLabel joins: `app/web-alb/<id>/targetgroup/web-tg/<id>`. */
export function resourceLabel(sim: Simulation): string {
  const lb = Object.values(sim.state.elbv2.loadBalancers).find((l) => l.LoadBalancerName === 'web-alb')!;
  const tg = Object.values(sim.state.elbv2.targetGroups).find((t) => t.TargetGroupName === 'web-tg')!;
  // arn:…:loadbalancer/app/web-alb/<id> and arn:…:targetgroup/web-tg/<id>
  const lbPart = loadBalancerDimension(lb.LoadBalancerArn);
  const tgPart = tg.TargetGroupArn.slice(tg.TargetGroupArn.indexOf(':targetgroup/') + 1);
  return `${lbPart}/${tgPart}`;
}

/**
 * Cluster `shop`: the Fargate service `web` (0.5 vCPU, 1 GB per task) runs 2 tasks behind the ALB `web-alb`
 * (target group `web-tg`, type ip, default health checks). Its clients send about 300 requests/s, and 2,500
 * during the flash sale from 01:00 to 01:30. Nothing scales it yet. The build ends at about 00:05.
 */
const scenario = {
  seed: 15,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'web',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '512',
      memory: '1024',
      containerDefinitions: [
        { name: 'web', image: 'public.ecr.aws/ecs-sandbox/web:v1', portMappings: [{ containerPort: 8080 }] },
      ],
    });
    const tg = loadBalancerWithTargetGroup(sim, {
      name: 'web-alb',
      targetGroupName: 'web-tg',
      targetType: 'ip',
    });
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: SERVICE,
      taskDefinition: 'web:1',
      desiredCount: 2,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: subnets(sim), assignPublicIp: 'ENABLED' } },
      loadBalancers: [{ targetGroupArn: tg, containerName: 'web', containerPort: 8080 }],
    });
    sim.call('sim', 'SetLoad', {
      cluster: CLUSTER,
      service: SERVICE,
      shape: {
        kind: 'spike',
        base: BASE_RPS,
        peak: SALE_RPS,
        startInSeconds: SALE_START - sim.now,
        durationSeconds: SALE_END - SALE_START,
      },
      noise: 0.1,
      seed: 15,
    });
    sim.advance(300);
  },
  controls: ['services', 'console', 'events', 'time'],
} satisfies LessonScenario;
export default scenario;

/**
 * Attaches the policy a team would try first on a fresh copy of the lesson (target tracking on CPU at 50 %,
 * bounds 2–20, nothing scheduled), runs it through the sale, and counts the minutes the SLO was broken.
 */
export function reactiveOnlyBreach(): number {
  const probe = createSimulation({ seed: scenario.seed });
  scenario.build(probe);
  probe.callByName('application-autoscaling', 'RegisterScalableTarget', {
    ServiceNamespace: 'ecs',
    ResourceId: RESOURCE_ID,
    ScalableDimension: 'ecs:service:DesiredCount',
    MinCapacity: 2,
    MaxCapacity: 20,
  });
  probe.callByName('application-autoscaling', 'PutScalingPolicy', {
    PolicyName: 'cpu50',
    ServiceNamespace: 'ecs',
    ResourceId: RESOURCE_ID,
    ScalableDimension: 'ecs:service:DesiredCount',
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: 50,
      PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
    },
  });
  probe.advance(SALE_END + 120 - probe.now);
  return breachedMinutes(probe).length;
}

export const prediction: Prediction = {
  prompt:
    'Suppose web gets a target tracking policy on CPU at 50 % (bounds 2 and 20) and nothing else. At 01:00 its ' +
    'traffic jumps from about 300 to 2,500 requests per second. What do users see?',
  options: [
    {
      id: 'instant',
      text: 'Hardly anything: the policy reacts within a minute and new tasks serve at once.',
    },
    {
      id: 'minutes',
      text: 'Errors and slow pages for several minutes: the policy waits for a few high datapoints, then new tasks must start and pass health checks.',
    },
    { id: 'instances', text: 'Errors until someone adds EC2 instances for the new tasks to run on.' },
    { id: 'whole', text: 'Errors for the whole sale: the policy never catches up with such a jump.' },
  ],
  outcome() {
    const minutes = reactiveOnlyBreach();
    if (minutes <= 1) return 'instant';
    return minutes >= (SALE_END - SALE_START) / 60 - 2 ? 'whole' : 'minutes';
  },
  explanation:
    'Target tracking is reactive. Its scale-out alarm wants a few one-minute datapoints above target before it ' +
    'fires; the new Fargate tasks then need to start, and the ALB sends them traffic only once they pass their ' +
    'health checks. Until then 2 tasks face eight times their load and the excess fails. Fargate needs no ' +
    'instances: each task brings its own capacity. For a jump you know is coming, put the capacity there first.',
};
