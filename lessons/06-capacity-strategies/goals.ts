import { goal, met, notYet } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import type { Service, Simulation, Task } from '../../src/engine/index';
import {
  DEFAULT_STOP_TIMEOUT,
  DESIRED,
  fewestRunningBetween,
  FARGATE_STOP_TIMEOUT_MAX,
  isLive,
  ON_DEMAND_FLOOR,
  revisionName,
  SHUTDOWN_SECONDS,
  splitOf,
  SPOT_SHARE,
  usesWarning,
  workerService,
  workerTasks,
} from './fleet';

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** Why worker is not steady at 10 RUNNING on its primary deployment (undefined when it is). */
function notSteady(sim: Simulation, service: Service): string | undefined {
  if (service.desiredCount !== DESIRED)
    return `worker's desired count is ${service.desiredCount}; the team runs ${DESIRED}.`;
  const primary = service.deployments[0]!;
  const live = workerTasks(sim).filter((t) => t.desiredStatus === 'RUNNING' && t.lastStatus !== 'STOPPED');
  const running = live.filter((t) => isLive(t) && t.startedBy === primary.id).length;
  if (primary.rolloutState !== 'COMPLETED' || service.deployments.length > 1) {
    return (
      `worker's deployment of ${revisionName(primary.taskDefinition)} is ${primary.rolloutState}: ` +
      `${running} of ${DESIRED} tasks on it are RUNNING. Let time run.`
    );
  }
  if (running !== DESIRED || live.length !== DESIRED)
    return `${running} of ${DESIRED} worker tasks are RUNNING (${live.length - running} starting or stopping).`;
  return undefined;
}

/** The stopTimeouts of a revision, as the learner would read them ("30 s (the default)"). */
function timeoutText(sim: Simulation, taskDefinitionArn: string): string {
  const td = sim.state.ecs.taskDefinitions[taskDefinitionArn as keyof typeof sim.state.ecs.taskDefinitions];
  return (td?.containerDefinitions ?? [])
    .map(
      (c) =>
        `${c.name} ${c.stopTimeout === undefined ? `${DEFAULT_STOP_TIMEOUT} s (the default)` : `${c.stopTimeout} s`}`,
    )
    .join(', ');
}

function spotSplit(sim: Simulation): GoalResult {
  const service = workerService(sim);
  if (!service) return notYet('The service worker is not in media.');
  const unsteady = notSteady(sim, service);
  if (unsteady) return notYet(unsteady);
  const { onDemand, spot, spotShare } = splitOf(workerTasks(sim).filter(isLive));
  const where = `${onDemand} on FARGATE and ${spot} on FARGATE_SPOT`;
  if (onDemand < ON_DEMAND_FLOOR)
    return notYet(
      `worker runs ${where}: fewer than the ${ON_DEMAND_FLOOR} that must stay on regular Fargate.`,
    );
  if (spotShare < SPOT_SHARE.min || spotShare > SPOT_SHARE.max) {
    return notYet(
      `worker runs ${where}. Of the ${onDemand + spot - ON_DEMAND_FLOOR} tasks above the floor of ` +
        `${ON_DEMAND_FLOOR}, ${percent(spotShare)} are on Spot; the team wants ${percent(SPOT_SHARE.min)} to ` +
        `${percent(SPOT_SHARE.max)}.` +
        (spot === 0 ? " Give FARGATE_SPOT a weight in worker's strategy." : ''),
    );
  }
  return met;
}

function stopTimeoutSet(sim: Simulation): GoalResult {
  const service = workerService(sim);
  if (!service) return notYet('The service worker is not in media.');
  const primary = service.deployments[0]!;
  const name = revisionName(primary.taskDefinition);
  if (!usesWarning(sim, primary.taskDefinition)) {
    return notYet(
      `worker runs ${name}, whose containers stop with: ${timeoutText(sim, primary.taskDefinition)}. A worker ` +
        `needs ${SHUTDOWN_SECONDS} s after SIGTERM, and Fargate allows at most ${FARGATE_STOP_TIMEOUT_MAX} s.`,
    );
  }
  const unsteady = notSteady(sim, service);
  return unsteady ? notYet(unsteady) : met;
}

/**
 * The latest reclaim of worker: the moment of the last Spot interruption notice (SpotTaskInterrupted) for one of
 * its tasks, and every worker task noticed at that moment.
 */
function latestReclaim(sim: Simulation): { at: number; tasks: Task[] } | undefined {
  const mine = new Map(workerTasks(sim).map((t) => [t.taskArn as string, t]));
  const notices = sim.events.flatMap((e) =>
    e.type === 'SpotTaskInterrupted' && mine.has(e.taskArn) ? [e] : [],
  );
  const last = notices.at(-1);
  if (!last) return undefined;
  const tasks = notices.filter((e) => e.at === last.at).map((e) => mine.get(e.taskArn)!);
  return { at: last.at, tasks };
}

function survivesReclaim(sim: Simulation): GoalResult {
  const service = workerService(sim);
  if (!service) return notYet('The service worker is not in media.');
  const reclaim = latestReclaim(sim);
  if (!reclaim) {
    const spot = workerTasks(sim).filter(
      (t) => isLive(t) && t.capacityProviderName === 'FARGATE_SPOT',
    ).length;
    return notYet(
      spot === 0
        ? 'No worker task runs on FARGATE_SPOT, so there is nothing for Spot to take back yet.'
        : `${spot} worker tasks run on FARGATE_SPOT; Spot has not taken any back yet. Use the reclaim button in the lesson text.`,
    );
  }
  const short = reclaim.tasks.find((t) => !usesWarning(sim, t.taskDefinitionArn));
  if (short) {
    return notYet(
      `Spot took back ${reclaim.tasks.length} tasks running ${revisionName(short.taskDefinitionArn)} ` +
        `(${timeoutText(sim, short.taskDefinitionArn)}): SIGKILL would have cut their shutdown short. Move worker ` +
        `to a revision with a stopTimeout of ${SHUTDOWN_SECONDS}–${FARGATE_STOP_TIMEOUT_MAX} s, then reclaim again.`,
    );
  }
  const stopping = reclaim.tasks.filter((t) => t.lastStatus !== 'STOPPED').length;
  if (stopping > 0)
    return notYet(`${stopping} reclaimed tasks are still shutting down within their two-minute warning.`);
  const fewest = fewestRunningBetween(sim, reclaim.at, sim.now);
  if (fewest < ON_DEMAND_FLOOR) {
    return notYet(
      `During the reclaim only ${fewest} worker tasks were RUNNING: Spot held nearly everything. Keep ` +
        `${ON_DEMAND_FLOOR} on regular Fargate with a base, then reclaim again.`,
    );
  }
  const unsteady = notSteady(sim, service);
  return unsteady ? notYet(`After the reclaim: ${unsteady}`) : met;
}

export default [
  goal({
    id: 'spot-split',
    description: 'worker runs 10 tasks: at least 2 on FARGATE, and 70–80 % of the rest on FARGATE_SPOT',
    holdFor: 60,
    check: spotSplit,
    hints: {
      nudge:
        'Look at worker in the Services panel, or `aws ecs describe-services --cluster media --services worker`: ' +
        'which capacity provider strategy does it use now?',
      pointer:
        'A strategy lists providers with a base and a weight. The base tasks go to their provider first; the ' +
        'weights split only the tasks after them. Running tasks move only when a deployment replaces them: ' +
        'deploy the strategy with a new revision, or force a new deployment.',
      bottomOut:
        '`aws ecs update-service --cluster media --service worker --capacity-provider-strategy ' +
        'capacityProvider=FARGATE,base=2,weight=1 capacityProvider=FARGATE_SPOT,weight=3 --force-new-deployment`: ' +
        '2 base tasks on FARGATE, then the other 8 split 1 : 3, so 4 on FARGATE and 6 on Spot.',
    },
  }),
  goal({
    id: 'stop-timeout',
    description: `worker runs a revision whose containers get ${SHUTDOWN_SECONDS}–${FARGATE_STOP_TIMEOUT_MAX} s between SIGTERM and SIGKILL (stopTimeout)`,
    holdFor: 30,
    check: stopTimeoutSet,
    hints: {
      nudge:
        'Open worker:1 in the editor: how long does ECS wait after SIGTERM before it kills the container?',
      pointer:
        `stopTimeout, in each container definition, is that wait. Left out it is ${DEFAULT_STOP_TIMEOUT} s, and Fargate ` +
        `accepts at most ${FARGATE_STOP_TIMEOUT_MAX}, the length of the Spot warning. A new revision does nothing ` +
        'until the service runs it.',
      bottomOut:
        'Register worker:2 as worker:1 plus `"stopTimeout": 110` in the worker container, then ' +
        '`aws ecs update-service --cluster media --service worker --task-definition worker:2` and let the ' +
        'deployment finish.',
    },
  }),
  goal({
    id: 'survives-reclaim',
    description:
      'After Spot takes its tasks back, worker never drops below 2 RUNNING and is back at 10, held for 60 s',
    holdFor: 60,
    check: survivesReclaim,
    hints: {
      nudge:
        'Once worker runs on both providers with the longer stopTimeout, press "Reclaim Fargate Spot capacity" ' +
        'in the lesson text and watch the event log.',
      pointer:
        'Every Spot task gets SIGTERM and two minutes; the service starts replacements by itself. Only the ' +
        'tasks on regular Fargate keep serving meanwhile, so the base is what keeps the floor.',
      bottomOut:
        'With the split and worker:2 in place, press the reclaim button and let about 4 simulated minutes ' +
        'pass without changing anything: the 4 FARGATE tasks keep running and 6 replacements start.',
    },
  }),
];
