import type { InputOf, OperationName, ServiceName, Simulation } from '../engine/index';
import { arnName, shortId } from '../lib/arn';
import type { Step, StepInput } from './types';

/** The input a call step sends now: computed from the simulation when the step gives a function. */
export const stepInput = (sim: Simulation, input: StepInput): unknown =>
  typeof input === 'function' ? (input as (s: Simulation) => unknown)(sim) : input;

/**
 * Plays solution or demo steps on a simulation; a rejected call throws the engine's AwsError. A step is data
 * (a demo block's names are text read from the lesson), so it is played by name; `call` below is where a
 * solution's request is type-checked.
 */
export function runSteps(sim: Simulation, steps: ReadonlyArray<Step>): void {
  for (const step of steps) {
    if ('advance' in step) sim.advance(step.advance);
    else sim.callByName(step.call[0], step.call[1], stepInput(sim, step.call[2]));
  }
}

/**
 * A call step, its input checked against the operation's request type; `label` names it for the learner when
 * the operation alone would not say enough. (`NoInfer`: the names alone pick the operation, so an input
 * computed by a function is typed against its request, enums included, instead of widened to strings.)
 */
export function call<S extends ServiceName, O extends OperationName<S>>(
  service: S,
  operation: O,
  input: NoInfer<InputOf<S, O> | ((sim: Simulation) => InputOf<S, O>)>,
  label?: string,
): Step {
  return label === undefined
    ? { call: [service, operation, input] }
    : { call: [service, operation, input], label };
}
export const wait = (seconds: number): Step => ({ advance: seconds });

/** Input fields that say what a call acts on, most telling first. */
const SUBJECT_FIELDS = ['family', 'taskDefinition', 'serviceName', 'clusterName', 'task'] as const;

/**
 * What a step does, for the screen: its label, or the operation in words with what it acts on
 * ("Run task web:1 ×2", "Let 60 simulated seconds pass").
 */
export function stepName(step: Step): string {
  if ('advance' in step) return `Let ${step.advance} simulated seconds pass`;
  if (step.label) return step.label;
  const [, operation, input] = step.call;
  const words = operation.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const action = words.charAt(0).toUpperCase() + words.slice(1);
  // an input computed at run time is unknown until then: the operation alone names the step
  const fields = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const subject = SUBJECT_FIELDS.map((f) => fields[f]).find((v) => typeof v === 'string');
  const count = fields.count ?? fields.MaxCount;
  return [
    action,
    typeof subject === 'string' ? subjectName(subject) : '',
    typeof count === 'number' && count > 1 ? `×${count}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** An ARN is too long to read in a status line: its last part, and only the start of a long id. */
function subjectName(value: string): string {
  const last = arnName(value);
  return /^[0-9a-f]{32}$/.test(last) ? shortId(last) : last;
}
