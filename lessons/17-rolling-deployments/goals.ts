import { goal, met, notYet } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import { arnName } from '../../src/lib/arn';
import type { Simulation } from '../../src/engine/index';
import {
  boundsProblem,
  CLUSTER,
  countsBetween,
  DESIRED,
  FLOOR,
  isBroken,
  percentsSince,
  revisionName,
  SERVICE,
  serviceTasks,
  webService,
} from './rollout';

type WebService = NonNullable<ReturnType<typeof webService>>;

/** Why the service is not steady on its primary deployment (undefined when it is): COMPLETED, 4 RUNNING on it. */
function notSteady(sim: Simulation, service: WebService): string | undefined {
  const primary = service.deployments[0]!;
  const name = revisionName(primary.taskDefinition);
  const live = serviceTasks(sim).filter((t) => t.desiredStatus === 'RUNNING');
  const running = live.filter((t) => t.lastStatus === 'RUNNING' && t.startedBy === primary.id).length;
  if (primary.rolloutState !== 'COMPLETED') {
    const stuck = service.events[0]?.message.includes('was unable to stop or start tasks') === true;
    return (
      `The ${name} deployment is ${primary.rolloutState}: ${running} of ${DESIRED} tasks on it are RUNNING, and ` +
      `${live.length - running} other tasks are still in flight.` +
      (stuck ? ' ECS reports that these bounds let it neither stop nor start a task.' : '')
    );
  }
  if (running !== DESIRED || live.length !== DESIRED) {
    return `${running} of ${DESIRED} tasks are RUNNING on ${name}.`;
  }
  return undefined;
}

/**
 * Whether the learner asked for a new deployment of web (a revision or forceNewDeployment) in (from, to]; the
 * call that deployed the broken build came at `from` or before.
 */
const redeployedByHand = (sim: Simulation, from: number, to: number) =>
  sim.history.some((call) => {
    if (call.operation !== 'UpdateService' || call.at <= from || call.at > to) return false;
    const input = call.input as { service?: string; taskDefinition?: string; forceNewDeployment?: boolean };
    return (
      arnName(input.service ?? '') === SERVICE &&
      (input.taskDefinition !== undefined || input.forceNewDeployment === true)
    );
  });

function safeRollout(sim: Simulation): GoalResult {
  const service = webService(sim);
  if (!service) return notYet(`The service web is not in ${CLUSTER}.`);
  const primary = service.deployments[0]!;
  const name = revisionName(primary.taskDefinition);
  if (name !== 'web:2') return notYet(`The service runs ${name}; deploy web:2.`);
  for (const percents of percentsSince(sim, primary.createdAt)) {
    const problem = boundsProblem(percents);
    if (problem) return notYet(`For this rollout of web:2, ${problem}`);
  }
  const unsteady = notSteady(sim, service);
  if (unsteady) return notYet(unsteady);
  const { fewestRunning, lowAt } = countsBetween(sim, primary.createdAt, sim.now);
  if (fewestRunning < FLOOR) {
    return notYet(
      `During the rollout only ${fewestRunning} tasks were RUNNING (${Math.round(lowAt - primary.createdAt)} s in). ` +
        'With the bounds fixed, roll again with force new deployment.',
    );
  }
  return met;
}

function brokenRolledBack(sim: Simulation): GoalResult {
  const service = webService(sim);
  if (!service) return notYet(`The service web is not in ${CLUSTER}.`);
  const broken = serviceTasks(sim)
    .filter((t) => isBroken(sim, t))
    .sort((a, b) => a.createdAt - b.createdAt);
  const latest = broken.at(-1);
  if (!latest) return notYet('No task of the broken build (web:3) has started yet.');
  const primary = service.deployments[0]!;
  const brokenName = revisionName(latest.taskDefinitionArn);
  if (primary.id === latest.startedBy) {
    const breaker = service.deploymentConfiguration.deploymentCircuitBreaker;
    if (primary.rolloutState === 'FAILED') {
      return notYet(
        `The ${brokenName} deployment is FAILED (${primary.rolloutStateReason}) but nothing rolled it back: the circuit ` +
          'breaker has rollback off, so the service stays on the broken deployment.',
      );
    }
    return notYet(
      `The ${brokenName} deployment is ${primary.rolloutState} with ${primary.failedTasks} failed tasks in a row` +
        (breaker.enable
          ? '; the circuit breaker has not tripped yet.'
          : ', and no circuit breaker is watching it: ECS keeps retrying.'),
    );
  }
  const failedOne = service.deployments.find((d) => d.id === latest.startedBy);
  if (failedOne) {
    return notYet(
      `The ${brokenName} deployment is ${failedOne.rolloutState}; the service is moving back to ` +
        `${revisionName(primary.taskDefinition)} (${primary.rolloutState}).`,
    );
  }
  const unsteady = notSteady(sim, service);
  if (unsteady) return notYet(unsteady);
  const brokenStart = Math.min(
    ...broken.filter((t) => t.startedBy === latest.startedBy).map((t) => t.createdAt),
  );
  if (redeployedByHand(sim, brokenStart, primary.createdAt)) {
    return notYet(
      `The service is off ${brokenName} because you deployed again by hand. Let ECS do it: enable the circuit breaker ` +
        `with rollback, then deploy ${brokenName} once more.`,
    );
  }
  return met;
}

export default [
  goal({
    id: 'safe-rollout',
    description:
      'web runs 4 tasks of web:2, rolled out with never fewer than 3 RUNNING and never more than the 5 the cluster holds',
    holdFor: 60,
    check: safeRollout,
    hints: {
      nudge:
        'Look at the deployment configuration in the Services panel (or `aws ecs describe-services --cluster shop --services web`): work out what minimumHealthyPercent and maximumPercent mean for 4 tasks.',
      pointer:
        'The lower bound is ceil(4 × minimumHealthyPercent / 100) healthy tasks; the upper bound is floor(4 × maximumPercent / 100) tasks at once. You need a lower bound of at least 3 and an upper bound of at most 5.',
      bottomOut:
        '`aws ecs update-service --cluster shop --service web --task-definition web:2 --deployment-configuration minimumHealthyPercent=75,maximumPercent=125`: ECS keeps 3 healthy and adds at most 1, one task at a time.',
    },
  }),
  goal({
    id: 'breaker-rollback',
    description:
      'The broken build web:3 is deployed, its rollout ends FAILED, and ECS puts web back on the previous revision by itself',
    holdFor: 60,
    check: brokenRolledBack,
    hints: {
      nudge:
        'Without help, ECS keeps retrying a build that crashes. Look at the deploymentCircuitBreaker part of the deployment configuration.',
      pointer:
        'The circuit breaker fails a rolling deployment after min(200, max(3, ceil(0.5 × desired))) failed tasks in a row, 3 here. Only with rollback on does ECS then deploy the last COMPLETED revision again.',
      bottomOut:
        '`aws ecs update-service --cluster shop --service web --task-definition web:3 --deployment-configuration "deploymentCircuitBreaker={enable=true,rollback=true}"`, then let time run until web:2 is back.',
    },
  }),
];
