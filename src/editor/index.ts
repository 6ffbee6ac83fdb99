/**
 * The lazily loaded editor bundle: everything here pulls in Monaco. Load it with `loadEditor()` from
 * `./lazy` so it stays out of the first page's JavaScript.
 */
export { CodeEditor } from './CodeEditor';
export type { CodeEditorOptions } from './CodeEditor';
export { RevisionDiff } from './RevisionDiff';
export type { DiffSide } from './RevisionDiff';
export { taskDefinitionDocument } from './taskDefinitionDocument';
export { createServiceDocument } from './createServiceDocument';
