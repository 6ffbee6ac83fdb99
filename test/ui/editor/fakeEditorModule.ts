import type { EditorModule } from '../../../src/editor/lazy';
import type { EditorProblem } from '../../../src/editor/problems';

/**
 * Stands in for the lazily loaded Monaco bundle (Monaco cannot run in jsdom). Records what the components
 * ask of it and lets a test change the text or the problems as Monaco would.
 */
export class FakeCodeEditor {
  static instances: FakeCodeEditor[] = [];
  text: string;
  problems: ReadonlyArray<EditorProblem> = [];
  readonly options: { text: string; ariaLabel: string };
  readonly revealed: EditorProblem[] = [];
  replacedWith: string[] = [];
  disposed = false;
  focused = 0;
  readonly #textListeners = new Set<(t: string) => void>();
  readonly #problemListeners = new Set<(p: ReadonlyArray<EditorProblem>) => void>();

  constructor(_container: HTMLElement, options: { text: string; ariaLabel: string }) {
    this.options = options;
    this.text = options.text;
    FakeCodeEditor.instances.push(this);
  }
  replaceText(text: string) {
    this.replacedWith.push(text);
    this.type(text);
  }
  reveal(problem: EditorProblem) {
    this.revealed.push(problem);
  }
  focus() {
    this.focused += 1;
  }
  onDidChangeText(l: (t: string) => void) {
    this.#textListeners.add(l);
    return () => this.#textListeners.delete(l);
  }
  onDidChangeProblems(l: (p: ReadonlyArray<EditorProblem>) => void) {
    this.#problemListeners.add(l);
    return () => this.#problemListeners.delete(l);
  }
  dispose() {
    this.disposed = true;
  }
  /** what typing in Monaco does */
  type(text: string) {
    this.text = text;
    for (const l of this.#textListeners) l(text);
  }
  /** what new markers do */
  report(problems: ReadonlyArray<EditorProblem>) {
    this.problems = problems;
    for (const l of this.#problemListeners) l(problems);
  }
}

export class FakeRevisionDiff {
  static instances: FakeRevisionDiff[] = [];
  disposed = false;
  constructor(
    _container: HTMLElement,
    readonly original: { text: string; label: string },
    readonly modified: { text: string; label: string },
  ) {
    FakeRevisionDiff.instances.push(this);
  }
  dispose() {
    this.disposed = true;
  }
}

export const fakeEditorModule = {
  CodeEditor: FakeCodeEditor,
  RevisionDiff: FakeRevisionDiff,
  taskDefinitionDocument: { schemaUri: 'test', fileSuffix: '.test.json', schema: {}, check: () => [] },
} as unknown as EditorModule;

export function resetFakes() {
  FakeCodeEditor.instances = [];
  FakeRevisionDiff.instances = [];
}

export const aProblem = (overrides: Partial<EditorProblem> = {}): EditorProblem => ({
  path: 'containerDefinitions[0].portMappings[0].hostPort',
  message: 'When networkMode=awsvpc, the host ports and container ports in port mappings must match.',
  errorName: 'ClientException',
  severity: 'error',
  source: 'engine',
  startLineNumber: 12,
  startColumn: 23,
  endLineNumber: 12,
  endColumn: 25,
  ...overrides,
});
