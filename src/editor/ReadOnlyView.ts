/**
 * A read-only Monaco view of a YAML or JSON text (the Kubernetes tab's two sides). Load it with a dynamic
 * import, like `./lazy.ts` loads the editor bundle: importing it pulls Monaco in.
 */
import 'monaco-editor/languages/definitions/yaml/register';
import { monaco } from './monacoSetup';

export interface ReadOnlyViewOptions {
  readonly text: string;
  readonly language: 'yaml' | 'json';
  /** what screen readers announce for the text */
  readonly ariaLabel: string;
}

let nextViewId = 0;

/** Creates the view in `container` (which needs a size); `setText` replaces the text; `dispose()` frees it. */
export class ReadOnlyView {
  readonly #editor: monaco.editor.IStandaloneCodeEditor;
  readonly #model: monaco.editor.ITextModel;

  constructor(container: HTMLElement, options: ReadOnlyViewOptions) {
    nextViewId += 1;
    // a suffix no JSON Schema binding matches: the ECS side is shown, never validated
    const uri = monaco.Uri.parse(`inmemory://ecs-sandbox/view-${nextViewId}.${options.language}-view`);
    this.#model = monaco.editor.createModel(options.text, options.language, uri);
    this.#editor = monaco.editor.create(container, {
      model: this.#model,
      readOnly: true,
      domReadOnly: true,
      ariaLabel: options.ariaLabel,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      wordWrap: 'on',
      lineNumbers: 'off',
      folding: true,
      fontSize: 14,
      tabSize: 2,
      renderLineHighlight: 'none',
      // Tab moves on to the next control: nothing to type here, so the keyboard must never be trapped
      tabFocusMode: true,
    });
  }

  setText(text: string): void {
    if (this.#model.getValue() !== text) this.#model.setValue(text);
  }

  dispose(): void {
    this.#editor.dispose();
    this.#model.dispose();
  }
}
