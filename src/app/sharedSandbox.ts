import { err, ok, type Result } from '../lib/result';
import type { Session } from './session.svelte';
import {
  findSavedScenario,
  parseSandbox,
  prepareReplay,
  scenarioOf,
  type SavedSandbox,
} from './sessionStore';

/**
 * A sandbox that arrives from outside (a share link, a scenario file): data from anywhere, so it is checked like
 * saved data (the sandbox record's schema) and then bounded, before anything replays it; every call it holds then
 * goes through the engine's request checks like a call typed in the console. `what` names the carrier in the
 * messages ("share link", "scenario file").
 */

/** At most this many calls and this much simulated time: opening must not make the tab replay for minutes. */
export const MAX_SHARED_CALLS = 2_000;
export const MAX_SHARED_SECONDS = 100 * 86_400;

/** A checked sandbox and its record as compact JSON (what `prepareReplay` reads to ready the engine). */
export interface SharedSandbox {
  readonly saved: SavedSandbox;
  readonly text: string;
}

/** Checks the sandbox record's JSON text against the record's schema and the bounds above. */
export function checkSharedSandbox(text: string, what: string): Result<SharedSandbox, string> {
  const parsed = parseSandbox(text);
  if (!parsed.ok) return err(`This ${what} does not describe a sandbox: ${parsed.error}.`);
  const saved = parsed.value;
  if (!saved) return err(`This ${what} does not describe a sandbox.`);
  if (saved.calls.length > MAX_SHARED_CALLS)
    return err(
      `This ${what} holds ${saved.calls.length} actions; the sandbox opens at most ${MAX_SHARED_CALLS}.`,
    );
  const latest = Math.max(saved.time, saved.horizon, ...saved.calls.map((c) => c.at));
  if (!(latest <= MAX_SHARED_SECONDS))
    return err(`This ${what} runs the clock further than the sandbox replays (100 simulated days at most).`);
  return ok({ saved, text });
}

/**
 * Replays a checked sandbox into `session` (the learner's own sandbox is kept as its previous session), after
 * readying the engine for its calls as a restore does. Nothing changes when it cannot be opened; the error says why.
 */
export async function openSharedSandbox(
  session: Session,
  { saved, text }: SharedSandbox,
  what: string,
): Promise<Result<void, string>> {
  try {
    await prepareReplay(text);
  } catch (e) {
    return err(`This ${what} could not be opened: ${e instanceof Error ? e.message : String(e)}.`);
  }
  const scenario = scenarioOf(saved, findSavedScenario);
  if (!scenario.ok)
    return err(`This ${what} could not be opened: ${scenario.error} in this version of the sandbox.`);
  try {
    session.openShared(scenario.value, saved);
  } catch (e) {
    return err(
      `This ${what}'s actions could not be replayed: ${e instanceof Error ? e.message : String(e)}.`,
    );
  }
  return ok(undefined);
}
