import { createJsonModel, monaco } from './monacoSetup';

/** One side of a comparison: the text and what the screen reader calls it. */
export interface DiffSide {
  readonly text: string;
  readonly label: string;
}

/**
 * A read-only, side-by-side Monaco diff of two documents (older on the left). `dispose()` frees the editor
 * and both models.
 */
export class RevisionDiff {
  readonly #editor: monaco.editor.IStandaloneDiffEditor;
  readonly #models: monaco.editor.ITextModel[];

  constructor(container: HTMLElement, original: DiffSide, modified: DiffSide) {
    this.#models = [
      createJsonModel(original.text, '.revision.json'),
      createJsonModel(modified.text, '.revision.json'),
    ];
    this.#editor = monaco.editor.createDiffEditor(container, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      originalAriaLabel: original.label,
      modifiedAriaLabel: modified.label,
    });
    this.#editor.setModel({ original: this.#models[0]!, modified: this.#models[1]! });
  }

  dispose(): void {
    this.#editor.dispose();
    for (const m of this.#models) m.dispose();
  }
}
