import { performance } from 'node:perf_hooks';
import { createSimulation, type SimAction, type Simulation, type TimedCall } from '../../src/engine';
import { resolveAction, type PlannedAction } from './refs';

/** What one action did: its output, or what it threw, and how long it took. */
export type Outcome =
  { readonly ok: true; readonly output: unknown } | { readonly ok: false; readonly error: unknown };

export interface Step {
  readonly index: number;
  readonly action: SimAction;
  readonly outcome: Outcome;
  readonly ms: number;
  /** JSON of the state just before the action (only when the runner was asked to keep it) */
  readonly before?: string;
}

/** Runs one action; a call throws what `callByName` throws, an advance what `advance` throws. */
export function apply(sim: Simulation, action: SimAction): unknown {
  if (action.kind === 'advance') return sim.advance(action.seconds);
  return sim.callByName(action.service, action.operation, action.input);
}

/**
 * Runs a planned sequence on a new simulation seeded with `seed`, resolving each action against the state of the
 * moment, and hands every step to `observe` right after it ran (an observer throws to fail the property).
 * Returns the simulation and the concrete actions, for replaying.
 */
export function runPlan(
  seed: number,
  plan: ReadonlyArray<PlannedAction>,
  observe: (sim: Simulation, step: Step) => void = () => {},
  options: { readonly keepBefore?: boolean } = {},
): { sim: Simulation; actions: SimAction[] } {
  const sim = createSimulation({ seed });
  const actions: SimAction[] = [];
  plan.forEach((planned, index) => {
    const action = resolveAction(sim, planned);
    actions.push(action);
    const before = options.keepBefore ? JSON.stringify(sim.state) : undefined;
    const start = performance.now();
    let outcome: Outcome;
    try {
      outcome = { ok: true, output: apply(sim, action) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    observe(sim, { index, action, outcome, ms: performance.now() - start, ...(before ? { before } : {}) });
  });
  return { sim, actions };
}

/** Replays concrete actions on a new simulation with `seed`, ignoring rejections (they change nothing). */
export function replay(seed: number, actions: ReadonlyArray<SimAction>): Simulation {
  const sim = createSimulation({ seed });
  for (const action of actions) {
    try {
      apply(sim, action);
    } catch {
      // a rejected action was rejected the first time too; the determinism property compares the end states
    }
  }
  return sim;
}

/** Rebuilds a simulation from its recorded history: each call at its time, then the clock moved on to `until`. */
export function replayHistory(seed: number, history: ReadonlyArray<TimedCall>, until: number): Simulation {
  const sim = createSimulation({ seed });
  for (const call of history) {
    sim.advanceTo(call.at);
    sim.callByName(call.service, call.operation, call.input);
  }
  sim.advanceTo(until);
  return sim;
}

/** A one-line description of an action for failure messages (huge inputs cut short). */
export function describeAction(step: Pick<Step, 'index' | 'action'>): string {
  const { action } = step;
  const text =
    action.kind === 'advance'
      ? `advance(${action.seconds})`
      : `${action.service}.${action.operation} ${safeJson(action.input)}`;
  return `#${step.index} ${text.length > 400 ? `${text.slice(0, 400)}…` : text}`;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
