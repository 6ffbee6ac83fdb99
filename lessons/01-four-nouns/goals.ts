import { countBy, goal, met, notYet, revisionOf, tasksWhere } from '../../src/course/goals';
import type { Simulation, Task } from '../../src/engine/index';

/** web tasks in demo that no service started (services start theirs as `ecs-svc/…`). */
const standaloneWeb = (sim: Simulation): ReadonlyArray<Task> =>
  tasksWhere(sim, { cluster: 'demo', family: 'web' }).filter((t) => !t.startedBy?.startsWith('ecs-svc/'));

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
];
