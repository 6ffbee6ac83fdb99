import { goal, met, notYet } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';
import {
  ALARM,
  BUGGY_REVISION,
  CANARY_LIMIT,
  CLUSTER,
  DESIRED,
  FIXED_REVISION,
  MIN_BAKE_MINUTES,
  SERVICE,
} from './scenario';

const webService = (sim: Simulation) =>
  Object.values(sim.state.ecs.services).find(
    (s) => s.serviceName === SERVICE && arnName(s.clusterArn) === CLUSTER && s.status === 'ACTIVE',
  );

const webTasks = (sim: Simulation) =>
  Object.values(sim.state.ecs.tasks).filter((t) => t.group === `service:${SERVICE}`);

/** The traffic shifts of web's deployments of `revision`, oldest first. */
const shiftsOf = (sim: Simulation, revision: string) =>
  sim.events.flatMap((e) =>
    e.type === 'TrafficShifted' && arnName(e.taskDefinition) === revision ? [e] : [],
  );

/** Deployments of `revision` whose tasks ran without any weighted shift (a rolling update, by task count). */
function unshiftedDeployments(sim: Simulation, revision: string): string[] {
  const shifted = new Set(shiftsOf(sim, revision).map((e) => e.deploymentId));
  const ran = webTasks(sim).filter(
    (t) => arnName(t.taskDefinitionArn) === revision && t.startedAt !== undefined && t.startedBy,
  );
  return [...new Set(ran.map((t) => t.startedBy!))].filter((id) => !shifted.has(id));
}

function canaryCaught(sim: Simulation): GoalResult {
  const rolling = unshiftedDeployments(sim, BUGGY_REVISION);
  if (rolling.length) {
    return notYet(
      `${BUGGY_REVISION} tasks ran in a deployment without traffic shifting: a ROLLING update gives each task an ` +
        'equal share, so v2 took far more than 10 % as soon as its tasks were healthy.',
    );
  }
  const shifts = shiftsOf(sim, BUGGY_REVISION);
  if (!shifts.length) return notYet(`${BUGGY_REVISION} has not taken any production traffic yet.`);
  const peak = Math.max(...shifts.map((e) => e.productionPercent));
  if (peak > CANARY_LIMIT) {
    return notYet(
      `${BUGGY_REVISION} got ${peak} % of production traffic at one point; the limit is ${CANARY_LIMIT} %.`,
    );
  }
  const rollback = shifts.find((e) => e.rollbackReason !== undefined);
  if (!rollback) {
    return notYet(
      `${BUGGY_REVISION} has ${shifts.at(-1)!.productionPercent} % of production traffic and nothing has rolled it ` +
        'back yet. Which alarm does the deployment watch?',
    );
  }
  if (!rollback.rollbackReason!.includes(ALARM)) {
    return notYet(
      `${BUGGY_REVISION} was rolled back, but not by the ${ALARM} alarm: ${rollback.rollbackReason}`,
    );
  }
  return met;
}

function fixedLive(sim: Simulation): GoalResult {
  const service = webService(sim);
  if (!service) return notYet(`The service ${SERVICE} is not in ${CLUSTER}.`);
  const primary = service.deployments[0]!;
  const name = arnName(primary.taskDefinition);
  if (name !== FIXED_REVISION) return notYet(`web runs ${name}; ship ${FIXED_REVISION}.`);
  const last = shiftsOf(sim, FIXED_REVISION)
    .filter((e) => e.deploymentId === primary.id)
    .at(-1);
  if (!last || last.productionPercent < 100) {
    return notYet(
      `${FIXED_REVISION} has ${last?.productionPercent ?? 0} % of production traffic (${primary.rolloutState}); ` +
        'it must reach 100 % through a traffic shift.',
    );
  }
  const live = webTasks(sim).filter((t) => t.desiredStatus === 'RUNNING' && t.lastStatus === 'RUNNING');
  const fixed = live.filter((t) => t.startedBy === primary.id).length;
  if (primary.rolloutState !== 'COMPLETED' || fixed !== DESIRED || live.length !== DESIRED) {
    return notYet(
      `${FIXED_REVISION} has all the traffic; the deployment is ${primary.rolloutState} with ${fixed} of its ` +
        `${DESIRED} tasks RUNNING and ${live.length - fixed} older tasks still running (the bake time).`,
    );
  }
  return met;
}

function blueAfterBake(sim: Simulation): GoalResult {
  const full = shiftsOf(sim, FIXED_REVISION).find((e) => e.productionPercent >= 100);
  if (!full)
    return notYet(`${FIXED_REVISION} has not reached 100 % of production traffic through a shift yet.`);
  const earliest = full.at + MIN_BAKE_MINUTES * 60;
  const blue = webTasks(sim).filter(
    (t) =>
      t.startedBy !== full.deploymentId &&
      t.startedAt !== undefined &&
      (t.stoppingAt ?? Infinity) > full.at - 1e-6,
  );
  if (blue.length === 0) return notYet('No blue task was still running when the last shift reached 100 %.');
  // blue's scale-down starts with the CLEAN_UP stage (its targets drain first, so the tasks stop later still)
  const cleanUp = sim.events.find(
    (e) =>
      e.type === 'ServiceEvent' &&
      e.message.includes(`deployment ${full.deploymentId} is in lifecycle stage CLEAN_UP`),
  );
  if (!cleanUp) {
    const left = Math.max(0, Math.round(earliest - sim.now));
    return notYet(
      `Blue still runs ${blue.length} tasks beside ${FIXED_REVISION}; the bake has ${left} s to go at least.`,
    );
  }
  if (cleanUp.at < earliest - 1e-6) {
    return notYet(
      `ECS began scaling blue down ${Math.round(cleanUp.at - full.at)} s after ${FIXED_REVISION} took 100 %: give ` +
        `bakeTimeInMinutes at least ${MIN_BAKE_MINUTES}, so a rollback stays a weight change for that long.`,
    );
  }
  return met;
}

export default [
  goal({
    id: 'canary-caught',
    description: `${BUGGY_REVISION} never gets more than ${CANARY_LIMIT} % of production traffic, and the ${ALARM} alarm rolls it back`,
    check: canaryCaught,
    hints: {
      nudge:
        'A rolling update shares traffic by task count. What sends exactly one request in ten to the new revision?',
      pointer:
        'Use deploymentConfiguration strategy CANARY with canaryPercent 10, plus loadBalancers[].advancedConfiguration ' +
        '(alternate target group web-green; the default rules of listeners 443 and 8443, from elbv2 DescribeRules). Then an alarm on HTTPCode_Target_5XX_Count, listed ' +
        'in deploymentConfiguration.alarms with rollback true.',
      bottomOut:
        'PutMetricAlarm web-5xx (AWS/ApplicationELB HTTPCode_Target_5XX_Count, LoadBalancer app/web-alb/…, Sum, 60 s, ' +
        '1 period, > 5), then UpdateService web:2 with strategy CANARY, canaryConfiguration {canaryPercent: 10, ' +
        'canaryBakeTimeInMinutes: 5}, bakeTimeInMinutes 5, alarms {alarmNames: [web-5xx], enable: true, rollback: true}.',
    },
  }),
  goal({
    id: 'fixed-live',
    description: `${FIXED_REVISION} serves 100 % of production traffic on ${DESIRED} tasks, reached through a traffic shift`,
    holdFor: 60,
    check: fixedLive,
    hints: {
      nudge: 'Once v2 is rolled back, ship the fixed build the same careful way.',
      pointer: `UpdateService with taskDefinition ${FIXED_REVISION}; the strategy and alarm stay in the service's configuration.`,
      bottomOut: `UpdateService web with taskDefinition ${FIXED_REVISION} (and the same deploymentConfiguration), then run time ~25 minutes.`,
    },
  }),
  goal({
    id: 'blue-after-bake',
    description: `During the ${FIXED_REVISION} deployment blue keeps running for at least ${MIN_BAKE_MINUTES} minutes after green has 100 %`,
    check: blueAfterBake,
    hints: {
      nudge: 'After the last shift, how long can you still roll back by changing a weight?',
      pointer:
        'That window is bakeTimeInMinutes: blue runs beside green until it ends, then ECS scales blue down.',
      bottomOut: `Set deploymentConfiguration.bakeTimeInMinutes to ${MIN_BAKE_MINUTES} (or more) before shipping ${FIXED_REVISION}.`,
    },
  }),
];
