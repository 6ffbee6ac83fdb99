import { sessionTarget } from '../console/sessionTarget';
import { engineCatalog, runCommand } from '../console/index';
import { isReadOnly, Session } from '../session.svelte';
import { nextWorkTime } from '../timeline';
import type { WhatIfChange } from './changes';

/** How far "until settled" runs at most, as the sandbox's own "Skip until settled" does. */
const SETTLE_LIMIT = 3600;

/** What a change asked of the what-if branch came to, as the panel shows it. */
export interface ChangeOutcome {
  readonly ok: boolean;
  readonly message: string;
}

/**
 * A new session at exactly the live one's state: same scenario and seed, the same calls in effect, the same
 * clock. Built by replay (the calls past a scrubbed-back position are left out: they are not this future), so it
 * shares nothing mutable with `live`.
 */
function branchOf(live: Session): Session {
  const branch = new Session(live.scenario);
  branch.restore(live.checkpoint());
  return branch;
}

/**
 * A what-if fork: two independent copies of the live sandbox taken at one moment, "as is" left as it was and
 * "what if" given the learner's changes, moved on together so their futures can be compared. The live session is
 * never touched: the learner's own sandbox, its undo and its clock stay where they were.
 */
export class WhatIfFork {
  /** the future as things are ("Now" on screen) */
  readonly asIs: Session;
  /** the future with the learner's changes */
  readonly whatIf: Session;
  /** the virtual time of the fork */
  readonly forkedAt: number;
  /** the scenario's title at the fork, so a fork kept across a scenario switch still says where it came from */
  readonly scenarioTitle: string;
  /** the changes made in the what-if branch, in words, oldest first */
  changes = $state.raw<ReadonlyArray<string>>([]);

  constructor(live: Session) {
    this.asIs = branchOf(live);
    this.whatIf = branchOf(live);
    this.forkedAt = live.now;
    this.scenarioTitle = live.scenario.title;
  }

  /** What the fork changed, for its heading ("What if: drain m5-a2"). */
  get label(): string {
    return this.changes.length ? this.changes.join('; ') : 'no change yet';
  }

  /** Makes one of the common changes in the what-if branch; a refused call changes nothing and says why. */
  apply(change: WhatIfChange): ChangeOutcome {
    const r = this.whatIf.callByName(change.service, change.operation, change.input);
    if (!r.ok) return { ok: false, message: `${r.name}: ${r.message}` };
    this.changes = [...this.changes, change.label];
    return { ok: true, message: `Made in the what-if: ${change.label}.` };
  }

  /**
   * Runs an `aws …` line in the what-if branch, through the console's parser, as the Console tab would. A line
   * that does not parse, a refused call or a read comes back as a message and changes nothing. Never throws.
   */
  applyLine(line: string): ChangeOutcome {
    const text = line.trim();
    if (!/^aws\s/.test(text))
      return {
        ok: false,
        message: 'Type an aws command, such as aws ecs update-service … --desired-count 6.',
      };
    const session = this.whatIf;
    const result = runCommand(
      text,
      // the branch records the call (its own history), or its refusal comes back as the console prints one
      sessionTarget(session),
      engineCatalog(),
    );
    if (!result.ok)
      return { ok: false, message: result.stderr.trim() || `The command failed (exit ${result.exitCode}).` };
    if (!result.call || isReadOnly(result.call.operation))
      return { ok: false, message: 'That command changes nothing: give one that makes a change.' };
    const label = text.replace(/^aws\s+/, '');
    this.changes = [...this.changes, label];
    return { ok: true, message: `Made in the what-if: ${label}.` };
  }

  /** Moves both futures on by the same virtual time. */
  advanceBoth(seconds: number): void {
    this.asIs.advance(seconds);
    this.whatIf.advance(seconds);
  }

  /**
   * Runs both futures on together until both have settled (or an hour of virtual time passes: a service that
   * cannot place its tasks never settles). The clock goes from one piece of scheduled work to the next, whichever
   * side it is on, so the two stay at the same time. Says whether both settled.
   */
  settleBoth(): boolean {
    const sides = [this.asIs, this.whatIf];
    const stop = this.asIs.now + SETTLE_LIMIT;
    while (this.asIs.now < stop && !sides.every(settled)) {
      const next = Math.min(...sides.map((s) => nextWorkTime(s.sim) ?? Infinity));
      if (next === Infinity) break;
      this.advanceBoth(Math.min(next, stop) - this.asIs.now);
    }
    return sides.every(settled);
  }
}

/**
 * Nothing is left to happen by itself: no work due at this instant (a change schedules the scheduler's reaction
 * for the instant it is made), no task starting or stopping, no service with scheduler work, and none with tasks
 * waiting out their target group's deregistration delay (the service reads as steady meanwhile).
 */
const settled = (s: Session): boolean =>
  !s.sim.state.timers.some((t) => t.at <= s.sim.now && t.kind !== 'scaling.minute') &&
  s.waitingTasks === 0 &&
  s.waitingServices === 0 &&
  Object.values(s.sim.state.ecs.services).every((svc) => !svc.draining?.length);

/** The What if tab's state for one live session, kept while the tab is closed. */
export class WhatIfBench {
  fork = $state.raw<WhatIfFork | undefined>(undefined);
  /** the last change's outcome, shown under the change controls */
  outcome = $state.raw<ChangeOutcome | undefined>(undefined);

  constructor(readonly live: Session) {}

  /** Forks the live session as it is now (a fork already open is replaced). */
  forkHere(): void {
    this.fork = new WhatIfFork(this.live);
    this.outcome = undefined;
  }

  discard(): void {
    this.fork = undefined;
    this.outcome = undefined;
  }
}

const bySession = new WeakMap<Session, WhatIfBench>();

/** The What if tab's state for `session` (one per session, made on first use). */
export function whatIfBench(session: Session): WhatIfBench {
  let bench = bySession.get(session);
  if (!bench) {
    bench = new WhatIfBench(session);
    bySession.set(session, bench);
  }
  return bench;
}
