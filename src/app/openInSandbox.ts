import { isAwsError, loadLaterEngine } from '../engine/index';
import { liveSession } from './app.svelte';
import { routeHash } from './router';
import { loadScenarioBuilds } from './scenarios';
import type { Session } from './session.svelte';
import { buildScenario, type Scenario } from './timeline';

/**
 * Opening something in the sandbox: a quiz option's configuration ("run it"), a drill's reproduction of an
 * error, anything that builds a scenario of its own. Such an ad-hoc scenario has an id `<prefix>:<rest>`; the
 * module that makes them registers a source for its prefix, so a sandbox saved on one can be rebuilt after a
 * reload (sessionStore.ts `prepareRestore` asks `resolveSaved`). The sandbox shows a banner above an ad-hoc
 * scenario (src/ui/workbench/RunBanner.svelte) with a way back to where the learner came from.
 */

/** An ad-hoc scenario: what the banner says about it. */
export interface SandboxRun extends Scenario {
  /** what to look at once it has run ("the service's events") */
  readonly look?: string;
  /**
   * The AWS error a step of the build was refused with, once built: a refusal can be the very outcome to see,
   * so the build keeps going (time still passes) and the banner shows it.
   */
  readonly refused?: () => { readonly name: string; readonly message: string } | undefined;
  /** where "Back" goes when the sandbox was restored after a reload, e.g. `#/exam` */
  readonly returnTo?: string;
}

/** `runit:lesson/item/option` → `runit`; undefined for the built-in scenarios' plain ids. */
export const adHocPrefix = (id: string): string | undefined => /^([a-z][a-z0-9-]*):./.exec(id)?.[1];

type Resolve = (id: string) => Scenario | undefined;

const sources = new Map<string, Resolve>();

/**
 * Modules that register a source, by prefix: what a reload imports to resolve a saved ad-hoc id before the
 * sandbox is rebuilt. A source whose ids should survive a reload adds its module here.
 */
const SOURCE_MODULES: Readonly<Record<string, () => Promise<{ registerSource: () => Promise<void> }>>> = {
  runit: () => import('./exam/runIt'),
  decode: () => import('./decodeError/source'),
};

/** Makes ids `<prefix>:…` resolvable (again, after a reload). Registering a prefix again replaces its source. */
export function registerScenarioSource(prefix: string, resolve: Resolve): void {
  if (!/^[a-z][a-z0-9-]*$/.test(prefix))
    throw new Error(`scenario source prefix "${prefix}": use lower-case letters, digits and dashes`);
  sources.set(prefix, resolve);
}

/** The ad-hoc scenario an id names, through its prefix's source; undefined when nobody knows it. */
export function resolveAdHoc(id: string): Scenario | undefined {
  const prefix = adHocPrefix(id);
  const resolve = prefix === undefined ? undefined : sources.get(prefix);
  try {
    const found = resolve?.(id);
    return found?.id === id ? found : undefined;
  } catch {
    // a source that fails on an id it no longer understands (an older save) resolves nothing
    return undefined;
  }
}

/**
 * Resolves a saved sandbox's ad-hoc scenario id after a reload: loads what building it needs (the later engine,
 * the scenario builds, the module of its source) first. Never throws: undefined means "restore the default
 * scenario and say why" (sessionStore.ts `restoreSandbox`).
 */
export async function resolveSaved(id: string): Promise<Scenario | undefined> {
  const prefix = adHocPrefix(id);
  if (prefix === undefined) return undefined;
  try {
    await Promise.all([loadLaterEngine(), loadScenarioBuilds()]);
    if (!sources.has(prefix)) await (await SOURCE_MODULES[prefix]?.())?.registerSource();
  } catch {
    // a failed load: resolve with what is registered
  }
  return resolveAdHoc(id);
}

let bound: Session | undefined;
/** Where "Back" on the banner goes: the address the learner opened the run from. */
let cameFrom: string | undefined;

/** The sandbox `openInSandbox` switches: the app's own unless a test binds another. */
export function bindSandbox(session: Session | undefined): void {
  bound = session;
}

const sandbox = (): Session => {
  const session = bound ?? liveSession;
  if (!session) throw new Error('The sandbox has not started yet: open it once, then try again.');
  return session;
};

/**
 * Switches the sandbox to an ad-hoc scenario and shows it (`#/sandbox`). The sandbox as it was is kept as
 * `previous` (the banner's "Back" brings it back); opening one run after another keeps the learner's own
 * sandbox as `previous` rather than the run before. A scenario whose build fails leaves the sandbox untouched
 * and rejects with the reason. `from` is where "Back" returns to (the current address by default).
 */
export async function openInSandbox(scenario: Scenario, from: string = currentHash()): Promise<void> {
  const session = sandbox();
  await session.loadLaterEngine();
  try {
    // built once on the side first: a build that throws must not leave a half-switched sandbox
    buildScenario(scenario);
  } catch (e) {
    const why = isAwsError(e) ? `${e.name}: ${e.message}` : e instanceof Error ? e.message : String(e);
    throw new Error(`"${scenario.title}" could not be built in the sandbox (${why}).`, { cause: e });
  }
  const onRun = adHocPrefix(session.scenario.id) !== undefined && session.previous !== undefined;
  if (onRun) session.load(scenario);
  else session.switchTo(scenario);
  // opened from the sandbox itself (a run inside a run): "Back" still leads where the first run came from
  if (from !== routeHash({ mode: 'sandbox' })) cameFrom = from;
  if (typeof location !== 'undefined') location.hash = routeHash({ mode: 'sandbox' });
}

/** Where the banner's "Back" leads: where the run was opened from, or where the run says after a reload. */
export const returnAddress = (scenario: Scenario): string | undefined =>
  cameFrom ?? (scenario as SandboxRun).returnTo;

/**
 * Leaves the ad-hoc scenario: the sandbox from before it comes back (the default scenario after a reload, when
 * nothing was kept) and the address goes back to where the run was opened from.
 */
export async function leaveRun(fallback: Scenario): Promise<void> {
  const session = sandbox();
  const back = returnAddress(session.scenario);
  await session.loadLaterEngine();
  if (session.previous && adHocPrefix(session.previous.scenario.id) === undefined) session.restorePrevious();
  else session.switchTo(fallback);
  cameFrom = undefined;
  if (back !== undefined && typeof location !== 'undefined') location.hash = back;
}

const currentHash = (): string => (typeof location === 'undefined' ? '' : location.hash);
