import { loadLaterEngine, loadRegexSupport } from '../../engine/index';
import { err, ok, type Result } from '../../lib/result';
import { findScenario } from '../scenarios';
import type { Session } from '../session.svelte';
import { buildImport, type Imported } from './build';
import { problemText, type Paste } from './described';
import { readPastes } from './read';

/**
 * Bring your own cluster: pasted describe-* outputs become a sandbox (see build.ts). Everything happens in the
 * page: nothing is sent anywhere and no credentials are asked for. The app loads this module only when the
 * learner opens the import dialog.
 */

export type { Paste } from './described';
export type { ReportLine, Outcome } from './report';
export type { Imported } from './build';

/** The scenario an import is built on: the account as it is before anything is created. */
export const IMPORT_SCENARIO_ID = 'empty';

/**
 * Reads the pastes and builds the sandbox they describe, without touching the learner's sandbox. Resolves to the
 * sandbox record and its report, or to the problems (each naming the paste, the path and the fix).
 */
export async function importCluster(
  pastes: ReadonlyArray<Paste>,
): Promise<Result<Imported, ReadonlyArray<string>>> {
  const read = readPastes(pastes);
  if (!read.ok) return err(read.error.map(problemText));
  const scenario = findScenario(IMPORT_SCENARIO_ID);
  if (!scenario) return err([`The sandbox has no "${IMPORT_SCENARIO_ID}" scenario to build on.`]);
  // services and the other later operations load after the first page; RE2 with the first `=~` in a constraint
  await Promise.all([
    loadLaterEngine(),
    pastes.some((p) => /[=!]~/.test(p.text)) ? loadRegexSupport() : undefined,
  ]);
  try {
    return ok(buildImport(read.value, scenario));
  } catch (e) {
    // a bug, not the learner's paste: say so rather than leave the dialog hanging
    return err([`The import stopped unexpectedly (${e instanceof Error ? e.message : String(e)}).`]);
  }
}

/**
 * Opens an import in the sandbox by replay, as a share link opens, keeping the learner's own sandbox as the
 * previous session (Restore previous session brings it back).
 */
export function openImported(session: Session, imported: Imported): void {
  const scenario = findScenario(imported.saved.scenarioId)!;
  session.openShared(scenario, imported.saved);
}
