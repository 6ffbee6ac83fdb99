import {
  findOperation,
  isLaterOperation,
  type InputOf,
  type OperationName,
  type OutputOf,
  type ServiceName,
} from './api/registry';
import { EngineContext } from './context';
import { AwsError } from './errors';
import type { SimEvent } from './model/events';
import type { PlacementTrace } from './model/trace';
import { expandTrace } from './placement/trace';
import { validateInput } from './schema/validate';
import { trimRetained } from './retention';
import { copyState } from './snapshot';
import { initialState, type SimState } from './state';
import { makeTimer, peekTimer, popTimer, pushTimer } from './timers';
import { runTimer } from './timerHandlers';
import { registerEngineTimers } from './timerRegistry';

export interface SimulationOptions {
  /** seed of the generator; same seed + same calls ⇒ same state */
  readonly seed?: number;
  /** the instant virtual time 0 stands for, ISO 8601 (default 2026-01-01T00:00:00Z) */
  readonly startTime?: string;
}

/** One action on a simulation: a call, or time moving on (what property tests generate and replay). */
export type SimAction =
  | { readonly kind: 'call'; readonly service: string; readonly operation: string; readonly input: unknown }
  | { readonly kind: 'advance'; readonly seconds: number };

/**
 * An accepted call as the simulation records it: the virtual time it was made at, and its own copy of the
 * input. This is the one replay log: calling the same operations at the same times on a simulation with the
 * same seed rebuilds the same state (time between calls only runs timers). The app's timeline keeps these
 * records for undo and scrubbing.
 */
export interface TimedCall {
  readonly at: number;
  readonly service: string;
  readonly operation: string;
  readonly input: unknown;
}

export type DeepReadonly<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends (infer U)[]
    ? ReadonlyArray<DeepReadonly<U>>
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

export interface Simulation {
  /** Calls an AWS operation. Returns the AWS-shaped response or throws an AwsError; a rejected call changes nothing. */
  call<S extends ServiceName, O extends OperationName<S>>(
    service: S,
    operation: O,
    input: InputOf<S, O>,
  ): OutputOf<S, O>;
  /** The same, looked up by strings (console, share links, acceptance tests in plain JS). */
  callByName(service: string, operation: string, input: unknown): unknown;
  /** Moves virtual time forward, running every scheduled event in order. */
  advance(seconds: number): void;
  /** Moves virtual time forward to exactly `time` (no-op when it is not later than now): replay uses this. */
  advanceTo(time: number): void;
  /** Virtual seconds since the start. */
  readonly now: number;
  readonly state: DeepReadonly<SimState>;
  readonly events: ReadonlyArray<SimEvent>;
  /** The placement trace that put a task where it is (or of a failed attempt, by trace id). */
  trace(taskArnOrTraceId: string): PlacementTrace | undefined;
  /**
   * Every accepted call so far with its time, in order (reads too: they change nothing but cost nothing to keep).
   * Replaying them at their times on a new simulation with the same seed, then advancing to `now`, gives this
   * state. Time moving on is not recorded, so playback does not grow it.
   */
  readonly history: ReadonlyArray<TimedCall>;
  /**
   * An independent copy (for "what if" comparisons and time-travel checkpoints); the copy's history starts where
   * this one is. Cheap: the copy shares the immutable records (snapshot.ts).
   */
  fork(): Simulation;
}

/** Longest single advance: a year of virtual time, so a typo cannot spin the tab forever. */
const MAX_ADVANCE = 366 * 24 * 3600;

registerEngineTimers();

export function createSimulation(options: SimulationOptions = {}): Simulation {
  const seed = options.seed ?? 1;
  return simulationOver(initialState(seed, options.startTime), []);
}

function simulationOver(state: SimState, history: TimedCall[]): Simulation {
  const enqueue = (at: number, payload: Parameters<typeof makeTimer>[2]) => {
    const seq = ++state.clock.seq;
    pushTimer(state.timers, makeTimer(at, seq, payload));
  };

  /** Runs `body` as one atomic step: commit on return, roll back on throw. */
  function atomically<T>(body: (ctx: EngineContext) => T): T {
    const ctx = new EngineContext(state);
    try {
      const out = body(ctx);
      ctx.commit(enqueue);
      trimRetained(state);
      return out;
    } catch (e) {
      ctx.tx.rollback();
      throw e;
    }
  }

  function callByName(service: string, operation: string, input: unknown): unknown {
    const op = findOperation(service, operation);
    if (!op && isLaterOperation(service, operation)) {
      throw new AwsError(
        'ServiceUnavailableException',
        `The sandbox is still loading ${service} ${operation} (it loads just after the first screen); run it again in a moment.`,
      );
    }
    if (!op) {
      throw new AwsError(
        'UnknownOperationException',
        `The ${service} service has no operation named '${operation}' in this simulator.`,
      );
    }
    validateInput(op.schema, input ?? {}, op.schemaError ?? 'InvalidParameterException');
    // the handler never holds the caller's objects
    const own = structuredClone(input ?? {});
    const output = atomically((ctx) => op.handle(ctx, own));
    history.push({ at: state.clock.now, service, operation, input: own });
    return output;
  }

  function advance(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) {
      throw new AwsError(
        'ValidationException',
        `advance(seconds) needs a finite number of seconds ≥ 0, not ${seconds}.`,
      );
    }
    runUntil(state.clock.now + Math.min(seconds, MAX_ADVANCE));
  }

  function advanceTo(time: number): void {
    if (!Number.isFinite(time)) {
      throw new AwsError('ValidationException', `advanceTo(time) needs a finite time, not ${time}.`);
    }
    if (time > state.clock.now) runUntil(Math.min(time, state.clock.now + MAX_ADVANCE));
  }

  /** Runs every timer due by `target` in (at, seq) order, then sets the clock to `target`. */
  function runUntil(target: number): void {
    for (let next = peekTimer(state.timers); next && next.at <= target; next = peekTimer(state.timers)) {
      const timer = popTimer(state.timers)!;
      state.clock.now = Math.max(state.clock.now, timer.at);
      // a timer handler that fails is a bug; its own writes are undone and time moves on
      try {
        atomically((ctx) => runTimer(ctx, timer));
      } catch (e) {
        if (!(e instanceof AwsError)) throw e;
      }
    }
    state.clock.now = target;
  }

  const sim: Simulation = {
    call: (service, operation, input) => callByName(service, operation, input) as never,
    callByName,
    advance,
    advanceTo,
    get now() {
      return state.clock.now;
    },
    get state() {
      return state as DeepReadonly<SimState>;
    },
    get events() {
      return state.events;
    },
    trace(key: string) {
      const task = state.ecs.tasks[key];
      const id = task?.traceId ?? key;
      const stored = state.traces[id];
      // large clusters store compact traces; expanding one re-runs its explanation (placement/pipeline.ts)
      return stored && expandTrace(stored);
    },
    get history() {
      return history;
    },
    fork() {
      return simulationOver(copyState(state), []);
    },
  };
  return sim;
}
