/**
 * A Monaco editor for one YAML file (a Copilot manifest). Monaco has only the YAML tokenizer (no language
 * service), so the problems come from the app's validator and are shown here as markers. Loaded lazily by the
 * Copilot tab (`import('…/editor/yamlEditor')`), in the same chunk family as the JSON editors.
 */
import { monaco } from './monacoSetup';
import 'monaco-editor/languages/definitions/yaml/register';

/** A problem to mark: 1-based positions, as the validator reports them. */
export interface YamlMarker {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

const OWNER = 'copilot-manifest';
let nextId = 0;

export class YamlEditor {
  readonly #editor: monaco.editor.IStandaloneCodeEditor;
  readonly #model: monaco.editor.ITextModel;
  readonly #subscriptions: monaco.IDisposable[] = [];

  constructor(container: HTMLElement, options: { readonly text: string; readonly ariaLabel: string }) {
    nextId += 1;
    this.#model = monaco.editor.createModel(
      options.text,
      'yaml',
      monaco.Uri.parse(`inmemory://ecs-sandbox/copilot-${nextId}.yml`),
    );
    this.#editor = monaco.editor.create(container, {
      model: this.#model,
      ariaLabel: options.ariaLabel,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 2,
      insertSpaces: true,
      // the tab is narrow: wrap long lines (comments) rather than scroll sideways
      wordWrap: 'on',
      fixedOverflowWidgets: true,
    });
  }

  get text(): string {
    return this.#model.getValue();
  }

  /** Replaces the text (another file chosen, or the CLI rewrote it); keeps the undo stack of this model. */
  setText(text: string): void {
    if (text !== this.#model.getValue()) this.#model.setValue(text);
  }

  onChange(listener: (text: string) => void): () => void {
    const sub = this.#model.onDidChangeContent(() => listener(this.#model.getValue()));
    this.#subscriptions.push(sub);
    return () => sub.dispose();
  }

  setMarkers(markers: ReadonlyArray<YamlMarker>): void {
    monaco.editor.setModelMarkers(
      this.#model,
      OWNER,
      markers.map((m) => ({
        startLineNumber: m.line,
        startColumn: m.column,
        endLineNumber: m.endLine,
        // an empty range would draw nothing: mark at least one character
        endColumn: m.endLine === m.line && m.endColumn <= m.column ? m.column + 1 : m.endColumn,
        message: m.message,
        severity: m.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
      })),
    );
  }

  /** Puts the cursor on a problem (from the problem list). */
  reveal(line: number, column: number): void {
    this.#editor.setPosition({ lineNumber: line, column });
    this.#editor.revealLineInCenter(line);
    this.#editor.focus();
  }

  dispose(): void {
    for (const s of this.#subscriptions) s.dispose();
    monaco.editor.setModelMarkers(this.#model, OWNER, []);
    this.#editor.dispose();
    this.#model.dispose();
  }
}
