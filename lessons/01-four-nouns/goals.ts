import { countBy, familyOf, goal, met, notYet, revisionOf, tasksWhere } from '../../src/course/goals';
import type { Service, Simulation, Task, TimedCall } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';

/** The service the learner creates; the scheduler tags its tasks with the group `service:web-svc`. */
export const SERVICE = 'web-svc';
const SERVICE_GROUP = `service:${SERVICE}`;

/** web tasks in demo that no service started (services start theirs as `ecs-svc/…`). */
const standaloneWeb = (sim: Simulation): ReadonlyArray<Task> =>
  tasksWhere(sim, { cluster: 'demo', family: 'web' }).filter((t) => !t.startedBy?.startsWith('ecs-svc/'));

/** The ACTIVE or draining service web-svc in demo, if it exists. */
function webSvc(sim: Simulation): Service | undefined {
  return (Object.values(sim.state.ecs.services) as Service[]).find(
    (s) => s.serviceName === SERVICE && arnName(s.clusterArn) === 'demo' && s.status !== 'INACTIVE',
  );
}

/** web-svc's tasks in demo, stopped ones included until they expire. */
const serviceTasks = (sim: Simulation): ReadonlyArray<Task> =>
  tasksWhere(sim, { cluster: 'demo' }).filter((t) => t.group === SERVICE_GROUP);

const runningCount = (tasks: ReadonlyArray<Task>) => tasks.filter((t) => t.lastStatus === 'RUNNING').length;

/** Why web-svc is not the service the goals ask for (REPLICA, desired 3, running web), or undefined when it is. */
function shapeGap(svc: Service): string | undefined {
  if (svc.status !== 'ACTIVE') return `web-svc is ${svc.status}: it is being deleted.`;
  if (svc.schedulingStrategy !== 'REPLICA')
    return 'web-svc is a DAEMON service (one task per instance); the goal wants a REPLICA service that keeps a count.';
  const family = familyOf(svc.deployments[0]?.taskDefinition ?? '');
  if (family !== 'web') return `web-svc runs the task definition family ${family}, not web.`;
  if (svc.desiredCount !== 3) return `web-svc's desired count is ${svc.desiredCount}; the goal wants 3.`;
  return undefined;
}

/** A call that only reads (describe, list): it changes nothing, so watching is allowed. */
const isRead = (c: TimedCall) => /^(Describe|List|Get)/.test(c.operation);

/** Whether `c` is the call that stopped `task`: StopTask or a container exit naming it, or a failed instance. */
function stoppedBy(c: TimedCall, task: Task): boolean {
  if (c.operation === 'FailInstance') return true;
  if (c.operation !== 'StopTask' && c.operation !== 'ExitContainer') return false;
  const named = (c.input as { readonly task?: unknown }).task;
  return typeof named === 'string' && arnName(named) === arnName(task.taskArn);
}

/** "2 RUNNING, 1 STOPPED" */
const statusSummary = (tasks: ReadonlyArray<Task>): string =>
  Object.entries(countBy(tasks, (t) => t.lastStatus))
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');

export default [
  goal({
    id: 'stop-standalone',
    description: 'Stop a running web task yourself and watch it end STOPPED with stop code UserInitiated.',
    check(sim) {
      const started = standaloneWeb(sim).filter((t) => t.startedAt !== undefined);
      if (started.some((t) => t.lastStatus === 'STOPPED' && t.stopCode === 'UserInitiated')) return met;
      const stopping = started.find((t) => t.desiredStatus === 'STOPPED' && t.lastStatus !== 'STOPPED');
      if (stopping) {
        return notYet(`Your stop request is under way: the task is ${stopping.lastStatus}. Let time run.`);
      }
      const other = started.find((t) => t.lastStatus === 'STOPPED');
      if (other) {
        return notYet(
          `A web task stopped with stop code ${other.stopCode ?? 'none'}, not UserInitiated: stop a RUNNING one ` +
            'yourself with StopTask.',
        );
      }
      const running = started.filter((t) => t.lastStatus === 'RUNNING').length;
      return running > 0
        ? notYet(
            `${running === 1 ? '1 web task is' : `${running} web tasks are`} RUNNING in demo; none has been stopped yet.`,
          )
        : notYet('No web task in demo has reached RUNNING yet, so there is nothing to stop.');
    },
    hints: {
      nudge: 'List the tasks of the cluster demo in the Console: `aws ecs list-tasks --cluster demo`.',
      pointer:
        'StopTask takes the cluster and the task (its ARN or the id at the end of the ARN). The task then moves ' +
        'through STOPPING to STOPPED.',
      bottomOut:
        'Run `aws ecs list-tasks --cluster demo`, copy the task id, then `aws ecs stop-task --cluster demo ' +
        '--task <id>` and let about 30 simulated seconds pass: the container gets SIGTERM, exits, and the task ' +
        'ends STOPPED.',
    },
  }),
  goal({
    id: 'two-tasks-one-definition',
    description: 'Have two standalone web tasks RUNNING at once, both started from the same task definition.',
    holdFor: 30,
    check(sim) {
      const running = standaloneWeb(sim).filter((t) => t.lastStatus === 'RUNNING');
      const perDefinition = countBy(running, (t) => `web:${revisionOf(t.taskDefinitionArn)}`);
      if (Object.values(perDefinition).some((n) => n >= 2)) return met;
      const all = standaloneWeb(sim).filter((t) => t.lastStatus !== 'STOPPED');
      if (running.length >= 2) {
        return notYet(
          `${running.length} web tasks are RUNNING, but from different definitions (${Object.keys(perDefinition).join(', ')}).`,
        );
      }
      if (all.length === 0) return notYet('No web task is running or starting in demo.');
      if (all.length === 1 && running.length === 1) {
        return notYet(
          `1 web task is RUNNING (${Object.keys(perDefinition)[0]}); start a second from the same definition.`,
        );
      }
      return notYet(`web tasks in demo: ${statusSummary(all)}. Waiting for two RUNNING from one definition.`);
    },
    hints: {
      nudge: 'Look at the count field of the Run task form, or at the --count flag of run-task.',
      pointer:
        'One task definition can start any number of tasks: RunTask takes a count (1 to 10 per call), and each ' +
        'task is a separate copy with its own containers and host port.',
      bottomOut:
        'Run `aws ecs run-task --cluster demo --task-definition web:1 --count 2` and let a minute pass: two ' +
        'tasks appear, both pointing at the same web:1 ARN.',
    },
  }),
  goal({
    id: 'service-steady',
    description:
      'Create the REPLICA service web-svc in demo, running web with desired count 3, and let it reach a steady ' +
      'state: one deployment, COMPLETED, 3 tasks RUNNING.',
    holdFor: 60,
    check(sim) {
      const svc = webSvc(sim);
      if (!svc) {
        const others = (Object.values(sim.state.ecs.services) as Service[]).map((s) => s.serviceName);
        const standalone = runningCount(standaloneWeb(sim));
        return notYet(
          `No service named web-svc exists in demo${others.length ? ` (there is ${others.join(', ')})` : ''}.` +
            (standalone === 0
              ? ''
              : standalone === 1
                ? ' One standalone web task runs, but nothing would replace it.'
                : ` ${standalone} standalone web tasks run, but nothing would replace them.`),
        );
      }
      const gap = shapeGap(svc);
      if (gap) return notYet(gap);
      const running = runningCount(serviceTasks(sim));
      if (svc.deployments.length !== 1)
        return notYet(`web-svc has ${svc.deployments.length} deployments under way; steady means one.`);
      const rollout = svc.deployments[0]!.rolloutState;
      if (rollout !== 'COMPLETED' || running !== 3) {
        return notYet(`web-svc's deployment is ${rollout} with ${running} of 3 tasks RUNNING. Let time run.`);
      }
      return met;
    },
    hints: {
      nudge: 'Open the Services panel, or type `aws ecs create-service help` in the Console.',
      pointer:
        'CreateService takes the cluster, a serviceName, the taskDefinition and a desiredCount. The service ' +
        'scheduler then starts that many tasks and reports a steady state once they all run.',
      bottomOut:
        'Run `aws ecs create-service --cluster demo --service-name web-svc --task-definition web:1 ' +
        '--desired-count 3` and let about two minutes pass: three tasks start, and the service logs ' +
        '"service web-svc has reached a steady state."',
    },
  }),
  goal({
    id: 'service-heals',
    description:
      "Stop one of web-svc's tasks yourself, then only watch: with no call that changes anything, RUNNING is back " +
      'to 3 and the desired count is still 3.',
    check(sim) {
      const svc = webSvc(sim);
      if (!svc)
        return notYet('No service named web-svc exists in demo yet, so there is no service task to stop.');
      const gap = shapeGap(svc);
      if (gap) return notYet(gap);
      const tasks = serviceTasks(sim);
      const running = runningCount(tasks);
      // the latest stop that the scheduler did not make itself (StopTask, a crash, a failed instance)
      const stopped = tasks
        .filter((t) => t.stoppingAt !== undefined && t.stopCode !== 'ServiceSchedulerInitiated')
        .sort((a, b) => b.stoppingAt! - a.stoppingAt!)[0];
      if (!stopped) {
        return running === 0
          ? notYet('web-svc has no RUNNING task yet, so there is nothing to stop. Let time run.')
          : notYet(`web-svc runs ${running} tasks and none has been stopped yet. Stop one yourself.`);
      }
      const stopAt = stopped.stoppingAt!;
      const replacements = tasks.filter((t) => t !== stopped && t.createdAt >= stopAt);
      const started = replacements.filter((t) => t.startedAt !== undefined);
      if (started.length === 0 || running < 3) {
        return notYet(
          `You stopped web-svc task ${arnName(stopped.taskArn).slice(0, 8)}; ${running} of 3 RUNNING, ` +
            `${replacements.length === 0 ? 'no replacement yet' : `replacement ${replacements[0]!.lastStatus}`}. Let time run.`,
        );
      }
      const backAt = Math.max(...started.map((t) => t.startedAt!));
      const between = sim.history.filter(
        (c) => c.at >= stopAt && c.at <= backAt && !isRead(c) && !stoppedBy(c, stopped),
      );
      if (between.length > 0) {
        return notYet(
          `Between the stop and the return to 3 you called ${[...new Set(between.map((c) => c.operation))].join(', ')}, ` +
            'so the service did not heal on its own. Stop another web-svc task and only watch (describe and list ' +
            'calls are fine).',
        );
      }
      return running === 3 ? met : notYet(`${running} web-svc tasks are RUNNING; the goal wants 3.`);
    },
    hints: {
      nudge: "List the service's tasks: `aws ecs list-tasks --cluster demo --service-name web-svc`.",
      pointer:
        'Stop one of them with StopTask, exactly as you stopped the standalone task, and change nothing else. The ' +
        'service scheduler compares RUNNING with the desired count and starts a replacement on its own.',
      bottomOut:
        'Copy a task id from `aws ecs list-tasks --cluster demo --service-name web-svc`, run `aws ecs stop-task ' +
        '--cluster demo --task <id>`, then only let time run for a minute and read the events: "service web-svc ' +
        'has started 1 tasks", then a steady state again.',
    },
  }),
];
