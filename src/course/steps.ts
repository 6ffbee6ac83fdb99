import type { Simulation } from '../engine/index';
import type { Step, StepInput } from './types';

/** The input a call step sends now: computed from the simulation when the step gives a function. */
export const stepInput = (sim: Simulation, input: StepInput): unknown =>
  typeof input === 'function' ? (input as (s: Simulation) => unknown)(sim) : input;

/** Plays solution or demo steps on a simulation; a rejected call throws the engine's AwsError. */
export function runSteps(sim: Simulation, steps: ReadonlyArray<Step>): void {
  for (const step of steps) {
    if ('advance' in step) sim.advance(step.advance);
    else sim.callByName(step.call[0], step.call[1], stepInput(sim, step.call[2]));
  }
}

export const call = (service: string, operation: string, input: StepInput): Step => ({
  call: [service, operation, input],
});
export const wait = (seconds: number): Step => ({ advance: seconds });
