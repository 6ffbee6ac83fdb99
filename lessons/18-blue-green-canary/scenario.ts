import { launchContainerInstances } from '../../src/course/fixtures';
import type { LessonScenario, Prediction } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import { defaultRuleArn } from '../../src/engine/views';

/** What lesson 18 builds and watches: the service, its two target groups and its two listeners. */
export const CLUSTER = 'shop';
export const SERVICE = 'web';
export const DESIRED = 4;
export const BLUE_TG = 'web-blue';
export const GREEN_TG = 'web-green';
export const ALARM = 'web-5xx';
/** The requests per second the shop's customers send. */
export const REQUESTS_PER_SECOND = 20;
/** web:2 runs the demo app's v2.1: it passes health checks but fails a fifth of its requests with a 5xx. */
export const BUGGY_REVISION = 'web:2';
export const FIXED_REVISION = 'web:3';
export const CANARY_LIMIT = 10;
export const MIN_BAKE_MINUTES = 5;
const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/5e1f0c2a-7b3d-4e8f-9a61-0c2d4b6e8f10';
const WEB_IMAGE = 'public.ecr.aws/ecs-sandbox/web';

const vpcOf = (sim: Simulation) => Object.values(sim.state.ec2.subnets)[0]!.VpcId;
const albSubnets = (sim: Simulation) =>
  Object.values(sim.state.ec2.subnets)
    .filter((s) => s.AvailabilityZone === 'us-east-1a' || s.AvailabilityZone === 'us-east-1b')
    .map((s) => s.SubnetId);

/** The target group named `name`'s ARN. */
export const targetGroupArn = (sim: Simulation, name: string): string =>
  Object.values(sim.state.elbv2.targetGroups).find((tg) => tg.TargetGroupName === name)!.TargetGroupArn;

/** The listener on `port` of web-alb. */
export const listenerArn = (sim: Simulation, port: number): string =>
  Object.values(sim.state.elbv2.listeners).find((l) => l.Port === port)!.ListenerArn;

/** The default rule of the listener on `port` (what DescribeRules lists with IsDefault). */
export const listenerRuleArn = (sim: Simulation, port: number): string =>
  defaultRuleArn(listenerArn(sim, port));

/** The role ECS uses to reweight the listeners (the sandbox does not check its policy). */
export const infrastructureRole = (sim: Simulation) =>
  `arn:aws:iam::${sim.state.accountId}:role/ecsInfrastructureRoleForLoadBalancers`;

const revision = (tag: string) => ({
  family: 'web',
  containerDefinitions: [
    {
      name: 'web',
      image: `${WEB_IMAGE}:${tag}`,
      cpu: 128,
      memoryReservation: 256,
      portMappings: [{ containerPort: 8080, hostPort: 0 }],
    },
  ],
});

/**
 * Cluster `shop`: two m5.large instances behind the ALB `web-alb`. Production listener 443 and test listener 8443
 * both forward to target group `web-blue`; `web-green` is empty. Service `web` runs 4 tasks of web:1 (ROLLING,
 * registered in web-blue) and gets 20 requests per second. web:2 (v2.1, the hidden 5xx bug) and web:3 (v3) are
 * registered; nothing watches the 5xx yet.
 */
export default {
  seed: 18,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
    for (const [name, availabilityZone] of [
      ['web-a', 'us-east-1a'],
      ['web-b', 'us-east-1b'],
    ] as const) {
      launchContainerInstances(sim, { cluster: CLUSTER, instanceType: 'm5.large', availabilityZone, name });
    }
    sim.advance(120);
    for (const tag of ['v1', 'v2.1', 'v3']) sim.call('ecs', 'RegisterTaskDefinition', revision(tag));
    const alb = sim.call('elbv2', 'CreateLoadBalancer', { Name: 'web-alb', Subnets: albSubnets(sim) })
      .LoadBalancers[0]!.LoadBalancerArn;
    const [blue, green] = [BLUE_TG, GREEN_TG].map(
      (Name) =>
        sim.call('elbv2', 'CreateTargetGroup', {
          Name,
          Protocol: 'HTTP',
          Port: 80,
          VpcId: vpcOf(sim),
          TargetType: 'instance',
          HealthCheckIntervalSeconds: 10,
          HealthyThresholdCount: 3,
        }).TargetGroups[0]!.TargetGroupArn,
    );
    for (const Port of [443, 8443]) {
      sim.call('elbv2', 'CreateListener', {
        LoadBalancerArn: alb,
        Protocol: 'HTTPS',
        Port,
        Certificates: [{ CertificateArn: CERTIFICATE }],
        DefaultActions: [
          {
            Type: 'forward',
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: blue!, Weight: 100 },
                { TargetGroupArn: green!, Weight: 0 },
              ],
            },
          },
        ],
      });
    }
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: SERVICE,
      taskDefinition: 'web:1',
      desiredCount: DESIRED,
      loadBalancers: [{ targetGroupArn: blue!, containerName: 'web', containerPort: 8080 }],
    });
    sim.call('sim', 'SetLoad', {
      cluster: CLUSTER,
      service: SERVICE,
      requestsPerSecond: REQUESTS_PER_SECOND,
    });
    sim.advance(240);
  },
  controls: ['services', 'editor', 'console', 'map', 'explain', 'events', 'time'],
} satisfies LessonScenario;

/** The most tasks web ran at once since `from` (read off the tasks' own timestamps). */
export function peakTasks(sim: Simulation, from: number): number {
  const tasks = Object.values(sim.state.ecs.tasks).filter((t) => t.group === `service:${SERVICE}`);
  const left = (t: (typeof tasks)[number]) => t.stoppingAt ?? t.stoppedAt ?? Infinity;
  let peak = 0;
  for (const t of tasks) {
    if (t.startedAt === undefined || left(t) <= from) continue;
    const at = Math.max(from, t.startedAt);
    peak = Math.max(
      peak,
      tasks.filter((u) => u.startedAt !== undefined && u.startedAt <= at && at < left(u)).length,
    );
  }
  return peak;
}

export const prediction: Prediction = {
  prompt:
    'web runs 4 tasks of web:1. You ship web:3 as a CANARY (10 %, then the rest) with a 5-minute bake time. ' +
    'What is the most web tasks RUNNING at the same moment during that deployment?',
  options: [
    { id: '4', text: '4: ECS swaps tasks one for one, as a rolling update with 100/200 % does.' },
    { id: '5', text: '5: one canary task starts, takes 10 %, and the rest follow.' },
    { id: '8', text: '8: a full green copy runs beside blue until the bake time is over.' },
    { id: '12', text: '12: blue, green and a spare copy for the rollback.' },
  ],
  outcome(sim) {
    const shipped = Object.values(sim.state.ecs.services)
      .flatMap((s) => s.deployments)
      .find((d) => d.taskDefinition.endsWith(`:task-definition/${FIXED_REVISION}`));
    if (!shipped) return '4';
    return String(peakTasks(sim, shipped.createdAt));
  },
  explanation:
    'Blue/green, linear and canary all start the new revision at the full desired count before any traffic moves: ' +
    'the canary percentage is a share of requests set by listener weights, not a number of tasks. Both copies run ' +
    'until the bake time ends, so for those minutes you pay for 8 tasks; then blue is scaled down to 0.',
};
