import { pullImage } from '../catalog/images';
import { loadOn } from '../indexes';
import type { Task, TaskContainer } from '../model/ecs';
import type { Ec2Instance } from '../model/ec2';
import type { RegisteredTarget, TargetGroup, TargetHealth } from '../model/elbv2';
import type { TaskArn } from '../model/ids';
import type { SimState } from '../state';
import { runImageOf } from '../tasks/containerRuntime';

/** What one health check request found at a target. */
export type ProbeResult =
  | { readonly kind: 'answered'; readonly code: number }
  /** connected, but no answer within the timeout (a server still starting) */
  | { readonly kind: 'timeout' }
  /** nothing accepts the connection on that port */
  | { readonly kind: 'refused' }
  /** the target instance is not running */
  | { readonly kind: 'invalidState'; readonly instanceState: string };

/**
 * The HTTP code a running container's image answers a health check with, or a timeout while it starts. A private
 * ECR image answers as the catalog image pushed to it (Task.runImages).
 */
function containerAnswer(task: Task, container: TaskContainer, now: number): ProbeResult {
  const pulled = pullImage(runImageOf(task, container));
  if (!pulled.ok || pulled.image.behaviour.kind === 'shell') return { kind: 'refused' };
  const behaviour = pulled.image.behaviour;
  // a crashing image serves normally until it exits
  const health = behaviour.kind === 'server' ? behaviour.health : 'pass';
  if (health === 'pass') return { kind: 'answered', code: 200 };
  if (health === 'fail') return { kind: 'answered', code: 500 };
  const startedAt = container.startedAt ?? task.startedAt ?? now;
  return now - startedAt >= health.passAfterSeconds ? { kind: 'answered', code: 200 } : { kind: 'timeout' };
}

const running = (task: Task | undefined): task is Task => task?.lastStatus === 'RUNNING';

/** What listens on `port` of an EC2 instance: a RUNNING container of a task there with that host port bound. */
function probeInstance(state: SimState, instance: Ec2Instance, port: number): ProbeResult {
  if (instance.State !== 'running') return { kind: 'invalidState', instanceState: instance.State };
  if (instance.agent.phase !== 'registered') return { kind: 'refused' };
  for (const taskArn of loadOn(state, instance.agent.containerInstanceArn).tasks) {
    const task = state.ecs.tasks[taskArn];
    if (!running(task)) continue;
    const container = task.containers.find(
      (c) =>
        c.lastStatus === 'RUNNING' &&
        c.networkBindings.some((b) => b.hostPort === port && b.protocol === 'tcp'),
    );
    if (container) return containerAnswer(task, container, state.clock.now);
  }
  return { kind: 'refused' };
}

/** The hinted task, while it is RUNNING with this address. */
function hintedTask(state: SimState, ip: string, hint: TaskArn | undefined): Task | undefined {
  const task = hint === undefined ? undefined : state.ecs.tasks[hint];
  return task?.eni?.privateIPv4Address === ip && running(task) ? task : undefined;
}

/** The RUNNING task whose ENI has this address (a search of the account's tasks). */
const taskWithIp = (state: SimState, ip: string): Task | undefined =>
  Object.values(state.ecs.tasks).find((t) => t.eni?.privateIPv4Address === ip && running(t));

/** What listens on `port` of a task's ENI: a RUNNING container mapping that container port. */
function probeTask(state: SimState, task: Task, port: number): ProbeResult {
  const definition = state.ecs.taskDefinitions[task.taskDefinitionArn];
  const serving = definition?.containerDefinitions.find((c) =>
    (c.portMappings ?? []).some((pm) => pm.containerPort === port && (pm.protocol ?? 'tcp') === 'tcp'),
  );
  const container = serving && task.containers.find((c) => c.name === serving.name);
  return container?.lastStatus === 'RUNNING'
    ? containerAnswer(task, container, state.clock.now)
    : { kind: 'refused' };
}

/** The port a health check of this target goes to: the target's own (`traffic-port`) or the group's setting. */
export const healthCheckPortOf = (tg: TargetGroup, targetPort: number): number =>
  tg.HealthCheckPort === 'traffic-port' ? targetPort : Number(tg.HealthCheckPort);

/**
 * Sends one health check to a target: for type `instance`, to the instance (a bridge or host task's host
 * port); for type `ip`, to a task ENI with that address (its container port) or to an instance's own address.
 */
export function probeTarget(
  state: SimState,
  tg: TargetGroup,
  target: Pick<RegisteredTarget, 'Id' | 'Port' | 'taskArn'>,
): ProbeResult {
  const id = target.Id;
  const port = healthCheckPortOf(tg, target.Port);
  if (tg.TargetType === 'instance') {
    const instance = state.ec2.instances[id];
    return instance
      ? probeInstance(state, instance, port)
      : { kind: 'invalidState', instanceState: 'terminated' };
  }
  const hinted = hintedTask(state, id, target.taskArn);
  if (hinted) return probeTask(state, hinted, port);
  const instance = Object.values(state.ec2.instances).find(
    (i) => i.PrivateIpAddress === id && i.State !== 'terminated',
  );
  if (instance) return probeInstance(state, instance, port);
  const task = taskWithIp(state, id);
  return task ? probeTask(state, task, port) : { kind: 'refused' };
}

/** Whether an HTTP code matches a matcher such as `200`, `200,202` or `200-299`. */
export function codeMatches(httpCode: string, code: number): boolean {
  return httpCode.split(',').some((part) => {
    const [low, high] = part.trim().split('-').map(Number);
    return high === undefined ? code === low : code >= low! && code <= high;
  });
}

/** The failure a probe is, as DescribeTargetHealth reports it; undefined when the check passed. */
export function failureOf(tg: TargetGroup, probe: ProbeResult): TargetHealth | undefined {
  switch (probe.kind) {
    case 'answered':
      return codeMatches(tg.Matcher.HttpCode, probe.code)
        ? undefined
        : {
            State: 'unhealthy',
            Reason: 'Target.ResponseCodeMismatch',
            Description: `Health checks failed with these codes: [${probe.code}]`,
          };
    case 'timeout':
      return { State: 'unhealthy', Reason: 'Target.Timeout', Description: 'Request timed out' };
    case 'refused':
      return { State: 'unhealthy', Reason: 'Target.FailedHealthChecks', Description: 'Health checks failed' };
    case 'invalidState':
      return {
        State: 'unused',
        Reason: 'Target.InvalidState',
        Description: `Target is in the ${probe.instanceState} state`,
      };
  }
}
