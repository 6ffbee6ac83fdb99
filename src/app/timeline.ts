import { createSimulation, type Simulation, type TimedCall } from '../engine/index';

export type { TimedCall } from '../engine/index';

/** A ready-made starting point: a seed and the calls that build it through the public API. */
export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly seed: number;
  readonly build: (sim: Simulation) => void;
}

/** Builds the scenario on a new simulation with its seed. */
export function buildScenario(scenario: Scenario): Simulation {
  const sim = createSimulation({ seed: scenario.seed });
  scenario.build(sim);
  return sim;
}

/**
 * Rebuilds the simulation deterministically from scratch: the scenario, then every call made by `until` at its
 * own time, then the clock moved on to `until`. Same inputs give the same state. The live session goes through
 * a `Timeline`, which starts from a checkpoint instead; this is for one-off rebuilds.
 */
export function replay(scenario: Scenario, calls: ReadonlyArray<TimedCall>, until: number): Simulation {
  return replayOnto(buildScenario(scenario), calls, 0, until);
}

/** Makes `calls[from…]` made by `until` on `sim` at their times, then moves the clock to `until`. */
function replayOnto(
  sim: Simulation,
  calls: ReadonlyArray<TimedCall>,
  from: number,
  until: number,
  passed: (sim: Simulation, applied: number) => void = () => {},
): Simulation {
  for (let i = from; i < calls.length; i++) {
    const call = calls[i]!;
    if (call.at > until) break;
    sim.advanceTo(call.at);
    sim.callByName(call.service, call.operation, call.input);
    passed(sim, i + 1);
  }
  sim.advanceTo(until);
  return sim;
}

/** A copy of the simulation right after the first `applied` calls of a timeline, at virtual time `at`. */
interface Checkpoint {
  readonly at: number;
  readonly applied: number;
  /** the last call in effect (identity tells whether a list of calls still starts with this checkpoint's) */
  readonly last: TimedCall | undefined;
  /** never advanced or called: a rebuild works on a fork of it */
  readonly sim: Simulation;
}

/** A checkpoint is taken at least this many calls or simulated seconds after the one before it. */
export const CHECKPOINT_EVERY_CALLS = 25;
export const CHECKPOINT_EVERY_SECONDS = 600;
/**
 * At most this many checkpoints are kept; past it the one whose neighbours are closest goes, so a long session
 * keeps evenly spaced checkpoints and bounded memory (each shares its records with the others and the live
 * simulation; what it holds alone is its tables' and its event log's pointers).
 */
export const MAX_CHECKPOINTS = 128;

/**
 * Time travel over a scenario: the learner's calls on a timeline, rebuilt at any time by replaying from the
 * nearest checkpoint at or before it rather than from the start, so a scrub over a simulated day costs at most
 * `CHECKPOINT_EVERY_CALLS` calls and `CHECKPOINT_EVERY_SECONDS` of simulated time (while checkpoints are dense).
 * Checkpoints are cheap forks (the engine shares its immutable records between copies); they are taken as the
 * live session moves on (`offer`) and while rebuilding. The calls themselves are the engine's records of them
 * (`Simulation.history`), so the app keeps no log of its own format.
 */
export class Timeline {
  readonly #checkpoints: Checkpoint[];
  /** virtual time where the scenario's setup ends */
  readonly origin: number;

  constructor(readonly scenario: Scenario) {
    const sim = buildScenario(scenario);
    this.origin = sim.now;
    this.#checkpoints = [{ at: sim.now, applied: 0, last: undefined, sim }];
  }

  /** How many checkpoints are kept (for tests and the bench). */
  get checkpoints(): number {
    return this.#checkpoints.length;
  }

  /** The scenario as it starts, before any call (a fresh simulation). */
  start(): Simulation {
    return this.#checkpoints[0]!.sim.fork();
  }

  /**
   * The simulation at `until` with `calls` (the calls in effect, oldest first; only those made by `until` count)
   * applied at their times. Same inputs give the same state as `replay`.
   */
  rebuild(calls: ReadonlyArray<TimedCall>, until: number): Simulation {
    const from = this.#nearest(calls, until);
    return replayOnto(from.sim.fork(), calls, from.applied, until, (sim, applied) =>
      this.offer(sim, applied, calls[applied - 1]),
    );
  }

  /**
   * Offers the state of a simulation on this timeline, right after its first `applied` calls (the last being
   * `last`), as a checkpoint. Kept when it is far enough past the newest checkpoint before it.
   */
  offer(sim: Simulation, applied: number, last: TimedCall | undefined): void {
    const list = this.#checkpoints;
    let i = list.length;
    while (
      i > 0 &&
      (list[i - 1]!.applied > applied || (list[i - 1]!.applied === applied && list[i - 1]!.at > sim.now))
    )
      i--;
    const before = list[i - 1]!;
    if (applied - before.applied < CHECKPOINT_EVERY_CALLS && sim.now - before.at < CHECKPOINT_EVERY_SECONDS)
      return;
    list.splice(i, 0, { at: sim.now, applied, last, sim: sim.fork() });
    if (list.length > MAX_CHECKPOINTS) list.splice(this.#leastNeeded(), 1);
  }

  /**
   * The checkpoint whose loss costs least: the one whose neighbours are closest together (in calls, and in
   * simulated time weighed as calls), so the spacing stays even as a long session is thinned out. Never the
   * scenario's start or the newest.
   */
  #leastNeeded(): number {
    const list = this.#checkpoints;
    const weight = CHECKPOINT_EVERY_CALLS / CHECKPOINT_EVERY_SECONDS;
    let best = 1;
    let bestGap = Infinity;
    for (let k = 1; k < list.length - 1; k++) {
      const prev = list[k - 1]!;
      const next = list[k + 1]!;
      const gap = next.applied - prev.applied + (next.at - prev.at) * weight;
      if (gap < bestGap) [best, bestGap] = [k, gap];
    }
    return best;
  }

  /** The newest checkpoint a rebuild of `calls` at `until` can start from (the scenario's start at worst). */
  #nearest(calls: ReadonlyArray<TimedCall>, until: number): Checkpoint {
    for (let i = this.#checkpoints.length - 1; i > 0; i--) {
      const cp = this.#checkpoints[i]!;
      if (cp.at > until || cp.applied > calls.length) continue;
      // same calls up to the checkpoint, and none of the rest made before it
      if (calls[cp.applied - 1] !== cp.last) continue;
      const next = calls[cp.applied];
      if (next && next.at < cp.at) continue;
      return cp;
    }
    return this.#checkpoints[0]!;
  }
}

/**
 * How far the clock moves to run work due at the current instant. A call can schedule work for the instant it is
 * made (a service's first reconcile, a container made to exit); the engine runs it only when the clock moves on,
 * never at the same instant, so a replay that makes two calls at one time sees what the learner saw.
 */
const DUE_NOW_STEP = 1;

/**
 * Where the clock must go for the next scheduled engine event to happen, if there is one: its own time, or a
 * second from now when it is already due.
 */
export function nextEventTime(sim: Simulation): number | undefined {
  const at = sim.state.timers[0]?.at;
  if (at === undefined) return undefined;
  return at > sim.now ? at : sim.now + DUE_NOW_STEP;
}

/**
 * The same, ignoring the minute clock (metrics, alarms and scaling run every minute for good once a service
 * exists): where the clock must go for the next piece of work that finishes something, such as a task starting
 * or an instance registering. "Run until idle" follows it, so it stops when only the minute clock is left.
 */
export function nextWorkTime(sim: Simulation): number | undefined {
  let at: number | undefined;
  for (const timer of sim.state.timers) {
    if (timer.kind !== 'scaling.minute' && (at === undefined || timer.at < at)) at = timer.at;
  }
  if (at === undefined) return undefined;
  return at > sim.now ? at : sim.now + DUE_NOW_STEP;
}
