import type { Simulation } from '../../engine/index';
import type { Goal, GoalResult } from '../types';

export interface GoalStatus {
  readonly id: string;
  readonly description: string;
  /** met and held for the goal's whole window */
  readonly met: boolean;
  /** what the learner sees: the `why` while unmet, or how long is left to hold */
  readonly detail: string;
  /** virtual time since which the check has been true, if it is */
  readonly trueSince?: number;
}

/**
 * Follows goals as the simulation moves: a goal is met once its check has been true for `holdFor` virtual
 * seconds without a break. A goal once met stays met (the learner achieved it), unless `reset` is called.
 */
export class GoalTracker {
  private readonly since = new Map<string, number>();
  private readonly achieved = new Set<string>();

  constructor(private readonly goals: ReadonlyArray<Goal>) {}

  update(sim: Simulation): ReadonlyArray<GoalStatus> {
    return this.goals.map((goal) => {
      if (this.achieved.has(goal.id))
        return { id: goal.id, description: goal.description, met: true, detail: 'Done.' };
      const result: GoalResult = safeCheck(goal, sim);
      if (!result.met) {
        this.since.delete(goal.id);
        return { id: goal.id, description: goal.description, met: false, detail: result.why };
      }
      const start = this.since.get(goal.id) ?? sim.now;
      this.since.set(goal.id, start);
      const held = sim.now - start;
      if (held >= goal.holdFor) {
        this.achieved.add(goal.id);
        return { id: goal.id, description: goal.description, met: true, detail: 'Done.', trueSince: start };
      }
      return {
        id: goal.id,
        description: goal.description,
        met: false,
        detail: `Holding: ${Math.ceil(goal.holdFor - held)} more simulated seconds.`,
        trueSince: start,
      };
    });
  }

  reset(): void {
    this.since.clear();
    this.achieved.clear();
  }

  get metIds(): ReadonlySet<string> {
    return this.achieved;
  }
}

/** A goal check that throws is a lesson bug; the learner sees it as unmet with the error, not a crash. */
function safeCheck(goal: Goal, sim: Simulation): GoalResult {
  try {
    return goal.check(sim);
  } catch (e) {
    return {
      met: false,
      why: `This goal could not be checked: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

/**
 * Headless check used by lesson tests: advances time in small steps for the longest hold window and reports
 * which goals were met.
 */
export function goalsMetAfterHolding(
  sim: Simulation,
  goals: ReadonlyArray<Goal>,
  step = 5,
): ReadonlySet<string> {
  const tracker = new GoalTracker(goals);
  tracker.update(sim);
  const longest = Math.max(0, ...goals.map((g) => g.holdFor));
  for (let t = 0; t < longest; t += step) {
    sim.advance(step);
    tracker.update(sim);
  }
  return tracker.metIds;
}
