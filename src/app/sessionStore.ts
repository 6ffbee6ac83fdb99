import { err, ok, type Result } from '../lib/result';
import { isRecord, loadStored, parseVersioned, saveStored, type StoredFormat } from './exam/storage';
import type { KeyValueStore } from './progress';
import type { SandboxSnapshot, Session } from './session.svelte';
import type { Scenario } from './timeline';

/**
 * The sandbox survives a reload: its snapshot (scenario id and seed, the learner's calls, the clock) is kept in
 * browser storage and rebuilt by replay, like undo. Kept the same way as lesson progress: versioned, validated,
 * and set aside with a message when it cannot be read.
 */
export interface SavedSandbox extends SandboxSnapshot {
  readonly version: 1;
}

export const SANDBOX_KEY = 'ecs-sandbox:sandbox';
const CURRENT_VERSION = 1;

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkCall(v: unknown, i: number): string | undefined {
  if (!isRecord(v)) return `call ${i + 1} is not an object`;
  if (!isFiniteNumber(v.at) || v.at < 0) return `call ${i + 1} has no valid time ("at")`;
  if (typeof v.service !== 'string' || typeof v.operation !== 'string')
    return `call ${i + 1} does not name a service and operation`;
  if (!('input' in v)) return `call ${i + 1} has no input`;
  return undefined;
}

function checkSandbox(d: Record<string, unknown>): string | undefined {
  if (typeof d.scenarioId !== 'string') return '"scenarioId" is missing';
  if (!isFiniteNumber(d.seed)) return '"seed" is not a number';
  if (!Array.isArray(d.calls)) return '"calls" is not a list';
  for (const [i, call] of (d.calls as unknown[]).entries()) {
    const problem = checkCall(call, i);
    if (problem) return problem;
  }
  if (!Number.isInteger(d.applied) || (d.applied as number) < 0 || (d.applied as number) > d.calls.length)
    return '"applied" is not a count of the recorded calls';
  if (!isFiniteNumber(d.time) || !isFiniteNumber(d.horizon)) return '"time" or "horizon" is not a number';
  return undefined;
}

export const parseSandbox = (text: string): Result<SavedSandbox, string> =>
  parseVersioned<SavedSandbox>(text, CURRENT_VERSION, [], checkSandbox);

/** Nothing saved yet is stored as "no sandbox" rather than an empty record. */
const SANDBOX_FORMAT: StoredFormat<SavedSandbox | undefined> = {
  key: SANDBOX_KEY,
  label: 'sandbox',
  empty: () => undefined,
  parse: parseSandbox,
};

export interface LoadedSandbox {
  readonly saved?: SavedSandbox;
  /** set when saved data could not be read: what was wrong and where the original was kept */
  readonly warning?: string;
}

export function loadSandbox(store: KeyValueStore, stamp: string): LoadedSandbox {
  const { value, warning } = loadStored(store, SANDBOX_FORMAT, stamp);
  return { ...(value ? { saved: value } : {}), ...(warning === undefined ? {} : { warning }) };
}

export const saveSandbox = (store: KeyValueStore, snapshot: SandboxSnapshot): Result<void, string> =>
  saveStored(store, SANDBOX_FORMAT, { version: CURRENT_VERSION, ...snapshot });

/** The snapshot's scenario, or why it cannot be restored. */
export function scenarioOf(
  saved: SandboxSnapshot,
  find: (id: string) => Scenario | undefined,
): Result<Scenario, string> {
  const scenario = find(saved.scenarioId);
  return scenario ? ok(scenario) : err(`its scenario "${saved.scenarioId}" no longer exists`);
}

/**
 * Copies text that could be parsed but not replayed aside under `<key>:corrupt:<stamp>`, as `loadStored` does
 * for text it cannot parse, and returns the learner's message.
 */
export function setAsideSandbox(store: KeyValueStore, stamp: string, problem: string): string {
  const aside = `${SANDBOX_KEY}:corrupt:${stamp}`;
  try {
    const text = store.getItem(SANDBOX_KEY);
    if (text !== null) store.setItem(aside, text);
  } catch {
    // storage blocked or full: the message still tells the learner what happened
  }
  return `Your saved sandbox could not be restored: ${problem}. A copy was kept under "${aside}" and the sandbox starts fresh.`;
}

/**
 * Restores the saved sandbox into `session`, if there is one. Returns the learner's message when something saved
 * could not be restored (the session is then left as it was: the fresh default scenario).
 */
export function restoreSandbox(
  session: Session,
  store: KeyValueStore,
  stamp: string,
  find: (id: string) => Scenario | undefined,
): string | undefined {
  const { saved, warning } = loadSandbox(store, stamp);
  if (!saved) return warning;
  const scenario = scenarioOf(saved, find);
  if (!scenario.ok) return setAsideSandbox(store, stamp, scenario.error);
  try {
    session.resume(scenario.value, saved);
    return undefined;
  } catch (e) {
    return setAsideSandbox(store, stamp, e instanceof Error ? e.message : String(e));
  }
}
