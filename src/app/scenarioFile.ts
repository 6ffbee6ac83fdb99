import { err, type Result } from '../lib/result';
import type { SandboxSnapshot } from './session.svelte';
import type { SavedSandbox } from './sessionStore';
import { checkSharedSandbox, type SharedSandbox } from './sharedSandbox';

/**
 * Scenario files: the sandbox as a JSON file to keep, mail or put in a course repository, and to open again.
 * The file wraps the same record a share link carries (the scenario and seed, the calls, the clock) in a marked
 * envelope, readable by a person, and is checked the same way when it is opened (sharedSandbox.ts).
 */

/** The envelope's marker: a JSON file without it is not ours, whatever else it holds. */
export const SCENARIO_FILE_FORMAT = 'ecs-sandbox/scenario';
/** Larger than any file the sandbox writes within its call bound; a bigger one is refused before parsing. */
export const MAX_FILE_CHARS = 5_000_000;

export interface ScenarioFile {
  readonly format: typeof SCENARIO_FILE_FORMAT;
  readonly version: 1;
  /** the scenario's title when exported, for a person reading the file */
  readonly title: string;
  readonly sandbox: SavedSandbox;
}

/** The file's text: indented JSON, one call per few lines, so a diff of two files reads well. */
export function scenarioFileText(snapshot: SandboxSnapshot, title: string): string {
  const file: ScenarioFile = {
    format: SCENARIO_FILE_FORMAT,
    version: 1,
    title,
    sandbox: { version: 1, ...snapshot },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A name for the download: the scenario's id and the simulated time, e.g. `mixed-fleet-t3600s.json`. */
export const scenarioFileName = (snapshot: SandboxSnapshot): string =>
  `${snapshot.scenarioId.replace(/[^\w-]+/g, '-')}-t${Math.round(snapshot.time)}s.json`;

/** The sandbox a file holds, checked, or what is wrong with the file. */
export function readScenarioFile(text: string): Result<SharedSandbox, string> {
  if (text.length > MAX_FILE_CHARS)
    return err(
      `This file is too large to be a scenario (${text.length.toLocaleString('en-US')} characters; ` +
        `a scenario file is at most ${MAX_FILE_CHARS.toLocaleString('en-US')}).`,
    );
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (e) {
    return err(`This file is not JSON (${e instanceof Error ? e.message : String(e)}).`);
  }
  const envelope = file as Partial<ScenarioFile> | null;
  if (typeof envelope !== 'object' || envelope === null || envelope.format !== SCENARIO_FILE_FORMAT)
    return err(
      `This JSON is not an ECS Sandbox scenario file: its "format" should be "${SCENARIO_FILE_FORMAT}". ` +
        'Export one with "Export scenario" in the sandbox.',
    );
  if (envelope.version !== 1)
    return err(
      `This scenario file has version ${JSON.stringify(envelope.version)}; this sandbox reads version 1.`,
    );
  return checkSharedSandbox(JSON.stringify(envelope.sandbox ?? null), 'scenario file');
}
