import { createSimulation, type Simulation } from '../engine/index';

/** A learner's call, stamped with the virtual time it was made at. */
export interface TimedCall {
  readonly at: number;
  readonly service: string;
  readonly operation: string;
  readonly input: unknown;
}

/** A ready-made starting point: a seed and the calls that build it through the public API. */
export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly seed: number;
  readonly build: (sim: Simulation) => void;
}

/**
 * Rebuilds the simulation deterministically: the scenario, then every learner call at its own time, then the
 * clock moved on to `until`. Same inputs give the same state, which is what undo and scrubbing stand on.
 */
export function replay(scenario: Scenario, calls: ReadonlyArray<TimedCall>, until: number): Simulation {
  const sim = createSimulation({ seed: scenario.seed });
  scenario.build(sim);
  for (const call of calls) {
    if (call.at > until) break;
    if (call.at > sim.now) sim.advance(call.at - sim.now);
    sim.callByName(call.service, call.operation, call.input);
  }
  if (until > sim.now) sim.advance(until - sim.now);
  return sim;
}

/** The virtual time of the next scheduled engine event, if any. */
export function nextEventTime(sim: Simulation): number | undefined {
  return sim.state.timers[0]?.at;
}
