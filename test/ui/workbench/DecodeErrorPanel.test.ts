import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { scenarioFor } from '../../../src/app/decodeError/scenarios';
import { bindSandbox } from '../../../src/app/openInSandbox';
import { findScenario } from '../../../src/app/scenarios';
import { Session } from '../../../src/app/session.svelte';
import { loadLaterEngine } from '../../../src/engine';
import DecodeErrorPanel from '../../../src/ui/workbench/DecodeErrorPanel.svelte';

beforeAll(() => loadLaterEngine());

afterEach(() => {
  cleanup();
  bindSandbox(undefined);
});

describe('the "Decode an error" panel', { timeout: 30_000 }, () => {
  it('decodes pasted text, explains it, and answers unknown text with what it knows', async () => {
    const session = new Session(findScenario('mixed-fleet')!);
    render(DecodeErrorPanel, { session });
    const box = screen.getByLabelText('Error text');
    await fireEvent.input(box, { target: { value: 'Essential container in task exited' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Decode' }));
    expect(screen.getByRole('heading', { name: /An essential container exited/ })).toBeInTheDocument();
    expect(screen.getByText('Usual fixes')).toBeInTheDocument();
    await fireEvent.input(box, { target: { value: 'the printer is on fire' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Decode' }));
    expect(screen.getByRole('heading', { name: 'Not recognised' })).toBeInTheDocument();
    const known = screen.getByRole('list', { name: 'The failures it knows:' });
    expect(within(known).getByText(/A static host port is already in use/)).toBeInTheDocument();
    // the learner's text is kept
    expect(box).toHaveValue('the printer is on fire');
  });

  it('offers the errors already in the sandbox, and reproduces one in the sandbox', async () => {
    const session = new Session(scenarioFor('pull-not-found')!);
    bindSandbox(session);
    render(DecodeErrorPanel, { session });
    await fireEvent.click(screen.getByText(/Errors in this sandbox/));
    await fireEvent.click(screen.getByRole('button', { name: 'The image (or its tag) does not exist' }));
    expect((screen.getByLabelText('Error text') as HTMLTextAreaElement).value).toMatch(
      /^CannotPullContainerError: .*nginx:1\.99: not found/,
    );
    expect(
      screen.getByRole('heading', { name: 'The image (or its tag) does not exist' }),
    ).toBeInTheDocument();
    // another failure's example, then its reproduction
    await fireEvent.change(screen.getByLabelText('Examples to try'), { target: { value: 'host-port' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Try it' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Reproduce in the sandbox' }));
    await waitFor(() => expect(session.scenario.id).toBe('decode:host-port'), { timeout: 20_000 });
  });
});
