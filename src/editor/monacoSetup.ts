/**
 * Everything Monaco needs before the first editor is created: workers bundled by Vite (no CDN), the editor
 * contributions we use, and the JSON Schemas the JSON language service validates against. Importing this
 * module is what pulls Monaco into the lazily loaded chunk; nothing on the first page imports it.
 */
import * as monaco from 'monaco-editor/editor';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
// Editor contributions register services when their module is evaluated. The JSON mode imports every
// contribution, but Monaco loads it only once the first JSON model exists, i.e. after the first editor has
// initialised its services; the next editor then fails with "depends on UNKNOWN service". Loading the mode
// here, before any editor exists, avoids that (it is in this chunk either way).
import 'monaco-editor/languages/features/json/jsonMode';
// the suggest widget only appears when its controller is loaded before editor.create()
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import type { JsonSchema } from '../engine/index';

export { monaco };

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

/** Monaco's built-in theme for each page theme (src/ui/theme.css); an unknown or missing one reads as light. */
const MONACO_THEMES: Readonly<Record<string, string>> = {
  light: 'vs',
  dark: 'vs-dark',
  contrast: 'hc-black',
};

/**
 * Monaco's colours follow the page's theme: `<html data-theme>` names it (src/app/themePreference.ts sets it,
 * a layer this one may not import). The theme is global to Monaco, so one observer serves every editor.
 */
function followPageTheme(root: HTMLElement): void {
  const apply = () => monaco.editor.setTheme(MONACO_THEMES[root.dataset.theme ?? ''] ?? 'vs');
  apply();
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
}
followPageTheme(document.documentElement);

/** A JSON Schema the JSON language service applies to every model whose file name ends in `fileSuffix`. */
export interface SchemaBinding {
  readonly uri: string;
  readonly fileSuffix: string;
  readonly schema: JsonSchema;
}

const bindings = new Map<string, SchemaBinding>();

/**
 * Registers (or replaces) a schema with Monaco's JSON language service. Idempotent per `uri`; the options
 * are global to Monaco, so every binding is passed each time.
 */
export function bindSchema(binding: SchemaBinding): void {
  const known = bindings.get(binding.uri);
  // changing the options restarts the JSON worker, so only do it when something changed
  if (known?.schema === binding.schema && known.fileSuffix === binding.fileSuffix) return;
  bindings.set(binding.uri, binding);
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    enableSchemaRequest: false,
    // the engine rejects anything the schema rejects, so say so with the same weight
    schemaValidation: 'error',
    schemas: [...bindings.values()].map((b) => ({
      uri: b.uri,
      fileMatch: [`*${b.fileSuffix}`],
      schema: b.schema,
    })),
  });
}

let nextModelId = 0;

/** A fresh JSON model whose URI ends in `fileSuffix`, so the matching schema applies to it. */
export function createJsonModel(text: string, fileSuffix: string): monaco.editor.ITextModel {
  nextModelId += 1;
  const uri = monaco.Uri.parse(`inmemory://ecs-sandbox/document-${nextModelId}${fileSuffix}`);
  return monaco.editor.createModel(text, 'json', uri);
}
