/**
 * The lazy-load boundary for Monaco. UI components import only this file (and types); the dynamic import
 * puts Monaco, its CSS and its workers in chunks that load when an editor is first shown.
 */
import type * as editorModule from './index';

export type EditorModule = typeof editorModule;

let pending: Promise<EditorModule> | undefined;

/** Loads the editor bundle once; later calls share the same promise. A failed load can be retried. */
export function loadEditor(): Promise<EditorModule> {
  pending ??= import('./index').catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
