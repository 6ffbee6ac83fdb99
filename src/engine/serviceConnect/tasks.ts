import type { Task } from '../model/ecs';
import type { Service } from '../model/service';
import type { ServiceConnectSettings } from '../model/serviceConnect';
import type { TaskDefinition } from '../model/taskDefinition';
import type { SimState } from '../state';

/** The ECS service a task belongs to (its group is `service:<name>`), if any. */
export function serviceOfTask(state: SimState, task: Task): Service | undefined {
  if (!task.group.startsWith('service:')) return undefined;
  const name = task.group.slice('service:'.length);
  return Object.values(state.ecs.services).find(
    (s) => s.clusterArn === task.clusterArn && s.serviceName === name && s.status !== 'INACTIVE',
  );
}

/**
 * The Service Connect settings a task started with: those of the deployment that started it. ECS puts a task's
 * Service Connect configuration in place when the task starts, so a task keeps what its deployment had (a task
 * started before Service Connect was turned on has no proxy until it is replaced).
 */
export function settingsOfTask(state: SimState, task: Task): ServiceConnectSettings | undefined {
  const service = serviceOfTask(state, task);
  const deployment = service?.deployments.find((d) => d.id === task.startedBy);
  return deployment?.serviceConnect?.enabled ? deployment.serviceConnect : undefined;
}

export const definitionOf = (state: SimState, task: Task): TaskDefinition | undefined =>
  state.ecs.taskDefinitions[task.taskDefinitionArn];

/** When the task's application began to run (its start, or its creation before that). */
export const taskStart = (task: Task) => task.startedAt ?? task.createdAt;

/** A task that serves requests: RUNNING and not being stopped. */
export const isServing = (task: Task) => task.lastStatus === 'RUNNING' && task.desiredStatus === 'RUNNING';

/** The container and port mapping a Service Connect `portName` names. */
export function namedPort(definition: TaskDefinition | undefined, portName: string) {
  for (const c of definition?.containerDefinitions ?? []) {
    const mapping = c.portMappings?.find((m) => m.name === portName);
    if (mapping) return { container: c, mapping };
  }
  return undefined;
}

/**
 * Where a task answers on a container port: the task's ENI address (awsvpc, Fargate) or its instance's address
 * and the host port Docker bound (bridge). Undefined while the task has no address yet, or for a port it does
 * not publish.
 */
export function taskAddress(
  state: SimState,
  task: Task,
  containerPort: number,
): { readonly ip: string; readonly port: number } | undefined {
  if (task.eni) return { ip: task.eni.privateIPv4Address, port: containerPort };
  const ci = task.containerInstanceArn ? state.ecs.containerInstances[task.containerInstanceArn] : undefined;
  const instance = ci ? state.ec2.instances[ci.ec2InstanceId] : undefined;
  if (!instance) return undefined;
  for (const c of task.containers) {
    const binding = c.networkBindings.find((b) => b.containerPort === containerPort && b.protocol === 'tcp');
    if (binding) return { ip: instance.PrivateIpAddress, port: binding.hostPort };
  }
  return undefined;
}

/** Every address a task answers on (each published TCP container port), for finding a task by ip:port. */
export function taskAddresses(state: SimState, task: Task) {
  const out: Array<{ ip: string; port: number }> = [];
  for (const c of definitionOf(state, task)?.containerDefinitions ?? []) {
    for (const m of c.portMappings ?? []) {
      if (m.containerPort === undefined || (m.protocol ?? 'tcp') !== 'tcp') continue;
      const a = taskAddress(state, task, m.containerPort);
      if (a) out.push(a);
    }
  }
  return out;
}
