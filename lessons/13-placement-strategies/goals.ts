import { attributeOf, countBy, goal, instancesOf, met, notYet, tasksWhere } from '../../src/course/goals';
import type { Simulation, Task } from '../../src/engine/index';

/** Live (not STOPPED) tasks of a family in prod, and how many of them are RUNNING. */
function live(sim: Simulation, family: string) {
  const tasks = tasksWhere(sim, { cluster: 'prod', family }).filter((t) => t.lastStatus !== 'STOPPED');
  return { tasks, running: tasks.filter((t) => t.lastStatus === 'RUNNING').length };
}

/** "n web tasks are not RUNNING yet" or "there are n web tasks, want k" — undefined when the count is right. */
function countProblem(sim: Simulation, family: string, want: number): string | undefined {
  const { tasks, running } = live(sim, family);
  if (tasks.length !== want)
    return `${tasks.length} ${family} task${tasks.length === 1 ? ' is' : 's are'} placed in prod; the goal wants exactly ${want}.`;
  if (running !== want) return `${running} of ${want} ${family} tasks are RUNNING.`;
  return undefined;
}

/** AZs of prod's instances, each with how many of `tasks` run there (0 included). */
function perAz(sim: Simulation, tasks: ReadonlyArray<Task>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const ci of instancesOf(sim, 'prod')) counts[attributeOf(ci, 'ecs.availability-zone') ?? ''] = 0;
  return { ...counts, ...countBy(tasks, (t) => t.availabilityZone) };
}

/**
 * AZs where the tasks are not packed: more than one instance hosting them still has room for another task of
 * the same size, so one of them could have taken the other's tasks.
 */
function unpackedAzs(sim: Simulation, tasks: ReadonlyArray<Task>): string[] {
  const size = tasks[0]?.reserved.memory ?? 0;
  const hosts = new Set(tasks.map((t) => t.containerInstanceArn));
  const roomy = instancesOf(sim, 'prod').filter(
    (ci) => hosts.has(ci.containerInstanceArn) && ci.remainingResources.memory >= size,
  );
  return Object.entries(countBy(roomy, (ci) => attributeOf(ci, 'ecs.availability-zone') ?? ''))
    .filter(([, n]) => n > 1)
    .map(([az]) => az);
}

/** Tasks whose placement chain had no binpack step: how they grouped within an AZ came from tie-breaks. */
function placedWithoutBinpack(sim: Simulation, tasks: ReadonlyArray<Task>): ReadonlyArray<Task> {
  return tasks.filter((t) => !sim.trace(t.taskArn)?.strategies.some((s) => s.type === 'binpack'));
}

export default [
  goal({
    id: 'web-packed',
    description: 'Exactly 8 web tasks are RUNNING, on at most 2 instances',
    holdFor: 30,
    check(sim) {
      const problem = countProblem(sim, 'web', 8);
      if (problem) return notYet(problem);
      const hosts = new Set(live(sim, 'web').tasks.map((t) => t.containerInstanceArn)).size;
      return hosts <= 2 ? met : notYet(`The 8 web tasks use ${hosts} instances; the goal allows at most 2.`);
    },
    hints: {
      nudge: 'Select a web task and open "Why there?": which strategy chose its instance?',
      pointer:
        'RunTask without a strategy places at random. binpack on memory picks the instance with the least free memory that still fits, so tasks fill one instance before using the next.',
      bottomOut:
        'Stop any web tasks already running, then `aws ecs run-task --cluster prod --task-definition web --count 8 --placement-strategy type=binpack,field=memory`.',
    },
  }),
  goal({
    id: 'api-spread-packed',
    description:
      'Exactly 6 api tasks are RUNNING, AZ counts differ by at most 1, and within each AZ they fill one instance before the next',
    holdFor: 30,
    check(sim) {
      const problem = countProblem(sim, 'api', 6);
      if (problem) return notYet(problem);
      const { tasks } = live(sim, 'api');
      const counts = perAz(sim, tasks);
      const values = Object.values(counts);
      if (Math.max(...values) - Math.min(...values) > 1) {
        const shown = Object.entries(counts)
          .sort()
          .map(([az, n]) => `${az}: ${n}`)
          .join(', ');
        return notYet(
          `api tasks per AZ are uneven (${shown}); losing one AZ should cost at most a third of them.`,
        );
      }
      const loose = unpackedAzs(sim, tasks);
      if (loose.length > 0) {
        return notYet(
          `In ${loose.sort().join(', ')} the api tasks sit on more than one instance that still has room for another, so they are not packed.`,
        );
      }
      const unranked = placedWithoutBinpack(sim, tasks).length;
      return unranked === 0
        ? met
        : notYet(
            `The api tasks are balanced and packed, but ${unranked} of them were placed with no binpack step in the strategy list, so which instance they shared was left to chance. Place them so that packing is asked for.`,
          );
    },
    hints: {
      nudge:
        'Look at the api tasks on the cluster map grouped by AZ: how many per AZ, and on how many instances?',
      pointer:
        'Strategies chain: the first one (spread on attribute:ecs.availability-zone) balances the AZs, and the second only breaks its ties. binpack on memory as the second packs tasks within each AZ.',
      bottomOut:
        'Stop any api tasks, then `aws ecs run-task --cluster prod --task-definition api --count 6 --placement-strategy type=spread,field=attribute:ecs.availability-zone type=binpack,field=memory`.',
    },
  }),
];
