import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import RevisionHistory from '../../../src/ui/editor/RevisionHistory.svelte';
import { loadEditor } from '../../../src/editor/lazy';
import type { RevisionEntry } from '../../../src/editor/revisions';
import { FakeRevisionDiff, fakeEditorModule, resetFakes } from './fakeEditorModule';

vi.mock('../../../src/editor/lazy', () => ({ loadEditor: vi.fn() }));
const load = vi.mocked(loadEditor);

const rev = (n: number, detail?: string): RevisionEntry => ({
  id: `arn:aws:ecs:us-east-1:123456789012:task-definition/web:${n}`,
  label: `web:${n}`,
  text: `{"family": "web", "memory": "${n * 256}"}\n`,
  ...(detail ? { detail } : {}),
});

beforeEach(() => {
  resetFakes();
  load.mockReset();
  load.mockResolvedValue(fakeEditorModule);
});
afterEach(() => cleanup());

describe('RevisionHistory', () => {
  it('invites a first registration when there are no revisions', () => {
    render(RevisionHistory, { revisions: [] });
    expect(screen.getByText(/No revisions yet/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Compare' })).toBeNull();
  });

  it('lists revisions newest first, with the status of inactive ones', () => {
    render(RevisionHistory, { revisions: [rev(1, 'INACTIVE'), rev(2), rev(3)] });
    const items = within(screen.getByRole('list', { name: 'Revisions' })).getAllByRole('listitem');
    expect(items.map((i) => i.textContent?.trim())).toEqual(['web:3', 'web:2', 'web:1 INACTIVE']);
  });

  it('opens any revision as a draft when the learner asks', async () => {
    const onOpen = vi.fn();
    render(RevisionHistory, { revisions: [rev(1), rev(2)], onOpen });
    await fireEvent.click(screen.getByRole('button', { name: 'Open web:1 as a draft' }));
    expect(onOpen).toHaveBeenCalledWith(rev(1));
  });

  it('offers no comparison for a single revision', () => {
    render(RevisionHistory, { revisions: [rev(1)] });
    expect(screen.queryByRole('button', { name: 'Compare' })).toBeNull();
  });

  it('compares the two newest revisions by default, older on the left', async () => {
    render(RevisionHistory, { revisions: [rev(1), rev(2), rev(3)] });
    await fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(FakeRevisionDiff.instances).toHaveLength(1));
    const [diff] = FakeRevisionDiff.instances;
    expect(diff!.original).toEqual({ text: rev(2).text, label: 'Revision web:2' });
    expect(diff!.modified).toEqual({ text: rev(3).text, label: 'Revision web:3' });
    expect(screen.getByRole('region', { name: 'Differences between web:2 and web:3' })).toBeInTheDocument();
  });

  it('compares any two revisions the learner picks, and closes the comparison', async () => {
    render(RevisionHistory, { revisions: [rev(1), rev(2), rev(3)] });
    await fireEvent.change(screen.getByRole('combobox', { name: 'Older revision' }), {
      target: { value: rev(1).id },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(FakeRevisionDiff.instances).toHaveLength(1));
    expect(FakeRevisionDiff.instances[0]!.original.label).toBe('Revision web:1');
    await fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(FakeRevisionDiff.instances[0]!.disposed).toBe(true);
    expect(screen.queryByRole('region', { name: /Differences/ })).toBeNull();
  });

  it('selects the two newest revisions again after a new registration', async () => {
    const view = render(RevisionHistory, { revisions: [rev(1), rev(2)] });
    await view.rerender({ revisions: [rev(1), rev(2), rev(3)] });
    expect(screen.getByRole('combobox', { name: 'Older revision' })).toHaveValue(rev(2).id);
    expect(screen.getByRole('combobox', { name: 'Newer revision' })).toHaveValue(rev(3).id);
  });

  it('says so when the comparison cannot be loaded', async () => {
    load.mockRejectedValueOnce(new Error('offline'));
    render(RevisionHistory, { revisions: [rev(1), rev(2)] });
    await fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('offline');
  });
});
