import { bindSchema, createJsonModel, monaco } from './monacoSetup';
import type { DocumentKind } from './documentKind';
import { parseJsonTree, pathAtOffset } from './jsonTree';
import { notSimulatedNotes } from './notSimulated';
import { checkDocument, sortProblems } from './problems';
import type { EditorProblem, LocatedProblem } from './problems';

export interface CodeEditorOptions {
  readonly text: string;
  readonly kind: DocumentKind;
  /** what screen readers announce for the text area */
  readonly ariaLabel: string;
  /** quiet time after typing before the engine's checks run, in ms (default 300) */
  readonly checkDelayMs?: number;
}

type Listener<T> = (value: T) => void;

/** marker owner for the engine's semantic problems (the JSON service uses 'json') */
const ENGINE_OWNER = 'ecs-sandbox';
/** marker owner for the informational "not simulated" notes (below Warning, so not in the problems list) */
const NOTES_OWNER = 'ecs-sandbox-notes';

/**
 * A Monaco editor for one request shape. Owns its model, its markers and its listeners; `dispose()` frees
 * all of them. The JSON Schema gives completion, hover and schema diagnostics; the engine's checks run on
 * the parsed text after each pause in typing and appear as markers with the engine's exact wording.
 */
export class CodeEditor {
  readonly #editor: monaco.editor.IStandaloneCodeEditor;
  readonly #model: monaco.editor.ITextModel;
  readonly #kind: DocumentKind;
  readonly #checkDelayMs: number;
  readonly #subscriptions: monaco.IDisposable[] = [];
  readonly #textListeners = new Set<Listener<string>>();
  readonly #problemListeners = new Set<Listener<ReadonlyArray<EditorProblem>>>();
  #engineProblems: ReadonlyArray<LocatedProblem> = [];
  #problems: ReadonlyArray<EditorProblem> = [];
  #checkTimer: ReturnType<typeof setTimeout> | undefined;

  /** Creates the editor inside `container` (which should have a size; the layout follows it). */
  constructor(container: HTMLElement, options: CodeEditorOptions) {
    this.#kind = options.kind;
    this.#checkDelayMs = options.checkDelayMs ?? 300;
    bindSchema({
      uri: options.kind.schemaUri,
      fileSuffix: options.kind.fileSuffix,
      schema: options.kind.schema,
    });
    this.#model = createJsonModel(options.text, options.kind.fileSuffix);
    this.#editor = monaco.editor.create(container, {
      model: this.#model,
      ariaLabel: options.ariaLabel,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 2,
      fixedOverflowWidgets: true,
      quickSuggestions: { strings: true, other: true, comments: false },
    });
    this.#subscriptions.push(
      this.#model.onDidChangeContent(() => {
        const text = this.text;
        for (const listener of this.#textListeners) listener(text);
        this.#scheduleCheck();
      }),
      monaco.editor.onDidChangeMarkers((uris) => {
        if (uris.some((u) => u.toString() === this.#model.uri.toString())) this.#refreshProblems();
      }),
    );
    this.#runCheck();
  }

  /** The current text of the document. */
  get text(): string {
    return this.#model.getValue();
  }

  /** Every problem Monaco shows for the document (schema, syntax and engine), in reading order. */
  get problems(): ReadonlyArray<EditorProblem> {
    return this.#problems;
  }

  /** Replaces the whole text as one undoable edit (Ctrl/Cmd+Z brings the previous text back). */
  replaceText(text: string): void {
    this.#editor.pushUndoStop();
    this.#editor.executeEdits('replace-text', [{ range: this.#model.getFullModelRange(), text }]);
    this.#editor.pushUndoStop();
  }

  /** Moves the cursor to the problem, selects its range, scrolls it into view and focuses the editor. */
  reveal(problem: EditorProblem): void {
    const range = new monaco.Range(
      problem.startLineNumber,
      problem.startColumn,
      problem.endLineNumber,
      problem.endColumn,
    );
    this.#editor.setSelection(range);
    this.#editor.revealRangeInCenterIfOutsideViewport(range);
    this.#editor.focus();
  }

  focus(): void {
    this.#editor.focus();
  }

  /** Calls `listener` with the full text after every change. Returns the unsubscribe function. */
  onDidChangeText(listener: Listener<string>): () => void {
    this.#textListeners.add(listener);
    return () => this.#textListeners.delete(listener);
  }

  /** Calls `listener` whenever the problems change. Returns the unsubscribe function. */
  onDidChangeProblems(listener: Listener<ReadonlyArray<EditorProblem>>): () => void {
    this.#problemListeners.add(listener);
    return () => this.#problemListeners.delete(listener);
  }

  dispose(): void {
    clearTimeout(this.#checkTimer);
    this.#textListeners.clear();
    this.#problemListeners.clear();
    for (const s of this.#subscriptions) s.dispose();
    monaco.editor.setModelMarkers(this.#model, ENGINE_OWNER, []);
    monaco.editor.setModelMarkers(this.#model, NOTES_OWNER, []);
    this.#editor.dispose();
    this.#model.dispose();
  }

  #scheduleCheck(): void {
    clearTimeout(this.#checkTimer);
    this.#checkTimer = setTimeout(() => this.#runCheck(), this.#checkDelayMs);
  }

  #runCheck(): void {
    const text = this.text;
    this.#engineProblems = checkDocument(text, this.#kind.check);
    monaco.editor.setModelMarkers(
      this.#model,
      ENGINE_OWNER,
      this.#engineProblems.map((p) => {
        const start = this.#model.getPositionAt(p.start);
        const end = this.#model.getPositionAt(p.end);
        return {
          severity: monaco.MarkerSeverity.Error,
          message: p.message,
          code: p.errorName,
          source: 'ECS',
          startLineNumber: start.lineNumber,
          startColumn: start.column,
          endLineNumber: end.lineNumber,
          endColumn: end.column,
        };
      }),
    );
    monaco.editor.setModelMarkers(
      this.#model,
      NOTES_OWNER,
      notSimulatedNotes(text, this.#kind.schema).map((note) => {
        const start = this.#model.getPositionAt(note.start);
        const end = this.#model.getPositionAt(note.end);
        return {
          severity: monaco.MarkerSeverity.Info,
          message: note.message,
          source: 'ECS Sandbox',
          startLineNumber: start.lineNumber,
          startColumn: start.column,
          endLineNumber: end.lineNumber,
          endColumn: end.column,
        };
      }),
    );
  }

  #refreshProblems(): void {
    const root = parseJsonTree(this.text);
    const engineByMessage = new Map(this.#engineProblems.map((p) => [`${p.start}:${p.message}`, p]));
    const problems: EditorProblem[] = [];
    for (const marker of monaco.editor.getModelMarkers({ resource: this.#model.uri })) {
      if (marker.severity < monaco.MarkerSeverity.Warning) continue;
      const offset = this.#model.getOffsetAt({
        lineNumber: marker.startLineNumber,
        column: marker.startColumn,
      });
      const engine =
        marker.owner === ENGINE_OWNER ? engineByMessage.get(`${offset}:${marker.message}`) : undefined;
      problems.push({
        path: engine ? engine.field : root ? pathAtOffset(root, offset) : '',
        message: marker.message,
        ...(engine ? { errorName: engine.errorName } : {}),
        severity: marker.severity >= monaco.MarkerSeverity.Error ? 'error' : 'warning',
        source: marker.owner === ENGINE_OWNER ? 'engine' : 'schema',
        startLineNumber: marker.startLineNumber,
        startColumn: marker.startColumn,
        endLineNumber: marker.endLineNumber,
        endColumn: marker.endColumn,
      });
    }
    this.#problems = sortProblems(problems);
    for (const listener of this.#problemListeners) listener(this.#problems);
  }
}
