import { checkedLater, loadLaterEngine, loadRegexSupport } from '../engine/index';
import { err, ok, type Result } from '../lib/result';
import {
  loadRecord,
  parseRecord,
  saveRecord,
  setAside,
  setAsideKey,
  type KeyValueStore,
} from './storage/index';
import { defaultScenario, findScenario, loadScenarioBuilds } from './scenarios';
import { SANDBOX } from './storage/records';
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

export const SANDBOX_KEY = SANDBOX.key;

export const parseSandbox = (text: string): Result<SavedSandbox | undefined, string> =>
  parseRecord(SANDBOX, text);

export interface LoadedSandbox {
  readonly saved?: SavedSandbox;
  /** set when saved data could not be read: what was wrong and where the original was kept */
  readonly warning?: string;
}

export function loadSandbox(store: KeyValueStore, stamp: string): LoadedSandbox {
  const { value, warning } = loadRecord(store, SANDBOX, stamp);
  return { ...(value ? { saved: value } : {}), ...(warning === undefined ? {} : { warning }) };
}

/** Whether the saved text records a call whose request check loads later (engine `checkedLater`). */
const callsCheckedLater = (text: string): boolean =>
  [...text.matchAll(/"service":"([\w-]+)","operation":"(\w+)"/g)].some(
    ([, service, operation]) =>
      checkedLater(service!, operation!) ||
      // a task with start-up work (engine/startup/guard.ts) starts only once its checks, in the later part,
      // have loaded; the first screen's scenario registers no such definition, so the learner's calls name it
      (service === 'ecs' && operation === 'RunTask' && STARTUP_WORK.test(text)),
  );

/** What in a task definition makes a task do start-up work (engine/startup/guard.ts `checkedAtStart`). */
const STARTUP_WORK =
  /taskRoleArn|awslogs|"secrets"|secretOptions|environmentFiles|\.dkr\.ecr\.|efsVolumeConfiguration/;

/**
 * Readies the engine for restoring: a saved sandbox whose calls used `=~` / `!~` replays them, and RE2 loads on
 * demand (src/engine/query/regex.ts), so it must be there before the replay; one that made calls beyond the first
 * screen's needs their request checks, which load after the first page (schema/validate.ts).
 * Most saved sandboxes need neither.
 */
export async function prepareRestore(store: KeyValueStore): Promise<void> {
  let text: string | null = null;
  try {
    text = store.getItem(SANDBOX_KEY);
  } catch {
    // storage blocked: there is nothing to restore, and loadSandbox says so
  }
  await prepareReplay(text);
}

/** Readies the engine for replaying a sandbox record's text (saved, or from a share link); see prepareRestore. */
export async function prepareReplay(text: string | null): Promise<void> {
  if (text !== null && /[=!]~/.test(text)) await loadRegexSupport();
  if (text !== null && callsCheckedLater(text)) await loadLaterEngine();
  // a scenario other than the first screen's is built with later operations, from builds that load later too
  const scenarioId = text === null ? undefined : /"scenarioId":"([^"]+)"/.exec(text)?.[1];
  if (scenarioId !== undefined && scenarioId !== defaultScenario.id)
    await Promise.all([loadLaterEngine(), loadScenarioBuilds()]);
  // an ad-hoc scenario (`runit:…`, src/app/openInSandbox.ts) is resolved through the source that made it
  if (scenarioId?.includes(':'))
    savedAdHoc = await import('./openInSandbox').then((m) => m.resolveSaved(scenarioId));
}

/** The ad-hoc scenario a saved sandbox names, once `prepareRestore` resolved it. */
let savedAdHoc: Scenario | undefined;

/** A saved sandbox's scenario: a built-in one, or the ad-hoc one `prepareRestore` resolved. */
export const findSavedScenario = (id: string): Scenario | undefined =>
  savedAdHoc?.id === id ? savedAdHoc : findScenario(id);

export const saveSandbox = (store: KeyValueStore, snapshot: SandboxSnapshot): Result<void, string> =>
  saveRecord(store, SANDBOX, { version: 1 as const, ...snapshot });

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
  // storage blocked or full: the message still tells the learner what happened
  setAside(store, SANDBOX, stamp);
  return `Your saved sandbox could not be restored: ${problem}. A copy was kept under "${setAsideKey(SANDBOX, stamp)}" and the sandbox starts fresh.`;
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
