import { nextRandom } from '../lib/rng';
import type { SimEvent } from './model/events';
import type { SimTime } from './model/ids';
import type { TimerPayload } from './model/timers';
import type { SimState } from './state';
import { Tx } from './tx';

/**
 * What a handler (an operation or a timer) gets: the state, the journal to change it through, the clock, the
 * seeded generator, and the ways to schedule work and log events. Scheduled timers and logged events are
 * buffered and land only when the call commits, so a rejected call leaves no trace.
 */
export class EngineContext {
  readonly tx = new Tx();
  private readonly pendingTimers: TimerPayload[] = [];
  private readonly pendingAt: SimTime[] = [];
  private readonly pendingEvents: SimEvent[] = [];

  constructor(readonly state: SimState) {}

  get now(): SimTime {
    return this.state.clock.now;
  }

  /** whether the journal already holds the generator state and the counter as they were before this step */
  private rngJournaled = false;
  private seqJournaled = false;

  /** A number in [0, 1) from the seeded generator. */
  random(): number {
    const { value, state } = nextRandom(this.state.clock.rng);
    // the first draw journals the state to roll back to; later ones only move it on (a task draws dozens)
    if (this.rngJournaled) this.state.clock.rng = state;
    else {
      this.tx.assign(this.state.clock, 'rng', state);
      this.rngJournaled = true;
    }
    return value;
  }

  /** An integer in [0, n). */
  randomInt(n: number): number {
    return Math.floor(this.random() * n);
  }

  /** `length` lowercase hex digits from the seeded generator (task ids, instance ids, ENI ids). */
  randomHex(length: number): string {
    let out = '';
    while (out.length < length) out += this.randomInt(0x10000).toString(16).padStart(4, '0');
    return out.slice(0, length);
  }

  /** A strictly increasing counter, for ordering and for ids that must be unique rather than random. */
  nextSeq(): number {
    const seq = this.state.clock.seq + 1;
    if (this.seqJournaled) this.state.clock.seq = seq;
    else {
      this.tx.assign(this.state.clock, 'seq', seq);
      this.seqJournaled = true;
    }
    return seq;
  }

  /** Runs `payload` `delay` virtual seconds from now (0 = at the end of the current instant). */
  schedule(delay: number, payload: TimerPayload): void {
    this.pendingAt.push(this.now + Math.max(0, delay));
    this.pendingTimers.push(payload);
  }

  emit(event: SimEvent): void {
    this.pendingEvents.push(event);
  }

  /** Lands the buffered timers and events. Called once, by the simulation, when the handler returned. */
  commit(pushTimer: (at: SimTime, payload: TimerPayload) => void): void {
    this.pendingTimers.forEach((payload, i) => pushTimer(this.pendingAt[i]!, payload));
    for (const event of this.pendingEvents) this.state.events.push(event);
  }

  /** An ISO 8601 UTC string for a virtual time, as the AWS CLI prints timestamps. */
  iso(t: SimTime): string {
    return isoTime(this.state, t);
  }
}

/** The last instant formatted: the tasks of one call all print the same `now` many times over. */
let lastIso = { epoch: Number.NaN, text: '' };

export function isoTime(state: Pick<SimState, 'startEpoch'>, t: SimTime): string {
  const epoch = state.startEpoch + t;
  if (epoch !== lastIso.epoch) {
    lastIso = { epoch, text: new Date(epoch * 1000).toISOString().replace('.000Z', 'Z') };
  }
  return lastIso.text;
}
