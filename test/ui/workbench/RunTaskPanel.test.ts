import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { findScenario, webTaskDefinition } from '../../../src/app/scenarios';
import { Session } from '../../../src/app/session.svelte';
import RunTaskPanel from '../../../src/ui/workbench/RunTaskPanel.svelte';

const open = (session: Session) => render(RunTaskPanel, { session, onHighlight: () => {} });
const taskDefinitionSelect = () =>
  screen.getByRole<HTMLSelectElement>('combobox', { name: 'Task definition' });

afterEach(cleanup);

describe('RunTaskPanel', () => {
  it('keeps every field when its tab is closed and opened again', async () => {
    const session = new Session(findScenario('mixed-fleet')!);
    const first = open(session);
    await fireEvent.input(screen.getByRole('spinbutton', { name: 'Count' }), { target: { value: '7' } });
    await fireEvent.click(screen.getByRole('checkbox', { name: /distinctInstance/ }));
    await fireEvent.input(screen.getByRole('textbox', { name: 'memberOf expression' }), {
      target: { value: 'attribute:ecs.instance-type =~ t3.*' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Remove strategy 1' }));
    first.unmount();

    open(session);
    expect(screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Count' }).value).toBe('7');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /distinctInstance/ }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'memberOf expression' }).value).toBe(
      'attribute:ecs.instance-type =~ t3.*',
    );
    expect(screen.queryByRole('button', { name: 'Remove strategy 1' })).toBeNull();
    expect(screen.getByText(/No strategy/)).toBeTruthy();
  });

  it('keeps the last outcome across a tab switch', async () => {
    const session = new Session(findScenario('mixed-fleet')!);
    const first = open(session);
    await fireEvent.click(screen.getByRole('button', { name: 'Run task' }));
    expect(screen.getByText(/3 tasks placed/)).toBeTruthy();
    first.unmount();
    open(session);
    expect(screen.getByText(/3 tasks placed/)).toBeTruthy();
  });

  it('follows a newly registered revision until the learner picks one, then keeps the pick', async () => {
    const session = new Session(findScenario('mixed-fleet')!);
    open(session);
    expect(taskDefinitionSelect().value).toBe('web:1');
    session.call('ecs', 'RegisterTaskDefinition', webTaskDefinition);
    flushSync();
    expect(taskDefinitionSelect().value).toBe('web:2');

    await fireEvent.change(taskDefinitionSelect(), { target: { value: 'web:1' } });
    session.call('ecs', 'RegisterTaskDefinition', webTaskDefinition);
    flushSync();
    expect(taskDefinitionSelect().value).toBe('web:1');
    expect(session.runTask.taskDefinition).toBe('web:1');
  });
});
