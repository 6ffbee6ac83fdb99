import { met, notYet } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import type { Service, Simulation, Task } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';
import { roleAllows } from '../07-three-roles/roles';
import { roleDenies } from '../21-troubleshooting-exec/shop';
import {
  API,
  API_TASKS,
  APP_ROLE,
  BUGGY_TAG,
  CANARY_LIMIT,
  CLUSTER,
  definitionOf,
  EXECUTION_ROLE,
  lastStoppedReason,
  MEDIA_PATH,
  mediaFileSystem,
  ON_DEMAND_BASE,
  PRICING,
  PRICING_TASKS,
  PRICING_URL_VARIABLE,
  primaryTasks,
  secretArn,
  SECRET_NAME,
  serviceNamed,
  servingTasks,
  SSM_MESSAGES,
  tagOf,
  taskRoleOf,
  variable,
} from './tickets';

/** The ten checks of the brief (curriculum L24), each returning what the simulator sees. */

const DESIRED: Readonly<Record<string, number>> = { [API]: API_TASKS, [PRICING]: PRICING_TASKS };

/** What a task role must never allow in this platform (the apps call no AWS API but Exec's channels). */
const NEVER_ON_TASK_ROLES = ['iam:PassRole', 'ecs:RunTask', 's3:GetObject', 'ecr:BatchGetImage'] as const;

const azOfSubnet = (sim: Simulation, subnet: string) => sim.state.ec2.subnets[subnet]?.AvailabilityZone;

const stoppedHint = (sim: Simulation, name: string) => {
  const reason = lastStoppedReason(sim, name);
  return reason ? ` The newest stopped ${name} task says: ${reason}` : '';
};

/** The service, or why it is not there yet. */
function need(sim: Simulation, name: string): Service | GoalResult {
  const service = serviceNamed(sim, name);
  return service ?? notYet(`There is no ACTIVE service ${name} in the cluster ${CLUSTER}.`);
}
const isService = (x: Service | GoalResult): x is Service => 'serviceArn' in x;

/** Each service: subnets in ≥ 2 AZs, all its tasks running, and those tasks in ≥ 2 AZs. */
export function twoAzs(sim: Simulation): GoalResult {
  for (const name of [API, PRICING]) {
    const service = need(sim, name);
    if (!isService(service)) return service;
    const subnets = service.deployments[0]!.networkConfiguration?.awsvpcConfiguration?.subnets ?? [];
    const zones = new Set(subnets.map((s) => azOfSubnet(sim, s)));
    if (zones.size < 2) {
      return notYet(
        `${name}’s subnets are all in ${[...zones].join(', ') || 'no AZ'}: Fargate puts a task only in an AZ of ` +
          'a subnet you give it, so losing that AZ loses the service.',
      );
    }
    const running = primaryTasks(sim, name);
    if (running.length < DESIRED[name]!)
      return notYet(`${name} runs ${running.length} of ${DESIRED[name]} tasks.${stoppedHint(sim, name)}`);
    const used = new Set(running.map((t) => t.availabilityZone));
    if (used.size < 2) return notYet(`Every ${name} task runs in ${[...used][0]}.`);
  }
  return met;
}

/** api: FARGATE holds exactly its base (≥ 2) and Spot everything else. */
export function onDemandBase(sim: Simulation): GoalResult {
  const service = need(sim, API);
  if (!isService(service)) return service;
  const strategy = service.deployments[0]!.capacityProviderStrategy;
  if (!strategy?.length) {
    return notYet(
      'api runs with launchType FARGATE: every task is on-demand. A capacity provider strategy can keep a base on ' +
        'FARGATE and send the rest to FARGATE_SPOT.',
    );
  }
  const base = strategy.find((i) => i.capacityProvider === 'FARGATE')?.base ?? 0;
  const tasks = primaryTasks(sim, API);
  const onDemand = tasks.filter((t) => t.capacityProviderName === 'FARGATE').length;
  const spot = tasks.filter((t) => t.capacityProviderName === 'FARGATE_SPOT').length;
  if (tasks.length < API_TASKS)
    return notYet(`api runs ${tasks.length} of ${API_TASKS} tasks.${stoppedHint(sim, API)}`);
  if (onDemand < ON_DEMAND_BASE)
    return notYet(`api runs ${onDemand} task(s) on FARGATE; at least ${ON_DEMAND_BASE} must be on-demand.`);
  if (base < ON_DEMAND_BASE || onDemand > base) {
    return notYet(
      `api runs ${onDemand} tasks on FARGATE and ${spot} on FARGATE_SPOT (FARGATE base ${base}): beyond a base of ` +
        `${ON_DEMAND_BASE} on-demand tasks, every task should be on the cheaper Spot capacity.`,
    );
  }
  return met;
}

/** api is registered in an `ip` target group of tickets-alb's production listener, every task healthy. */
export function albIp(sim: Simulation): GoalResult {
  const service = need(sim, API);
  if (!isService(service)) return service;
  const lb = service.loadBalancers.find((l) => l.targetGroupArn !== undefined);
  if (!lb)
    return notYet('api is not behind a load balancer: the public API needs tickets-alb in front of it.');
  const groups = [lb.targetGroupArn!, lb.advancedConfiguration?.alternateTargetGroupArn].filter(
    (g): g is string => g !== undefined,
  );
  const wrong = groups.map((g) => sim.state.elbv2.targetGroups[g]).find((tg) => tg && tg.TargetType !== 'ip');
  if (wrong)
    return notYet(`${wrong.TargetGroupName} has target type ${wrong.TargetType}; awsvpc tasks need ip.`);
  const listened = Object.values(sim.state.elbv2.listeners).some((l) =>
    l.DefaultActions.some((a) =>
      (a.ForwardConfig?.TargetGroups ?? [{ TargetGroupArn: a.TargetGroupArn }]).some(
        (t) => t.TargetGroupArn !== undefined && groups.includes(t.TargetGroupArn),
      ),
    ),
  );
  if (!listened) return notYet('No listener of tickets-alb forwards to api’s target group.');
  const ips = new Set(primaryTasks(sim, API).map((t) => t.eni?.privateIPv4Address));
  const healthy = Object.values(sim.state.elbv2.targets).filter(
    (t) => groups.includes(t.targetGroupArn) && t.health.State === 'healthy' && ips.has(t.Id),
  );
  if (healthy.length < API_TASKS)
    return notYet(`${healthy.length} of api’s ${API_TASKS} tasks are healthy ip targets of tickets-alb.`);
  return met;
}

/** pricing behind Service Connect with no load balancer; api's own PRICING_URL reaches it through its proxy. */
export function pricingByName(sim: Simulation): GoalResult {
  const pricing = need(sim, PRICING);
  if (!isService(pricing)) return pricing;
  const api = need(sim, API);
  if (!isService(api)) return api;
  if (pricing.loadBalancers.length)
    return notYet(
      'pricing is behind a load balancer; internal calls can go through the Service Connect proxies.',
    );
  const server = pricing.deployments[0]!.serviceConnect;
  if (!server?.enabled || !server.services.length)
    return notYet('pricing does not announce a Service Connect endpoint (a client alias on a named port).');
  const client = api.deployments[0]!.serviceConnect;
  if (!client?.enabled || client.namespace !== server.namespace)
    return notYet('api is not a Service Connect client in pricing’s namespace.');
  const caller = primaryTasks(sim, API)[0];
  if (!caller) return notYet(`api has no running task to call pricing from.${stoppedHint(sim, API)}`);
  const url = variable(sim, caller, PRICING_URL_VARIABLE)?.value;
  if (!url)
    return notYet(`api’s container has no ${PRICING_URL_VARIABLE}: it does not know where pricing is.`);
  const out = sim
    .fork()
    .call('sim', 'CallService', { cluster: CLUSTER, fromService: API, url, requests: 20 });
  if (out.failed > 0 || !out.viaServiceConnect) {
    return notYet(
      `api calls ${url}: ${out.succeeded} of ${out.requests} requests succeeded` +
        (out.viaServiceConnect ? '' : ', not through the Service Connect proxy') +
        (out.failures[0] ? ` (${out.failures[0].reason}: ${out.failures[0].detail})` : '') +
        '.',
    );
  }
  return met;
}

/** What one task's api container sees at MEDIA_PATH after another wrote there (on a copy of the simulation). */
function sharedBetween(sim: Simulation, writer: Task, reader: Task): string | undefined {
  const copy = sim.fork();
  const path = `${MEDIA_PATH}/poster.txt`;
  try {
    const out = copy.call('sim', 'WriteFile', {
      cluster: CLUSTER,
      task: writer.taskArn,
      container: API,
      path,
      content: 'concert poster',
    });
    if (!out.written) return out.error ?? 'the write failed';
    const read = copy.call('sim', 'ReadFile', {
      cluster: CLUSTER,
      task: reader.taskArn,
      container: API,
      path,
    });
    return read.content === 'concert poster' ? undefined : 'the other task reads different content';
  } catch (e) {
    return (e as Error).message;
  }
}

/** Every api task mounts tickets-media at MEDIA_PATH, and a poster saved in one AZ is seen in another. */
export function mediaOnEfs(sim: Simulation): GoalResult {
  const service = need(sim, API);
  if (!isService(service)) return service;
  const fs = mediaFileSystem(sim).FileSystemId;
  const tasks = primaryTasks(sim, API);
  if (tasks.length < API_TASKS)
    return notYet(`api runs ${tasks.length} of ${API_TASKS} tasks.${stoppedHint(sim, API)}`);
  for (const task of tasks) {
    const def = definitionOf(sim, task);
    const mounts = (def?.containerDefinitions[0]?.mountPoints ?? []) as ReadonlyArray<{
      sourceVolume?: string;
      containerPath?: string;
    }>;
    const mount = mounts.find((m) => m.containerPath === MEDIA_PATH);
    const volume = def?.volumes.find((v) => v.name === mount?.sourceVolume) as
      { efsVolumeConfiguration?: { fileSystemId?: string } } | undefined;
    if (volume?.efsVolumeConfiguration?.fileSystemId !== fs) {
      return notYet(
        `${arnName(task.taskDefinitionArn)} keeps ${MEDIA_PATH} ${mount ? 'on the task’s own storage' : 'nowhere'}: ` +
          'each task sees only its own files. The media must live on the tickets-media file system.',
      );
    }
  }
  const writer = tasks[0]!;
  const reader = tasks.find((t) => t.availabilityZone !== writer.availabilityZone);
  if (!reader)
    return notYet(`Every api task runs in ${writer.availabilityZone}; media must be shared across AZs.`);
  const problem = sharedBetween(sim, writer, reader);
  return problem
    ? notYet(
        `A poster saved by the task in ${writer.availabilityZone} is not seen in ${reader.availabilityZone}: ${problem}`,
      )
    : met;
}

/** Every api task got DB_PASSWORD from the secret at start; no api revision in use holds it in plain text. */
export function dbSecret(sim: Simulation): GoalResult {
  const service = need(sim, API);
  if (!isService(service)) return service;
  const tasks = servingTasks(sim, API);
  if (tasks.length < API_TASKS)
    return notYet(`api runs ${tasks.length} of ${API_TASKS} tasks.${stoppedHint(sim, API)}`);
  const arn = secretArn(sim);
  for (const task of tasks) {
    const plain = definitionOf(sim, task)?.containerDefinitions.some((c) =>
      (c.environment ?? []).some((e) => e.name === 'DB_PASSWORD'),
    );
    if (plain) return notYet(`${arnName(task.taskDefinitionArn)} has DB_PASSWORD in plain environment.`);
    const seen = variable(sim, task, 'DB_PASSWORD');
    if (seen?.source !== 'secretsmanager' || !seen.from?.startsWith(arn)) {
      return notYet(
        `An api task did not get DB_PASSWORD from the secret ${SECRET_NAME}` +
          (seen ? ` (it came from ${seen.source}).` : '.'),
      );
    }
  }
  return met;
}

/** Each service has a task role of its own, neither the draft's nor the execution role, allowing nothing spare. */
export function leastPrivilege(sim: Simulation): GoalResult {
  const roles: Record<string, string> = {};
  for (const name of [API, PRICING]) {
    const tasks = servingTasks(sim, name);
    if (!tasks.length) return notYet(`${name} has no running task.${stoppedHint(sim, name)}`);
    for (const task of tasks) {
      const role = taskRoleOf(sim, task);
      if (!role) return notYet(`${arnName(task.taskDefinitionArn)} has no task role; Exec needs one.`);
      if (role === APP_ROLE) return notYet(`${name} still uses ${APP_ROLE}, which allows every action.`);
      if (role === EXECUTION_ROLE)
        return notYet(
          `${name} uses ${EXECUTION_ROLE} as its task role: the app gets the start-up permissions.`,
        );
      if (roles[name] && roles[name] !== role)
        return notYet(`${name}’s tasks run with different task roles.`);
      roles[name] = role;
    }
    const role = roles[name]!;
    if (roleAllows(sim, role, 'secretsmanager:GetSecretValue', secretArn(sim))) {
      return notYet(
        `${role} may read ${SECRET_NAME}: the execution role injects the secret at start, the app needs no access.`,
      );
    }
    const spare = NEVER_ON_TASK_ROLES.filter((a) => !roleDenies(sim, role, [a]).length);
    if (spare.length) return notYet(`${role} allows ${spare.join(', ')}, which ${name} never calls.`);
  }
  if (roles[API] === roles[PRICING])
    return notYet(`api and pricing share the task role ${roles[API]}: give each service its own.`);
  return met;
}

const shifts = (sim: Simulation, serviceArn: string) =>
  sim.events.flatMap((e) => (e.type === 'TrafficShifted' && e.serviceArn === serviceArn ? [e] : []));

/** v2.1 reached production only through a ≤ 10 % canary that an alarm rolled back; api is back on a good build. */
export function canaryRollback(sim: Simulation): GoalResult {
  const service = need(sim, API);
  if (!isService(service)) return service;
  const buggy = new Set(
    Object.values(sim.state.ecs.tasks)
      .filter((t) => t.group === `service:${API}` && t.startedAt !== undefined && tagOf(sim, t) === BUGGY_TAG)
      .map((t) => t.startedBy!),
  );
  if (!buggy.size) return notYet(`No api task of ${BUGGY_TAG} has run yet: ship it through your deployment.`);
  const all = shifts(sim, service.serviceArn);
  for (const id of buggy) {
    const own = all.filter((e) => e.deploymentId === id);
    const inFlight = service.deployments.find((d) => d.id === id && d.shift !== undefined);
    if (!own.length && inFlight) {
      return notYet(
        `${BUGGY_TAG}'s deployment is ${inFlight.rolloutState} and has not taken production traffic yet.` +
          stoppedHint(sim, API),
      );
    }
    if (!own.length) {
      return notYet(
        `A deployment ran ${BUGGY_TAG} without traffic shifting: a rolling update gives each new task an equal ` +
          `share, far more than ${CANARY_LIMIT} %, and no alarm can turn it back by weight.`,
      );
    }
    const peak = Math.max(...own.map((e) => e.productionPercent));
    if (peak > CANARY_LIMIT)
      return notYet(`${BUGGY_TAG} got ${peak} % of production traffic; the limit is ${CANARY_LIMIT} %.`);
    const rollback = own.find((e) => e.rollbackReason !== undefined);
    if (!rollback || !/alarm/i.test(rollback.rollbackReason!)) {
      return notYet(
        `${BUGGY_TAG} has ${own.at(-1)!.productionPercent} % of production traffic and no alarm has rolled it back.`,
      );
    }
  }
  const primary = service.deployments[0]!;
  const good = primaryTasks(sim, API);
  if (good.some((t) => tagOf(sim, t) === BUGGY_TAG) || primary.rolloutState !== 'COMPLETED')
    return notYet(`api’s current deployment is ${primary.rolloutState}; it must be back on the good build.`);
  return met;
}

export function insights(sim: Simulation): GoalResult {
  const cluster = Object.values(sim.state.ecs.clusters).find((c) => c.clusterName === CLUSTER);
  if (!cluster) return notYet(`There is no cluster ${CLUSTER}.`);
  const value = cluster.settings.find((s) => s.name === 'containerInsights')?.value ?? 'disabled';
  return value === 'enabled' || value === 'enhanced'
    ? met
    : notYet(`${CLUSTER} has containerInsights ${value}: no per-task CPU and memory metrics.`);
}

/** When ECS Exec was last turned on for a service (CreateService or UpdateService in the call history). */
function execEnabledAt(sim: Simulation, name: string): number | undefined {
  let at: number | undefined;
  for (const c of sim.history) {
    if (c.service !== 'ecs' || (c.operation !== 'UpdateService' && c.operation !== 'CreateService')) continue;
    const input = c.input as { service?: string; serviceName?: string; enableExecuteCommand?: boolean };
    if (arnName(input.service ?? input.serviceName ?? '') !== name) continue;
    if (input.enableExecuteCommand === true && at === undefined) at = c.at;
    if (input.enableExecuteCommand === false) at = undefined;
  }
  return at;
}

/** Exec works on every task of both services (flag, agent, ssmmessages); no container publishes port 22. */
export function execNoSsh(sim: Simulation): GoalResult {
  for (const name of [API, PRICING]) {
    const service = need(sim, name);
    if (!isService(service)) return service;
    if (!service.enableExecuteCommand) return notYet(`${name} does not have enableExecuteCommand turned on.`);
    const tasks = servingTasks(sim, name);
    if (!tasks.length) return notYet(`${name} has no running task.${stoppedHint(sim, name)}`);
    const since = execEnabledAt(sim, name) ?? 0;
    for (const task of tasks) {
      if (task.createdAt < since)
        return notYet(`A ${name} task started before Exec was turned on, so it has no Exec agent.`);
      const role = taskRoleOf(sim, task);
      const missing = role ? roleDenies(sim, role, SSM_MESSAGES) : [...SSM_MESSAGES];
      if (missing.length)
        return notYet(`${name}’s task role ${role ?? '(none)'} does not allow ${missing.join(', ')}.`);
      const ssh = definitionOf(sim, task)?.containerDefinitions.find((c) =>
        (c.portMappings ?? []).some((p) => p.containerPort === 22 || p.hostPort === 22),
      );
      if (ssh) return notYet(`${arnName(task.taskDefinitionArn)} still publishes port 22 for SSH.`);
    }
  }
  return met;
}
