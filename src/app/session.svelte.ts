import {
  isAwsError,
  loadLaterEngine,
  loadRegexSupport,
  regexSupportLoaded,
  type InputOf,
  type OperationName,
  type OutputOf,
  type ServiceName,
  type Simulation,
} from '../engine/index';
import { ConsoleLog } from './consoleLog.svelte';
import { loadScenarioBuilds } from './scenarios';
import { RunTaskDraft } from './runTaskDraft.svelte';
import { ServiceDraft } from './serviceDraft.svelte';
import { nextEventTime, nextWorkTime, Timeline, type Scenario, type TimedCall } from './timeline';

export type CallOutcome<Output = unknown> =
  | { readonly ok: true; readonly output: Output }
  | { readonly ok: false; readonly name: string; readonly message: string; readonly field?: string };

/** Operations that only read state. */
/** Operations that change nothing: not recorded as the learner's calls (no undo step, no replay). */
export const isReadOnly = (operation: string): boolean =>
  /^(Describe|List|Get|Filter|Head|Simulate)/.test(operation) || operation === 'ReadFile';

/** Speeds the learner can pick: virtual seconds per real second. */
export const SPEEDS = [1, 5, 15, 60, 300] as const;

/** How far "instant" runs at most, so a cluster that never settles cannot spin forever. */
const INSTANT_LIMIT = 3600;

/** Task states that only move on when virtual time runs (a pull, a start, a stop). */
const WAITING_STATES: ReadonlySet<string> = new Set([
  'PROVISIONING',
  'PENDING',
  'ACTIVATING',
  'DEACTIVATING',
  'STOPPING',
  'DEPROVISIONING',
]);

/**
 * Everything needed to rebuild a sandbox exactly: which scenario (and the seed it was built with), the learner's
 * calls, how many of them are in effect, and the clock. Saved across reloads and kept to undo a scenario switch.
 */
export interface SandboxSnapshot {
  readonly scenarioId: string;
  readonly seed: number;
  readonly calls: ReadonlyArray<TimedCall>;
  readonly applied: number;
  readonly time: number;
  readonly horizon: number;
}

/**
 * The live sandbox: one simulation, the learner's calls on a timeline, undo/redo, scrubbing and playback.
 * Everything is rebuilt by deterministic replay, so going back in time is exact.
 */
export class Session {
  scenario = $state.raw<Scenario>(undefined as never);
  /** learner calls in the order made; those past `applied` are the future while scrubbed back */
  calls = $state.raw<ReadonlyArray<TimedCall>>([]);
  /** how many of `calls` are in effect at the current time */
  applied = $state(0);
  redoStack = $state.raw<ReadonlyArray<TimedCall>>([]);
  playing = $state(false);
  speed = $state<number>(5);
  /** bumps on every change so views re-read the (mutable) simulation */
  version = $state(0);
  /** the furthest virtual time reached: the scrubber's right end */
  horizon = $state(0);
  /** virtual time where the scenario's setup ends: the scrubber's left end */
  origin = $state(0);
  selectedTaskArn = $state<string | undefined>(undefined);
  /** the sandbox as it was before the last scenario switch or reset, to bring back */
  previous = $state.raw<{ readonly scenario: Scenario; readonly snapshot: SandboxSnapshot } | undefined>(
    undefined,
  );
  /** the Run task form's fields, kept while its tab is closed */
  readonly runTask = new RunTaskDraft();
  /** the Services panel's create form and open service, kept while its tab is closed */
  readonly service = new ServiceDraft();
  /** the aws console's screen and line history, kept while its tab is closed */
  readonly console = new ConsoleLog();

  #sim: Simulation;
  /** checkpoints of this scenario's timeline: scrubbing and undo replay from the nearest one */
  #timeline: Timeline;

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    this.#timeline = new Timeline(scenario);
    this.#sim = this.#timeline.start();
    this.origin = this.#sim.now;
    this.horizon = this.#sim.now;
  }

  /** The simulation, read-only for views; reading it subscribes to changes. */
  get sim(): Simulation {
    void this.version;
    return this.#sim;
  }

  get now(): number {
    void this.version;
    return this.#sim.now;
  }

  get canUndo(): boolean {
    return this.applied > 0;
  }

  /** The calls in effect now (the learner's history up to the scrubber). */
  get effectiveCalls(): ReadonlyArray<TimedCall> {
    return this.calls.slice(0, this.applied);
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** The learner has made calls (in effect, scrubbed past or undone) that starting over would lose. */
  get hasWork(): boolean {
    return this.calls.length > 0 || this.redoStack.length > 0;
  }

  /** Services the scheduler has work for (not at steady state): it only acts while virtual time runs. */
  get waitingServices(): number {
    return Object.values(this.sim.state.ecs.services).filter((s) => s.status !== 'INACTIVE' && !s.steady)
      .length;
  }

  /** Tasks that are starting or stopping: they only get there while virtual time runs. */
  get waitingTasks(): number {
    return Object.values(this.sim.state.ecs.tasks).filter((t) => WAITING_STATES.has(t.lastStatus)).length;
  }

  /**
   * Makes a call as the learner; a rejected call changes nothing and comes back as an error outcome. Reads
   * (Describe*, List*) are answered but not recorded: there is nothing to undo in them.
   */
  call<S extends ServiceName, O extends OperationName<S>>(
    service: S,
    operation: O,
    input: InputOf<S, O>,
  ): CallOutcome<OutputOf<S, O>> {
    // callByName answers with the operation's own output: the registry types it as OutputOf<S, O>
    return this.callByName(service, operation, input) as CallOutcome<OutputOf<S, O>>;
  }

  /** The same, by names that arrive as text or data (the console, demo blocks, solution steps). */
  callByName(service: string, operation: string, input: unknown): CallOutcome {
    try {
      const output = this.#sim.callByName(service, operation, input);
      if (isReadOnly(operation)) return { ok: true, output };
      // a new action after scrubbing back discards the old future, as editors do; the timeline keeps the
      // engine's own record of the call (its time and its copy of the input)
      const made = this.#sim.history.at(-1)!;
      this.calls = [...this.effectiveCalls, made];
      this.applied = this.calls.length;
      this.#timeline.offer(this.#sim, this.applied, made);
      this.redoStack = [];
      this.horizon = this.#sim.now;
      this.changed();
      return { ok: true, output };
    } catch (e) {
      if (isAwsError(e)) {
        // a request whose checks were not loaded yet: load them, so the learner's retry goes through
        if (e.name === 'ServiceUnavailableException') this.preloadLaterEngine();
        return { ok: false, name: e.name, message: e.message, field: e.field };
      }
      return { ok: false, name: 'InternalError', message: e instanceof Error ? e.message : String(e) };
    }
  }

  /**
   * Loads RE2, which `=~` / `!~` patterns need (it is kept off the first page: src/engine/query/regex.ts); views
   * that showed "still loading" for a pattern read the simulation again once it is there.
   */
  loadRegexSupport(): Promise<void> {
    if (regexSupportLoaded()) return Promise.resolve();
    return loadRegexSupport().then(() => this.changed());
  }

  /** The same, started ahead of need: a failed load is tried again by the next trigger or call. */
  preloadRegexSupport(): void {
    this.loadRegexSupport().catch(() => undefined);
  }

  /**
   * Loads the engine's later part (src/engine/later.ts): the request checks of the operations the first screen
   * never sends (services, load balancers, reads, the rest of the console's commands) and the scaling, capacity
   * and fault operations themselves.
   */
  loadLaterEngine(): Promise<void> {
    // the scenarios the first screen does not open are built with later operations: their builds come along
    return Promise.all([loadLaterEngine(), loadScenarioBuilds()]).then(() => undefined);
  }

  /** The same, started ahead of need: a failed load is tried again by the next trigger or call. */
  preloadLaterEngine(): void {
    this.loadLaterEngine().catch(() => undefined);
  }

  /** Moves virtual time forward. */
  advance(seconds: number): void {
    if (seconds <= 0) return;
    this.#sim.advance(seconds);
    this.#offerCheckpoint();
    this.horizon = Math.max(this.horizon, this.#sim.now);
    this.changed();
  }

  /** Lets the timeline keep the live state as a checkpoint when one is due. */
  #offerCheckpoint(): void {
    this.#timeline.offer(this.#sim, this.applied, this.calls[this.applied - 1]);
  }

  /** Jumps to the next thing the engine has scheduled (a boot, a pull, a container exit). */
  stepToNextEvent(): void {
    const next = nextEventTime(this.#sim);
    if (next !== undefined) this.advance(Math.max(0, next - this.#sim.now));
  }

  /** Runs until nothing but the minute clock is scheduled (or an hour of virtual time passes). */
  runUntilIdle(): void {
    const stop = this.#sim.now + INSTANT_LIMIT;
    for (
      let next = nextWorkTime(this.#sim);
      next !== undefined && next <= stop;
      next = nextWorkTime(this.#sim)
    ) {
      this.#sim.advanceTo(next);
    }
    this.#offerCheckpoint();
    this.horizon = Math.max(this.horizon, this.#sim.now);
    this.changed();
  }

  /** Rebuilds the state at virtual time `t` (between origin and horizon). */
  scrubTo(t: number): void {
    const target = Math.min(Math.max(t, this.origin), this.horizon);
    // the left end is the scenario as it started, before any call made at that same instant
    this.applied = target <= this.origin ? 0 : this.calls.filter((c) => c.at <= target).length;
    this.#sim = this.#timeline.rebuild(this.effectiveCalls, target);
    this.changed();
  }

  undo(): void {
    const last = this.calls[this.applied - 1];
    if (!last) return;
    this.calls = this.calls.slice(0, this.applied - 1);
    this.applied = this.calls.length;
    this.redoStack = [...this.redoStack, last];
    this.#sim = this.#timeline.rebuild(this.calls, last.at);
    this.changed();
  }

  redo(): void {
    const next = this.redoStack.at(-1);
    if (!next) return;
    this.redoStack = this.redoStack.slice(0, -1);
    this.calls = [...this.effectiveCalls, next];
    this.applied = this.calls.length;
    this.#sim = this.#timeline.rebuild(this.calls, next.at);
    this.changed();
  }

  /** A point to come back to: the learner's calls and the time (e.g. before a solution is shown). */
  checkpoint(): { readonly calls: ReadonlyArray<TimedCall>; readonly time: number } {
    return { calls: this.effectiveCalls, time: this.#sim.now };
  }

  /** Returns exactly to a checkpoint. */
  restore(point: { readonly calls: ReadonlyArray<TimedCall>; readonly time: number }): void {
    this.playing = false;
    this.calls = point.calls;
    this.applied = point.calls.length;
    this.redoStack = [];
    this.#sim = this.#timeline.rebuild(this.calls, point.time);
    this.horizon = Math.max(this.horizon, point.time);
    this.changed();
  }

  /** What it takes to rebuild this sandbox exactly (see `resume`). */
  snapshot(): SandboxSnapshot {
    return {
      scenarioId: this.scenario.id,
      seed: this.scenario.seed,
      calls: this.calls,
      applied: this.applied,
      time: this.now,
      horizon: this.horizon,
    };
  }

  /**
   * Rebuilds a snapshot of `scenario` by replay. Throws (changing nothing) when the snapshot does not belong to
   * the scenario or its calls no longer replay, e.g. saved by an older build whose scenario differed.
   */
  resume(scenario: Scenario, snap: SandboxSnapshot): void {
    if (snap.scenarioId !== scenario.id || snap.seed !== scenario.seed)
      throw new Error(
        `it was saved for scenario "${snap.scenarioId}" (seed ${snap.seed}), which has changed`,
      );
    if (snap.applied > snap.calls.length) throw new Error('it applies more calls than it recorded');
    const timeline = new Timeline(scenario);
    const sim = timeline.rebuild(snap.calls.slice(0, snap.applied), snap.time);
    this.playing = false;
    this.#timeline = timeline;
    this.scenario = scenario;
    this.calls = snap.calls;
    this.applied = snap.applied;
    this.redoStack = [];
    this.#sim = sim;
    this.origin = timeline.origin;
    this.horizon = Math.max(snap.horizon, sim.now);
    this.selectedTaskArn = undefined;
    this.changed();
  }

  /** Starts over on `scenario`, keeping the current sandbox as `previous` so the switch can be undone. */
  switchTo(scenario: Scenario): void {
    this.previous = { scenario: this.scenario, snapshot: this.snapshot() };
    this.load(scenario);
  }

  /**
   * Opens someone else's sandbox (a share link) by replay, keeping this one as `previous` when it holds work, so
   * Restore previous session brings it back. Throws (changing nothing) as `resume` does.
   */
  openShared(scenario: Scenario, snap: SandboxSnapshot): void {
    const current = { scenario: this.scenario, snapshot: this.snapshot() };
    this.resume(scenario, snap);
    if (current.snapshot.calls.length > 0) this.previous = current;
  }

  /** Brings back the sandbox from before the last switch; the one left becomes `previous` in turn. */
  restorePrevious(): void {
    const back = this.previous;
    if (!back) return;
    const current = { scenario: this.scenario, snapshot: this.snapshot() };
    this.resume(back.scenario, back.snapshot);
    this.previous = current;
  }

  /** Starts over on a scenario (the same one to reset). */
  load(scenario: Scenario): void {
    this.playing = false;
    this.scenario = scenario;
    this.calls = [];
    this.applied = 0;
    this.redoStack = [];
    this.#timeline = new Timeline(scenario);
    this.#sim = this.#timeline.start();
    this.origin = this.#sim.now;
    this.horizon = this.#sim.now;
    this.selectedTaskArn = undefined;
    this.changed();
  }

  private changed(): void {
    this.version++;
  }
}
