import type { Task } from '../model/ecs';
import type { PlacementStrategy } from '../model/taskDefinition';
import type { SimState } from '../state';
import { DEFAULT_SERVICE_STRATEGY } from './launch';

const AZ_ATTRIBUTE = 'attribute:ecs.availability-zone';

/** The value of a spread field for a task: its instance, its AZ, or an attribute of its instance. */
function spreadValue(state: SimState, task: Task, field: string | undefined): string {
  const f = (field ?? '').toLowerCase();
  if (f === 'instanceid' || f === 'host') return task.containerInstanceArn ?? task.taskArn;
  if (field === AZ_ATTRIBUTE) return task.availabilityZone;
  const name = (field ?? '').replace(/^attribute:/, '');
  const ci = task.containerInstanceArn ? state.ecs.containerInstances[task.containerInstanceArn] : undefined;
  return ci?.attributes.find((a) => a.name === name)?.value ?? '';
}

/** What is left of `field` (cpu or memory) on the task's instance. */
function remaining(state: SimState, task: Task, field: string | undefined): number {
  const ci = task.containerInstanceArn ? state.ecs.containerInstances[task.containerInstanceArn] : undefined;
  if (!ci) return 0;
  return (field ?? '').toLowerCase() === 'cpu' ? ci.remainingResources.cpu : ci.remainingResources.memory;
}

/**
 * Each candidate's score under each strategy for one pick, lower stopped first: spread counts the pool's tasks
 * sharing the candidate's value (most first); binpack scales in where the most stays free after the stop
 * (ecs-reference §3.2); random adds nothing.
 */
function scores(
  state: SimState,
  tier: ReadonlyArray<Task>,
  pool: ReadonlyArray<Task>,
  rules: ReadonlyArray<PlacementStrategy>,
): Map<Task, number[]> {
  const perRule = rules.map((s) => {
    if (s.type === 'spread') {
      const counts = new Map<string, number>();
      for (const t of pool) {
        const v = spreadValue(state, t, s.field);
        counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      return (t: Task) => -(counts.get(spreadValue(state, t, s.field)) ?? 0);
    }
    if (s.type === 'binpack') return (t: Task) => -remaining(state, t, s.field);
    return () => 0;
  });
  return new Map(tier.map((t) => [t, perRule.map((score) => score(t))]));
}

const newerFirst = (a: Task, b: Task) =>
  b.createdAt - a.createdAt || (a.taskArn < b.taskArn ? 1 : a.taskArn > b.taskArn ? -1 : 0);

/**
 * Which `n` of `tasks` a service stops when it has too many, mirroring its placement (ecs-reference §3.2): the
 * default spread stops from the AZ with the most of the service's tasks, then from the instance with the most;
 * binpack stops where the most resources stay free. Tasks not yet healthy (`preferred`) go first; ties go to
 * the newest task. Picks one at a time, so the balance is kept after each stop.
 */
export function chooseTasksToStop(
  state: SimState,
  tasks: ReadonlyArray<Task>,
  strategies: ReadonlyArray<PlacementStrategy>,
  n: number,
  preferred: (t: Task) => boolean = () => false,
): Task[] {
  const rules = strategies.length ? strategies : DEFAULT_SERVICE_STRATEGY;
  let pool = [...tasks];
  const chosen: Task[] = [];
  while (chosen.length < n && pool.length) {
    const tier = pool.some(preferred) ? pool.filter(preferred) : pool;
    const scored = scores(state, tier, pool, rules);
    const best = [...tier].sort((a, b) => {
      const sa = scored.get(a)!;
      const sb = scored.get(b)!;
      for (let r = 0; r < rules.length; r++) {
        const d = sa[r]! - sb[r]!;
        if (d !== 0) return d;
      }
      return newerFirst(a, b);
    })[0]!;
    chosen.push(best);
    pool = pool.filter((t) => t !== best);
  }
  return chosen;
}
