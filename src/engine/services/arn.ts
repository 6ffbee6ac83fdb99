import { arnName } from '../../lib/arn';
import type { ServiceArn } from '../model/service';
import type { Task } from '../model/ecs';
import type { SimState } from '../state';

type Where = Pick<SimState, 'region' | 'accountId'>;

/** `arn:aws:ecs:REGION:ACCOUNT:service/CLUSTER/NAME` */
export const serviceArnOf = (s: Where, clusterName: string, serviceName: string) =>
  `arn:aws:ecs:${s.region}:${s.accountId}:service/${clusterName}/${serviceName}` as ServiceArn;

/** The task group of every task a service starts (ecs-reference §3.5). */
export const serviceGroup = (serviceName: string) => `service:${serviceName}`;

const GROUP_PREFIX = 'service:';

/** The ARN of the service a task belongs to, or undefined for a standalone task. */
export function serviceArnOfTask(state: SimState, task: Task): ServiceArn | undefined {
  if (!task.group.startsWith(GROUP_PREFIX)) return undefined;
  const arn = serviceArnOf(state, arnName(task.clusterArn), task.group.slice(GROUP_PREFIX.length));
  return state.ecs.services[arn] ? arn : undefined;
}

/** A service reference (name or ARN) inside a cluster, as an ARN. */
export const serviceArnIn = (state: SimState, clusterName: string, ref: string): ServiceArn =>
  ref.startsWith('arn:') ? (ref as ServiceArn) : serviceArnOf(state, clusterName, ref);
