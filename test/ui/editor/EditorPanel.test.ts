import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import EditorPanel from '../../../src/ui/workbench/EditorPanel.svelte';
import { Session } from '../../../src/app/session.svelte';
import { DRAFTS_KEY } from '../../../src/app/drafts';
import { webTaskDefinition } from '../../../src/app/scenarios';
import type { Scenario } from '../../../src/app/timeline';
import { loadEditor } from '../../../src/editor/lazy';
import { FakeCodeEditor, fakeEditorModule, resetFakes } from './fakeEditorModule';

vi.mock('../../../src/editor/lazy', () => ({ loadEditor: vi.fn() }));

const scenario = (id: string): Scenario => ({
  id,
  title: id,
  description: '',
  seed: 1,
  build: (sim) => void sim.callByName('ecs', 'RegisterTaskDefinition', webTaskDefinition),
});

const storeDrafts = (drafts: Record<string, string>) =>
  localStorage.setItem(
    DRAFTS_KEY,
    JSON.stringify({
      version: 1,
      drafts: Object.fromEntries(Object.entries(drafts).map(([id, text]) => [id, { text, savedAt: 1 }])),
    }),
  );

async function open(scenarioId: string) {
  render(EditorPanel, { session: new Session(scenario(scenarioId)) });
  await waitFor(() => expect(FakeCodeEditor.instances).toHaveLength(1));
  await waitFor(() => expect(screen.getByRole('button', { name: 'Register' })).toBeEnabled());
  return FakeCodeEditor.instances[0]!;
}

beforeEach(() => {
  resetFakes();
  localStorage.clear();
  vi.mocked(loadEditor).mockResolvedValue(fakeEditorModule);
});
afterEach(() => cleanup());

describe('EditorPanel', () => {
  it('keeps the sandbox draft out of a lesson, and each lesson’s draft to itself', async () => {
    storeDrafts({ 'sandbox/task-definition': 'sandbox text', 'lesson:01-first/task-definition': 'lesson 1' });
    expect((await open('lesson:02-memory')).options.text).not.toMatch(/sandbox text|lesson 1/);
    cleanup();
    resetFakes();
    expect((await open('lesson:01-first')).options.text).toBe('lesson 1');
    cleanup();
    resetFakes();
    expect((await open('mixed-fleet')).options.text).toBe('sandbox text');
  });

  it('brings back the draft saved before drafts had contexts in the sandbox', async () => {
    storeDrafts({ 'task-definition': 'from before' });
    expect((await open('mixed-fleet')).options.text).toBe('from before');
  });

  it('opens a registered revision as a draft without the members ECS adds', async () => {
    const editor = await open('mixed-fleet');
    await fireEvent.click(screen.getByRole('button', { name: 'Open web:1 as a draft' }));
    expect(editor.replacedWith).toHaveLength(1);
    const opened = JSON.parse(editor.replacedWith[0]!) as Record<string, unknown>;
    expect(opened).toMatchObject(webTaskDefinition);
    for (const member of ['taskDefinitionArn', 'revision', 'status', 'requiresAttributes', 'compatibilities'])
      expect(opened).not.toHaveProperty(member);
    expect(screen.getByText(/Opened revision web:1 as a draft/)).toBeInTheDocument();
  });
});
