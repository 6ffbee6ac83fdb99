import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import TaskDefinitionEditor from '../../../src/ui/editor/TaskDefinitionEditor.svelte';
import { createDraftStore, taskDefinitionDraftId, type DraftStore } from '../../../src/app/drafts';
import { taskDefinitionTemplates, templateText } from '../../../src/app/templates';
import { loadEditor } from '../../../src/editor/lazy';
import { aProblem, FakeCodeEditor, fakeEditorModule, resetFakes } from './fakeEditorModule';

vi.mock('../../../src/editor/lazy', () => ({ loadEditor: vi.fn() }));
const load = vi.mocked(loadEditor);

let drafts: DraftStore;
const SANDBOX_DRAFT = taskDefinitionDraftId('sandbox');

beforeEach(() => {
  resetFakes();
  load.mockReset();
  load.mockResolvedValue(fakeEditorModule);
  drafts = createDraftStore({ storage: undefined });
});
afterEach(() => cleanup());

async function setup(props: { onRegister?: (json: unknown) => unknown; initialText?: string } = {}) {
  const onRegister = vi.fn(props.onRegister ?? (() => undefined));
  const view = render(TaskDefinitionEditor, { ...props, drafts, onRegister });
  await waitFor(() => expect(FakeCodeEditor.instances).toHaveLength(1));
  await waitFor(() => expect(screen.getByRole('button', { name: 'Register' })).toBeEnabled());
  return { ...view, onRegister, editor: FakeCodeEditor.instances[0]! };
}

describe('TaskDefinitionEditor', () => {
  it('shows a loading state in the editor region until the editor bundle arrives', async () => {
    let resolve!: (m: typeof fakeEditorModule) => void;
    load.mockReturnValue(new Promise((r) => (resolve = r)));
    render(TaskDefinitionEditor, { onRegister: vi.fn(), drafts });
    const region = screen.getByRole('region', { name: 'Task definition editor' });
    expect(within(region).getByRole('status')).toHaveTextContent('Loading the editor');
    expect(screen.getByRole('button', { name: 'Register' })).toBeDisabled();
    resolve(fakeEditorModule);
    await waitFor(() => expect(within(region).queryByRole('status')).toBeNull());
    expect(region).toHaveAttribute('aria-busy', 'false');
  });

  it('starts from the first template when no draft is saved', async () => {
    const { editor } = await setup();
    expect(editor.options.text).toBe(templateText(taskDefinitionTemplates[0]!));
  });

  it('starts from the saved draft, ahead of the initial text', async () => {
    drafts.save(SANDBOX_DRAFT, '{"family": "mine"}');
    const { editor } = await setup({ initialText: '{}' });
    expect(editor.options.text).toBe('{"family": "mine"}');
  });

  it('autosaves what the learner types, at the latest when the editor goes away', async () => {
    const { editor, unmount } = await setup();
    editor.type('{"family": "typed"}');
    unmount();
    expect(drafts.load(SANDBOX_DRAFT)?.text).toBe('{"family": "typed"}');
    expect(editor.disposed).toBe(true);
  });

  it('registers the parsed text and shows the confirmation onRegister returns', async () => {
    const { editor, onRegister } = await setup({ onRegister: () => 'Registered web:4' });
    editor.type('{"family": "web"}');
    await fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(onRegister).toHaveBeenCalledWith({ family: 'web' });
    await waitFor(() => expect(screen.getByText('Registered web:4')).toBeInTheDocument());
  });

  it.each([
    ['Ctrl+S', { ctrlKey: true }],
    ['Cmd+S', { metaKey: true }],
  ])('registers on %s and keeps the browser from saving the page', async (_name, modifiers) => {
    const { onRegister, container } = await setup();
    const event = new KeyboardEvent('keydown', { key: 's', bubbles: true, cancelable: true, ...modifiers });
    container.querySelector('.monaco')!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    await waitFor(() => expect(onRegister).toHaveBeenCalledTimes(1));
  });

  it('shows the engine error name and message when registering fails', async () => {
    const failure = Object.assign(new Error('Container list cannot be empty.'), { name: 'ClientException' });
    await setup({
      onRegister: () => {
        throw failure;
      },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    await waitFor(() =>
      expect(screen.getByText('ClientException: Container list cannot be empty.')).toBeInTheDocument(),
    );
  });

  it('does not call onRegister while the text is not valid JSON, and says why', async () => {
    const { editor, onRegister } = await setup();
    editor.type('{"family": ');
    await fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(onRegister).not.toHaveBeenCalled();
    expect(screen.getByText(/not valid JSON/)).toBeInTheDocument();
  });

  it('lists problems with their path and message, and reveals one when it is activated', async () => {
    const { editor } = await setup();
    const problem = aProblem();
    editor.report([
      problem,
      aProblem({ path: 'bogus', message: 'Property bogus is not allowed.', source: 'schema' }),
    ]);
    const list = await screen.findByRole('list', { name: 'Problems' });
    const rows = within(list).getAllByRole('button');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('containerDefinitions[0].portMappings[0].hostPort');
    expect(rows[0]).toHaveTextContent(problem.message);
    expect(rows[0]).toHaveTextContent('line 12, column 23');
    rows[0]!.focus();
    expect(rows[0]).toHaveFocus();
    await fireEvent.click(rows[0]!);
    expect(editor.revealed).toEqual([problem]);
  });

  it('says so when there are no problems', async () => {
    await setup();
    expect(screen.getByText('No problems found.')).toBeInTheDocument();
  });

  it('replaces the text with a template picked from the menu', async () => {
    const { editor } = await setup();
    const toggle = screen.getByRole('button', { name: 'Templates' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('list', { name: 'Templates' });
    expect(within(menu).getAllByRole('button')).toHaveLength(taskDefinitionTemplates.length);
    const fargate = taskDefinitionTemplates.find((t) => t.id === 'fargate-web')!;
    await fireEvent.click(within(menu).getByRole('button', { name: new RegExp(fargate.title) }));
    expect(editor.replacedWith).toEqual([templateText(fargate)]);
    expect(screen.queryByRole('list', { name: 'Templates' })).toBeNull();
  });

  it('closes the template menu on Escape and returns focus to its button', async () => {
    await setup();
    const toggle = screen.getByRole('button', { name: 'Templates' });
    await fireEvent.click(toggle);
    const first = within(screen.getByRole('list', { name: 'Templates' })).getAllByRole('button')[0]!;
    await fireEvent.keyDown(first, { key: 'Escape' });
    expect(screen.queryByRole('list', { name: 'Templates' })).toBeNull();
    expect(toggle).toHaveFocus();
  });

  it('keeps a separate draft for each draft id', async () => {
    drafts.save(SANDBOX_DRAFT, '{"family": "sandbox"}');
    const onRegister = vi.fn();
    const lessonDraft = taskDefinitionDraftId('lesson:02-memory');
    const { unmount } = render(TaskDefinitionEditor, {
      onRegister,
      drafts,
      draftId: lessonDraft,
      initialText: '{}',
    });
    await waitFor(() => expect(FakeCodeEditor.instances).toHaveLength(1));
    const editor = FakeCodeEditor.instances[0]!;
    expect(editor.options.text).toBe('{}');
    editor.type('{"family": "lesson"}');
    unmount();
    expect(drafts.load(lessonDraft)?.text).toBe('{"family": "lesson"}');
    expect(drafts.load(SANDBOX_DRAFT)?.text).toBe('{"family": "sandbox"}');
  });

  it('opens other text as one undoable replacement and says how to get the old text back', async () => {
    const { editor, component } = await setup();
    expect(component.openText('{"family": "web"}', 'revision web:2 as a draft')).toBe(true);
    expect(editor.replacedWith).toEqual(['{"family": "web"}']);
    expect(editor.focused).toBe(1);
    expect(
      await screen.findByText(
        'Opened revision web:2 as a draft. Undo (Ctrl/Cmd+Z) brings back your previous text.',
      ),
    ).toHaveAttribute('role', 'status');
  });

  it('tells keyboard users how to make Tab leave the editor', async () => {
    await setup();
    expect(screen.getByText(/Tab indents in the editor/)).toHaveTextContent(
      'Press Ctrl+M to make Tab move focus instead',
    );
  });

  it('reports a failed load and loads again on request', async () => {
    load.mockRejectedValueOnce(new Error('network down'));
    render(TaskDefinitionEditor, { onRegister: vi.fn(), drafts });
    expect(await screen.findByRole('alert')).toHaveTextContent('network down');
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(FakeCodeEditor.instances).toHaveLength(1));
    expect(load).toHaveBeenCalledTimes(2);
  });
});
