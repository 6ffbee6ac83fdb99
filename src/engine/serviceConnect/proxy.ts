import type { Task } from '../model/ecs';
import type { TaskOutput } from '../tasks';
import type { SimState } from '../state';
import { settingsOfTask } from './tasks';

/** The image the sandbox shows for the proxy ECS injects (AWS manages and patches it; its tag varies). */
export const PROXY_IMAGE = 'ecs-service-connect-agent (managed by Amazon ECS)';

/** The proxy's container name: ECS names it `ecs-service-connect-` and a short suffix (here from the task id). */
export const proxyName = (task: Task) =>
  `ecs-service-connect-${(task.taskArn.split('/').pop() ?? '').slice(0, 5)}`;

/**
 * A task's DescribeTasks shape with the Service Connect proxy container ECS adds to tasks of a Service Connect
 * deployment. The sandbox does not place or size it (in AWS it takes a little of the task's CPU and memory): it
 * runs whenever the task's essential containers run.
 */
export function withServiceConnectProxy<T extends TaskOutput>(state: SimState, task: Task, output: T): T {
  if (!settingsOfTask(state, task)) return output;
  const first = output.containers[0];
  const status =
    task.lastStatus === 'RUNNING' ? 'RUNNING' : task.lastStatus === 'STOPPED' ? 'STOPPED' : 'PENDING';
  const proxy = {
    containerArn: `${task.taskArn.replace(':task/', ':container/')}/proxy`,
    taskArn: task.taskArn,
    name: proxyName(task),
    image: PROXY_IMAGE,
    lastStatus: status,
    networkBindings: [],
    networkInterfaces: first?.networkInterfaces ?? [],
    healthStatus: status === 'RUNNING' ? ('HEALTHY' as const) : ('UNKNOWN' as const),
  };
  return { ...output, containers: [...output.containers, proxy] };
}
