import { goal, met, notYet, tasksWhere } from '../../src/course/goals';
import type { RegisteredTarget, Service, Simulation, Task } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';
import { CLUSTER, SERVICE, unhealthyReplacements } from './scenario';

/** Service `web` of cluster shop, if it exists and is ACTIVE. */
function webService(sim: Simulation): Service | undefined {
  return Object.values(sim.state.ecs.services).find(
    (s) => s.serviceName === SERVICE && arnName(s.clusterArn) === CLUSTER && s.status === 'ACTIVE',
  );
}

/** The ARN of the task definition the service rolls out now (its PRIMARY deployment's). */
const currentDefinition = (service: Service) => service.deployments[0]!.taskDefinition;

/**
 * RUNNING tasks the service started from its current task definition and keeps: not those it is replacing,
 * which stay RUNNING while their targets drain.
 */
function currentRunning(sim: Simulation, service: Service): ReadonlyArray<Task> {
  const leaving = new Set<string>((service.draining ?? []).map((d) => d.taskArn));
  return tasksWhere(sim, { cluster: CLUSTER, family: 'web', status: 'RUNNING' }).filter(
    (t) =>
      t.desiredStatus === 'RUNNING' &&
      !leaving.has(t.taskArn) &&
      t.startedBy?.startsWith('ecs-svc/') === true &&
      t.taskDefinitionArn === currentDefinition(service),
  );
}

/** The service's newest "unable to place" event, if any. */
const placementComplaint = (service: Service) =>
  service.events.find((e) => e.message.includes('was unable to place a task'))?.message;

/** The targets of the service's target groups, with each group's type. */
function serviceTargets(sim: Simulation, service: Service) {
  const groups = service.loadBalancers.flatMap((lb) => {
    const tg = lb.targetGroupArn ? sim.state.elbv2.targetGroups[lb.targetGroupArn] : undefined;
    return tg ? [tg] : [];
  });
  return groups.flatMap((tg) =>
    Object.values(sim.state.elbv2.targets)
      .filter((t) => t.targetGroupArn === tg.TargetGroupArn)
      .map((target) => ({ target, type: tg.TargetType, group: tg.TargetGroupName })),
  );
}

/** Why the service's targets do not count, when all of them are in target groups of type ip. */
function ipTargetsOnly(sim: Simulation, service: Service): string | undefined {
  const targets = serviceTargets(sim, service);
  if (targets.length === 0 || targets.some((t) => t.type !== 'ip')) return undefined;
  return (
    `web registers its tasks in ${targets[0]!.group}, a target group of type ip. The goal asks for ` +
    'bridge-mode tasks registered by instance and host port (type instance).'
  );
}

/** The image of a task definition's container without its registry path, e.g. `web:slow`. */
const imageTagOf = (sim: Simulation, taskDefinitionArn: string) =>
  sim.state.ecs.taskDefinitions[taskDefinitionArn]?.containerDefinitions[0]?.image.split('/').at(-1) ?? '';

/** Healthy targets of type instance that belong to a task of the service's current definition. */
function healthyCurrentTargets(sim: Simulation, service: Service): ReadonlyArray<RegisteredTarget> {
  const current = new Set(currentRunning(sim, service).map((t) => t.taskArn as string));
  return serviceTargets(sim, service)
    .filter((t) => t.type === 'instance' && t.target.health.State === 'healthy')
    .map((t) => t.target)
    .filter((t) => t.taskArn !== undefined && current.has(t.taskArn));
}

/**
 * When the learner last changed how `web` runs or is checked: the service's creation, an UpdateService of it,
 * or a ModifyTargetGroup. "Never replaced for health" is judged from there, so a fix counts from the moment it
 * is made.
 */
function lastChangeAt(sim: Simulation, service: Service): number {
  const changes = sim.history.filter((c) => {
    if (c.service === 'elbv2') return c.operation === 'ModifyTargetGroup';
    const input = c.input as { service?: unknown } | undefined;
    return (
      c.service === 'ecs' &&
      c.operation === 'UpdateService' &&
      typeof input?.service === 'string' &&
      arnName(input.service) === SERVICE
    );
  });
  return Math.max(service.createdAt, ...changes.map((c) => c.at));
}

const SLOW = 'web:slow';

export default [
  goal({
    id: 'four-running',
    description:
      '4 web tasks of the service’s current task definition are RUNNING, spread over both instances',
    holdFor: 60,
    check(sim) {
      const service = webService(sim);
      if (!service) return notYet('There is no ACTIVE service web in shop.');
      if (service.desiredCount < 4) return notYet(`web wants ${service.desiredCount} tasks; it needs 4.`);
      const running = currentRunning(sim, service);
      const hosts = new Set(running.map((t) => t.containerInstanceArn)).size;
      const name = arnName(currentDefinition(service));
      if (running.length >= 4 && hosts >= 2) return met;
      if (running.length >= 4) return notYet(`4 ${name} tasks run, but all on one instance.`);
      const complaint = placementComplaint(service);
      return notYet(
        `${running.length} of 4 web tasks on ${name} are RUNNING.` +
          (complaint ? ` The service's latest placement event: "${complaint}"` : ''),
      );
    },
    hints: {
      nudge: 'Open the Services panel and read the events of web: why can’t the other two tasks be placed?',
      pointer:
        'In bridge mode a static hostPort (80) can be bound by only one task per instance. Leave the host port ' +
        'to Docker: hostPort 0 (or no hostPort) picks a free port from the ephemeral range for each task.',
      bottomOut:
        'Register a new revision of web whose port mapping is `{"containerPort": 8080, "hostPort": 0}`, then ' +
        '`aws ecs update-service --cluster shop --service web --task-definition web:2`. Each task gets its own ' +
        'host port, so two fit on each instance.',
    },
  }),
  goal({
    id: 'four-healthy-targets',
    description:
      'web-tg (target type instance) has 4 healthy targets, one per RUNNING task of the current definition',
    holdFor: 60,
    check(sim) {
      const service = webService(sim);
      if (!service) return notYet('There is no ACTIVE service web in shop.');
      const targets = serviceTargets(sim, service);
      const ipOnly = ipTargetsOnly(sim, service);
      if (ipOnly) return notYet(ipOnly);
      const healthy = healthyCurrentTargets(sim, service);
      if (healthy.length >= 4) return met;
      const states = targets.map((t) => `${t.target.Id}:${t.target.Port} ${t.target.health.State}`);
      return notYet(
        `${healthy.length} of 4 targets of the current web tasks are healthy` +
          (states.length ? ` (web-tg: ${states.join(', ')}).` : '; the service has no targets.'),
      );
    },
    hints: {
      nudge: 'Compare the targets in web-tg (`aws elbv2 describe-target-health`) with the tasks that run.',
      pointer:
        'With dynamic host ports ECS registers each task as its instance id plus the host port Docker picked, ' +
        'so one instance can appear in the group several times. That needs target type instance.',
      bottomOut:
        'Once 4 tasks run with hostPort 0 (the first goal), wait for their targets to pass the health check; ' +
        'each shows as i-…:327xx healthy.',
    },
  }),
  goal({
    id: 'slow-boot-survives',
    description:
      `web runs ${SLOW} with 4 healthy targets, and since your last change to the service or its health ` +
      'check no web task was replaced for failing ELB health checks',
    holdFor: 60,
    check(sim) {
      const service = webService(sim);
      if (!service) return notYet('There is no ACTIVE service web in shop.');
      const killed = unhealthyReplacements(sim, lastChangeAt(sim, service));
      if (killed.length > 0) {
        return notYet(
          `Since your last change the scheduler replaced ${killed.length} web task${killed.length === 1 ? '' : 's'} ` +
            `for failing ELB health checks; the latest event: "${killed[0]!.message}" ${SLOW} needs about 90 s ` +
            'to answer, and an unhealthy target then needs 5 passing checks to turn healthy.',
        );
      }
      const ipOnly = ipTargetsOnly(sim, service);
      if (ipOnly) return notYet(ipOnly);
      if (imageTagOf(sim, currentDefinition(service)) !== SLOW) {
        return notYet(`web runs ${imageTagOf(sim, currentDefinition(service))}; roll out ${SLOW}.`);
      }
      const healthy = healthyCurrentTargets(sim, service).length;
      return healthy >= 4
        ? met
        : notYet(`${healthy} of 4 ${SLOW} targets are healthy; none has been replaced so far.`);
    },
    hints: {
      nudge:
        `Roll out ${SLOW} and watch one of its tasks in the events: when is its target judged, and when does ` +
        'the scheduler stop it?',
      pointer:
        'The ALB marks a target unhealthy after 2 failed checks 30 s apart, long before a 90 s boot ends, and ' +
        'ECS replaces a task whose target is unhealthy. healthCheckGracePeriodSeconds tells ECS to ignore ' +
        'failed checks for that long after a task starts.',
      bottomOut:
        'Register web with image web:slow and hostPort 0, then `aws ecs update-service --cluster shop --service ' +
        'web --task-definition web:3 --health-check-grace-period-seconds 300`: 90 s of boot plus 5 passing ' +
        'checks 30 s apart fit inside 300 s.',
    },
  }),
];
