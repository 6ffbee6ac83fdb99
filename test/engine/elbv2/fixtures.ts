import { DEMO_APP, type NetworkMode, type Simulation } from '../../../src/engine';
import { anAccount } from '../../builders/account';

/** An account with cluster `web` and one m5.large container instance in us-east-1a, agent registered. */
export const anAccountWithInstance = (seed = 1): Simulation =>
  anAccount(seed)
    .withCluster('web')
    .withInstances(1, 'm5.large', { cluster: 'web', azs: ['us-east-1a'] })
    .build();

/** The ids of the default subnets, in AZ order (a, b, c). */
export const subnetIds = (sim: Simulation): string[] =>
  Object.values(sim.state.ec2.subnets)
    .slice()
    .sort((a, b) => a.AvailabilityZone.localeCompare(b.AvailabilityZone))
    .map((s) => s.SubnetId);

export const VPC_ID = 'vpc-0a1b2c3d4e5f60718';

/** The only EC2 instance of the account. */
export const instanceIdOf = (sim: Simulation): string => Object.keys(sim.state.ec2.instances)[0]!;

export function createLoadBalancer(sim: Simulation, name = 'web-alb'): string {
  return sim.call('elbv2', 'CreateLoadBalancer', { Name: name, Subnets: subnetIds(sim).slice(0, 2) })
    .LoadBalancers[0]!.LoadBalancerArn;
}

export function createTargetGroup(
  sim: Simulation,
  options: { name?: string; targetType?: 'instance' | 'ip'; port?: number } = {},
): string {
  return sim.call('elbv2', 'CreateTargetGroup', {
    Name: options.name ?? 'web-tg',
    Protocol: 'HTTP',
    Port: options.port ?? 8080,
    VpcId: VPC_ID,
    TargetType: options.targetType ?? 'instance',
  }).TargetGroups[0]!.TargetGroupArn;
}

export function createListener(
  sim: Simulation,
  loadBalancerArn: string,
  targetGroupArn: string,
  port = 80,
): string {
  return sim.call('elbv2', 'CreateListener', {
    LoadBalancerArn: loadBalancerArn,
    Protocol: 'HTTP',
    Port: port,
    DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }],
  }).Listeners[0]!.ListenerArn;
}

/** A load balancer with a listener on port 80 forwarding to a new target group; returns the group's ARN. */
export function behindALoadBalancer(
  sim: Simulation,
  options: { targetType?: 'instance' | 'ip' } = {},
): string {
  const tg = createTargetGroup(sim, options);
  createListener(sim, createLoadBalancer(sim), tg);
  return tg;
}

/**
 * Runs one task of the demo app image `tag` in cluster `web` (container `app` on 8080; bridge with a dynamic
 * host port, or awsvpc) and advances until it has had time to start. Returns the task.
 */
export function runDemoTask(
  sim: Simulation,
  tag: string,
  networkMode: NetworkMode = 'bridge',
  image = `${DEMO_APP}:${tag}`,
) {
  const family = `demo-${tag}-${networkMode}`;
  sim.call('ecs', 'RegisterTaskDefinition', {
    family,
    networkMode,
    containerDefinitions: [
      {
        name: 'app',
        image,
        memory: 256,
        portMappings: [{ containerPort: 8080, ...(networkMode === 'bridge' ? { hostPort: 0 } : {}) }],
      },
    ],
  });
  const out = sim.call('ecs', 'RunTask', {
    cluster: 'web',
    taskDefinition: family,
    ...(networkMode === 'awsvpc'
      ? { networkConfiguration: { awsvpcConfiguration: { subnets: [subnetIds(sim)[0]!] } } }
      : {}),
  });
  const taskArn = out.tasks[0]!.taskArn;
  return taskArn;
}

/** The task record of `taskArn` now. */
export const taskOf = (sim: Simulation, taskArn: string) => sim.state.ecs.tasks[taskArn]!;

/** The state, reason and description of a target now, as DescribeTargetHealth reports it. */
export function healthNow(sim: Simulation, targetGroupArn: string, Id: string, Port: number) {
  return sim.call('elbv2', 'DescribeTargetHealth', {
    TargetGroupArn: targetGroupArn,
    Targets: [{ Id, Port }],
  }).TargetHealthDescriptions[0]!.TargetHealth;
}
