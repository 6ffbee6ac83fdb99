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

/** What the tracker saw at its last update, to tell how much happened since. */
interface LastSeen {
  readonly sim: Simulation;
  readonly at: number;
  readonly historyLength: number;
}

/**
 * Follows goals as the simulation moves: a goal is met once its check has been true for `holdFor` virtual
 * seconds without a break. A goal once met stays met (the learner achieved it), unless `reset` is called.
 *
 * Updates may be far apart in virtual time ("Instant »", a demo that waits a minute). Goals read state, and
 * state only changes through a call or a scheduled engine timer, so the tracker dates a check that turned
 * true at the last change it can see (the newest event or call), not at the moment it looked. And when the
 * engine has nothing scheduled before the window would end, nothing can break the condition until the
 * learner acts, so the hold is assured and the goal is met.
 */
export class GoalTracker {
  private readonly since = new Map<string, number>();
  private readonly achieved = new Set<string>();
  private last: LastSeen | undefined;

  constructor(private readonly goals: ReadonlyArray<Goal>) {}

  update(sim: Simulation): ReadonlyArray<GoalStatus> {
    // a rebuilt simulation (undo, scrubbing) or time running backwards: earlier windows say nothing any more
    if (this.last && (this.last.sim !== sim || sim.now < this.last.at)) this.since.clear();
    const changedAt = lastChangeAt(sim, this.last?.sim === sim ? this.last : undefined);
    const quietUntil = sim.state.timers[0]?.at ?? Infinity;
    this.last = { sim, at: sim.now, historyLength: sim.history.length };
    return this.goals.map((goal) => {
      if (this.achieved.has(goal.id))
        return { id: goal.id, description: goal.description, met: true, detail: 'Done.' };
      const result: GoalResult = safeCheck(goal, sim);
      if (!result.met) {
        this.since.delete(goal.id);
        return { id: goal.id, description: goal.description, met: false, detail: result.why };
      }
      const start = this.since.get(goal.id) ?? changedAt;
      this.since.set(goal.id, start);
      const held = sim.now - start;
      if (held >= goal.holdFor || quietUntil - start >= goal.holdFor) {
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
    this.last = undefined;
  }

  get metIds(): ReadonlySet<string> {
    return this.achieved;
  }
}

/**
 * The latest virtual time the state can have changed at, as far as the simulation's own records show: its
 * newest event, the newest call since `previous` (calls that emit no event still change state), and the
 * previous update itself (whatever was true then was checked then). Never later than now.
 */
function lastChangeAt(sim: Simulation, previous: LastSeen | undefined): number {
  const newestCall = sim.history.length > (previous?.historyLength ?? 0) ? sim.history.at(-1)?.at : undefined;
  const latest = Math.max(0, sim.events.at(-1)?.at ?? 0, previous?.at ?? 0, newestCall ?? 0);
  return Math.min(sim.now, latest);
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
