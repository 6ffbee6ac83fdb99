import { launchContainerInstances } from '../../src/course/fixtures';
import type { LessonScenario, Prediction } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';

export const CLUSTER = 'shop';
export const SERVICE = 'web';
const WEB_IMAGE = 'public.ecr.aws/ecs-sandbox/web';
/** The target group's VPC: the account's default VPC, where the instances run. */
const vpcOf = (sim: Simulation) => Object.values(sim.state.ec2.subnets)[0]!.VpcId;

/** The default subnets of two AZs, for the load balancer. */
const albSubnets = (sim: Simulation) =>
  Object.values(sim.state.ec2.subnets)
    .filter((s) => s.AvailabilityZone === 'us-east-1a' || s.AvailabilityZone === 'us-east-1b')
    .map((s) => s.SubnetId);

/** The ARN of target group `web-tg` (built by the scenario). */
export const webTargetGroup = (sim: Simulation): string =>
  Object.values(sim.state.elbv2.targetGroups).find((tg) => tg.TargetGroupName === 'web-tg')!.TargetGroupArn;

/** A `web` container definition: the image listens on 8080; `hostPort` 0 asks for a dynamic host port. */
export const webContainer = (tag: string, hostPort: number) => ({
  name: 'web',
  image: `${WEB_IMAGE}:${tag}`,
  cpu: 128,
  memoryReservation: 256,
  portMappings: [{ containerPort: 8080, hostPort }],
});

/**
 * Cluster `shop`: two m5.large instances (us-east-1a, us-east-1b) behind the ALB `web-alb`, whose listener on
 * port 80 forwards to `web-tg` (target type instance, default health checks and deregistration delay). Service
 * `web` wants 4 tasks of `web:1`, whose container maps host port 80 to 8080: only 2 can be placed.
 */
export default {
  seed: 11,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
    for (const [name, availabilityZone] of [
      ['web-a', 'us-east-1a'],
      ['web-b', 'us-east-1b'],
    ] as const) {
      launchContainerInstances(sim, { cluster: CLUSTER, instanceType: 'm5.large', availabilityZone, name });
    }
    sim.advance(120);
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'web',
      containerDefinitions: [webContainer('v1', 80)],
    });
    const alb = sim.call('elbv2', 'CreateLoadBalancer', { Name: 'web-alb', Subnets: albSubnets(sim) })
      .LoadBalancers[0]!.LoadBalancerArn;
    const tg = sim.call('elbv2', 'CreateTargetGroup', {
      Name: 'web-tg',
      Protocol: 'HTTP',
      Port: 80,
      VpcId: vpcOf(sim),
      TargetType: 'instance',
    }).TargetGroups[0]!.TargetGroupArn;
    sim.call('elbv2', 'CreateListener', {
      LoadBalancerArn: alb,
      Protocol: 'HTTP',
      Port: 80,
      DefaultActions: [{ Type: 'forward', TargetGroupArn: tg }],
    });
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: SERVICE,
      taskDefinition: 'web:1',
      desiredCount: 4,
      loadBalancers: [{ targetGroupArn: tg, containerName: 'web', containerPort: 8080 }],
    });
    sim.advance(180);
  },
  controls: ['services', 'editor', 'console', 'map', 'explain', 'events', 'time'],
} satisfies LessonScenario;

/**
 * The service events of web that record a replacement for failing ELB health checks since `since`, newest
 * first: "service web (port N) is unhealthy in (target-group …) due to (reason …)." ECS logs one when it decides
 * to replace the task; the task itself stops only after its target has drained.
 */
export function unhealthyReplacements(sim: Simulation, since: number) {
  const service = Object.values(sim.state.ecs.services).find(
    (s) => s.serviceName === SERVICE && s.clusterArn.endsWith(`/${CLUSTER}`) && s.status === 'ACTIVE',
  );
  return (service?.events ?? []).filter(
    (e) => e.createdAt >= since && /^service web \(port \d+\) is unhealthy in /.test(e.message),
  );
}

/**
 * Rolls out web:slow (dynamic host port) with no grace period on a copy of the simulation and watches for 5
 * minutes: how many of its tasks the scheduler replaced, and whether any of them turned healthy.
 */
function slowRolloutProbe(sim: Simulation): { kills: number; healthy: number } {
  const probe = sim.fork();
  const td = probe.call('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    containerDefinitions: [webContainer('slow', 0)],
  }).taskDefinition.taskDefinitionArn;
  const from = probe.now;
  probe.call('ecs', 'UpdateService', {
    cluster: CLUSTER,
    service: SERVICE,
    taskDefinition: td,
    healthCheckGracePeriodSeconds: 0,
  });
  probe.advance(300);
  const healthy = Object.values(probe.state.elbv2.targets).filter(
    (t) =>
      t.health.State === 'healthy' &&
      t.taskArn !== undefined &&
      probe.state.ecs.tasks[t.taskArn]?.taskDefinitionArn === td,
  ).length;
  return { kills: unhealthyReplacements(probe, from).length, healthy };
}

export const prediction: Prediction = {
  prompt:
    'The next release, web:slow, needs about 90 seconds before it answers HTTP. web-tg checks every 30 s and ' +
    'calls a target unhealthy after 2 failed checks; the service has no grace period (0). You roll it out. ' +
    'What happens in the first five minutes?',
  options: [
    {
      id: 'replaced',
      text: 'About a minute after each new task starts, ECS stops it for failing ELB health checks and starts another, again and again.',
    },
    {
      id: 'waits',
      text: 'ECS sees the targets are still in their initial checks and waits; after the boot they turn healthy.',
    },
    {
      id: 'alb-only',
      text: 'The ALB stops sending them traffic, but ECS leaves the tasks alone until they pass.',
    },
  ],
  outcome(sim) {
    const { kills, healthy } = slowRolloutProbe(sim);
    if (kills > 0) return 'replaced';
    return healthy > 0 ? 'waits' : 'alb-only';
  },
  explanation:
    'The load balancer does not know the app is booting: 2 failed checks 30 s apart make the target unhealthy ' +
    'after about a minute. ECS replaces a task whose target is unhealthy, so each copy dies before it could ' +
    'answer, and the rollout never finishes. healthCheckGracePeriodSeconds tells the ECS scheduler to ignore ' +
    'failed checks for that long after a task starts; the ALB still judges the target, so the grace must also ' +
    'cover the passing checks the target needs afterwards.',
};
