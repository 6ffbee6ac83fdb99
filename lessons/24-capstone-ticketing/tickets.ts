import {
  ACCOUNT_ID,
  containerConfigOf,
  type ResolvedVariable,
  type Service,
  type Simulation,
  type Task,
} from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';
import { policy, roleNameOf, TASKS_TRUST } from '../07-three-roles/roles';
import { EXEC_POLICY, SSM_MESSAGES } from '../21-troubleshooting-exec/shop';

export { EXEC_POLICY, policy, roleNameOf, SSM_MESSAGES, TASKS_TRUST };

/** Names and reads shared by the capstone's scenario, goals, solution and quiz. */

export const CLUSTER = 'tickets';
export const API = 'api';
export const PRICING = 'pricing';
export const API_TASKS = 4;
export const PRICING_TASKS = 2;
export const ON_DEMAND_BASE = 2;
export const NAMESPACE = 'tickets';
export const PRICING_URL_VARIABLE = 'PRICING_URL';
export const PRICING_BY_NAME = 'http://pricing:8080';
export const ALB = 'tickets-alb';
export const ALARM = 'api-5xx';
export const CANARY_LIMIT = 10;
export const MEDIA_TOKEN = 'tickets-media';
export const MEDIA_PATH = '/srv/media';
export const SECRET_NAME = 'tickets/db';
export const PASSWORD = 'Tick3ts-db-2026';
export const EXECUTION_ROLE = 'tickets-execution';
/** the draft's one role for every task: it may do anything */
export const APP_ROLE = 'tickets-app';
export const EXECUTION_POLICY = 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy';
export const CERTIFICATE =
  'arn:aws:acm:us-east-1:123456789012:certificate/7c2e9a41-3b5d-4f60-8e1a-2d4c6b8f0a13';
export const IMAGE = 'public.ecr.aws/ecs-sandbox/web';
/** v2.1 of the demo app passes its health checks but fails one request in five with a 5xx */
export const BUGGY_TAG = 'v2.1';
export const REQUESTS_PER_SECOND = 20;

export const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT_ID}:role/${name}`;

/** The default subnet of an Availability Zone. */
export const subnetIn = (sim: Simulation, az: string): string =>
  Object.values(sim.state.ec2.subnets).find((s) => s.AvailabilityZone === az)!.SubnetId;

export const subnetsOf = (sim: Simulation, azs: ReadonlyArray<string>) => azs.map((az) => subnetIn(sim, az));

export const vpcOf = (sim: Simulation) => Object.values(sim.state.ec2.subnets)[0]!.VpcId;

/** The media file system (CreationToken tickets-media); its id comes from the seed, so read at run time. */
export const mediaFileSystem = (sim: Simulation) =>
  Object.values(sim.state.efs.fileSystems).find((f) => f.CreationToken === MEDIA_TOKEN)!;

export const secretArn = (sim: Simulation): string =>
  Object.values(sim.state.secretsManager.secrets).find((s) => s.Name === SECRET_NAME)!.ARN;

export const targetGroupArn = (sim: Simulation, name: string): string | undefined =>
  Object.values(sim.state.elbv2.targetGroups).find((tg) => tg.TargetGroupName === name)?.TargetGroupArn;

export const albArn = (sim: Simulation): string =>
  Object.values(sim.state.elbv2.loadBalancers).find((lb) => lb.LoadBalancerName === ALB)!.LoadBalancerArn;

/** The listener on `port` of tickets-alb. */
export const listenerOn = (sim: Simulation, port: number) =>
  Object.values(sim.state.elbv2.listeners).find((l) => l.Port === port && l.LoadBalancerArn === albArn(sim));

/** The ACTIVE service `name` of tickets. */
export const serviceNamed = (sim: Simulation, name: string): Service | undefined =>
  Object.values(sim.state.ecs.services).find(
    (s) => s.serviceName === name && arnName(s.clusterArn) === CLUSTER && s.status === 'ACTIVE',
  );

/** Every task a service of tickets has started that the engine still holds. */
export const tasksOf = (sim: Simulation, name: string): ReadonlyArray<Task> =>
  Object.values(sim.state.ecs.tasks).filter(
    (t) => arnName(t.clusterArn) === CLUSTER && t.group === `service:${name}`,
  );

/** The service's tasks that serve: RUNNING and meant to keep running. */
export const servingTasks = (sim: Simulation, name: string): ReadonlyArray<Task> =>
  tasksOf(sim, name).filter((t) => t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING');

/** The serving tasks of the service's primary deployment (during a canary, green; blue is the older one). */
export const primaryTasks = (sim: Simulation, name: string): ReadonlyArray<Task> => {
  const primary = serviceNamed(sim, name)?.deployments[0];
  return primary ? servingTasks(sim, name).filter((t) => t.startedBy === primary.id) : [];
};

export const definitionOf = (sim: Simulation, task: Task) =>
  sim.state.ecs.taskDefinitions[task.taskDefinitionArn];

/** The image tag the task's first container runs (`…/web:v2.1` → `v2.1`). */
export const tagOf = (sim: Simulation, task: Task): string =>
  definitionOf(sim, task)?.containerDefinitions[0]?.image?.split(':').at(-1) ?? '';

/** What the container `container` of a task saw for `name` at start, and where it came from. */
export const variable = (
  sim: Simulation,
  task: Task,
  name: string,
  container = API,
): ResolvedVariable | undefined =>
  containerConfigOf(sim.state, task)?.[container]?.find((v) => v.name === name);

/** The task role's name of a task's definition. */
export const taskRoleOf = (sim: Simulation, task: Task) => roleNameOf(definitionOf(sim, task)?.taskRoleArn);

/** The newest stopped reason of a service's tasks, for the goals' "why". */
export function lastStoppedReason(sim: Simulation, name: string): string | undefined {
  return tasksOf(sim, name)
    .filter((t) => t.lastStatus === 'STOPPED' && t.stoppedReason !== undefined)
    .sort((a, b) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0))[0]?.stoppedReason;
}
