/**
 * The learner's Copilot workspace: the files Copilot keeps beside the code (`copilot/.workspace`, one
 * `copilot/<name>/manifest.yml` per service or job, `copilot/environments/<env>/manifest.yml`). They live on
 * the learner's machine, not in AWS, so they are app state, not simulator state; the simulator holds what the
 * CLI created (Copilot's own records included: SSM parameters under /copilot/applications/…).
 *
 * One workspace per draft context (the sandbox, or one lesson), saved with the editor drafts (drafts.ts) under
 * `<context>/copilot` as JSON `{ version: 1, files }`, so manifests survive a reload like a task definition draft.
 */
import { parseRoute } from '../router';
import { createDraftStore, draftContextOf, SANDBOX_CONTEXT, type DraftStore } from '../drafts';

export const WORKSPACE_FILE = 'copilot/.workspace';
export const manifestPath = (name: string): string => `copilot/${name}/manifest.yml`;
export const environmentManifestPath = (env: string): string => `copilot/environments/${env}/manifest.yml`;

/** What a workspace file is, read off its path. */
export type FileRole =
  | { readonly kind: 'workspace' }
  | { readonly kind: 'workload'; readonly name: string }
  | { readonly kind: 'environment'; readonly name: string }
  | { readonly kind: 'other' };

export function fileRole(path: string): FileRole {
  if (path === WORKSPACE_FILE) return { kind: 'workspace' };
  const env = /^copilot\/environments\/([^/]+)\/manifest\.yml$/.exec(path);
  if (env) return { kind: 'environment', name: env[1]! };
  const workload = /^copilot\/([^/]+)\/manifest\.yml$/.exec(path);
  if (workload && workload[1] !== 'environments') return { kind: 'workload', name: workload[1]! };
  return { kind: 'other' };
}

interface Saved {
  readonly version: 1;
  readonly files: Readonly<Record<string, string>>;
}

function decode(text: string | undefined): Record<string, string> | undefined {
  if (text === undefined) return {};
  try {
    const saved = JSON.parse(text) as Partial<Saved>;
    if (saved.version !== 1 || typeof saved.files !== 'object' || saved.files === null) return undefined;
    const files: Record<string, string> = {};
    for (const [path, content] of Object.entries(saved.files)) {
      if (typeof content === 'string' && path.startsWith('copilot/')) files[path] = content;
    }
    return files;
  } catch {
    return undefined;
  }
}

/** The application this workspace belongs to (`application: <name>` in copilot/.workspace). */
export const applicationOf = (files: Readonly<Record<string, string>>): string | undefined =>
  /^application:\s*([a-z][a-z0-9-]*)\s*$/m.exec(files[WORKSPACE_FILE] ?? '')?.[1];

export class CopilotWorkspace {
  /** path → text, in the order shown (sorted) */
  files = $state.raw<Readonly<Record<string, string>>>({});
  /** set when the saved workspace could not be read (it is then kept, not overwritten, until the next edit) */
  problem = $state<string | undefined>(undefined);
  readonly #store: DraftStore | undefined;
  readonly #id: string;

  constructor(context: string, store?: DraftStore) {
    this.#store = store;
    this.#id = `${context}/copilot`;
    const files = decode(store?.load(this.#id)?.text);
    if (files) this.files = files;
    else this.problem = 'The saved Copilot files could not be read; this workspace starts empty.';
  }

  get application(): string | undefined {
    return applicationOf(this.files);
  }

  get paths(): ReadonlyArray<string> {
    return Object.keys(this.files).sort();
  }

  read(path: string): string | undefined {
    return this.files[path];
  }

  write(path: string, text: string): void {
    this.files = { ...this.files, [path]: text };
    this.#save();
  }

  remove(path: string): void {
    const { [path]: _gone, ...rest } = this.files;
    this.files = rest;
    this.#save();
  }

  #save(): void {
    this.problem = undefined;
    this.#store?.save(this.#id, JSON.stringify({ version: 1, files: this.files } satisfies Saved));
  }
}

/** a cache, not state: each workspace is reactive itself */
const workspaces: Record<string, CopilotWorkspace> = {};
let sharedStore: DraftStore | undefined;

/** The workspace of a draft context, made once per page (saved in localStorage when the browser has it). */
export function copilotWorkspace(context: string): CopilotWorkspace {
  let ws = workspaces[context];
  if (!ws) {
    sharedStore ??= globalThis.localStorage
      ? createDraftStore({ storage: globalThis.localStorage })
      : undefined;
    ws = new CopilotWorkspace(context, sharedStore);
    workspaces[context] = ws;
  }
  return ws;
}

/** The workspace of a session's scenario (the sandbox's, or the lesson's). */
export const workspaceForScenario = (scenarioId: string): CopilotWorkspace =>
  copilotWorkspace(draftContextOf(scenarioId));

/**
 * The workspace the console's `copilot` commands act on: the one of the screen shown (the address says which:
 * a lesson's own, else the sandbox's). The console panel hands the CLI only the session's calls, so the address is
 * how it knows the context; it matches `draftContextOf(session.scenario.id)` on every screen with a console.
 */
export function activeWorkspace(): CopilotWorkspace {
  const route = parseRoute(globalThis.location?.hash ?? '');
  const context = route.mode === 'lessons' && route.lesson ? `lesson:${route.lesson}` : SANDBOX_CONTEXT;
  return copilotWorkspace(context);
}
