import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { findScenario } from '../../src/app/scenarios';
import { Session } from '../../src/app/session.svelte';
import ClusterMap from '../../src/ui/ClusterMap.svelte';
import WhatIfPanel from '../../src/ui/workbench/WhatIfPanel.svelte';

afterEach(() => cleanup());

/** The comparison table's row for a key number, as cell texts: [label, now, what if, difference]. */
const row = (label: RegExp) =>
  within(screen.getByRole('rowheader', { name: label }).closest('tr')!)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('WhatIfPanel', { timeout: 30_000 }, () => {
  it('forks, makes a change, runs both futures on and compares them, leaving the sandbox alone', async () => {
    const session = new Session(findScenario('web-behind-alb')!);
    const before = JSON.stringify(session.sim.state);
    render(WhatIfPanel, { session, ClusterMap });

    await fireEvent.click(screen.getByRole('button', { name: 'Fork here' }));
    const picker = screen.getByRole('combobox', { name: 'Common change' });
    expect(picker).toHaveFocus();
    expect(screen.getByRole('figure', { name: 'Now' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'What if: no change yet' })).toBeInTheDocument();

    const drain = within(picker).getAllByRole('option', { name: /^drain / })[0]!;
    await fireEvent.change(picker, { target: { value: (drain as HTMLOptionElement).value } });
    await fireEvent.click(screen.getByRole('button', { name: 'Make this change' }));
    expect(screen.getByRole('status')).toHaveTextContent(`Made in the what-if: ${drain.textContent}.`);
    expect(screen.getByRole('figure', { name: `What if: ${drain.textContent}` })).toBeInTheDocument();
    expect(picker).toHaveFocus();

    await fireEvent.click(screen.getByRole('button', { name: 'Until settled' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Both futures settled \d+ min \d\d s after the fork\.$/,
    );
    expect(row(/^Instances that can take tasks/)).toEqual(['3', '2', '1 fewer']);
    expect(row(/^Tasks placed/)).toEqual(['4', '4', 'no change']);
    expect(
      screen.getByRole('table', { name: /^The two futures, \d+ min \d\d s after the fork$/ }),
    ).toBeInTheDocument();
    expect(JSON.stringify(session.sim.state)).toBe(before);

    await fireEvent.click(screen.getByRole('button', { name: 'Discard fork' }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('button', { name: 'Fork here' })).toHaveFocus();
  });

  it('shows a refused command as an alert and keeps the line to fix', async () => {
    const session = new Session(findScenario('web-behind-alb')!);
    render(WhatIfPanel, { session, ClusterMap });
    await fireEvent.click(screen.getByRole('button', { name: 'Fork here' }));
    const field = screen.getByRole('textbox', { name: /aws command/ });
    const line = 'aws ecs update-service --cluster demo --service nope --desired-count 2';
    await fireEvent.input(field, { target: { value: line } });
    await fireEvent.click(screen.getByRole('button', { name: 'Run in the what-if' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/ServiceNotFoundException/);
    expect(field).toHaveValue(line);
    expect(screen.getByRole('figure', { name: 'What if: no change yet' })).toBeInTheDocument();
  });

  it('keeps the fork when the panel closes and opens again', async () => {
    const session = new Session(findScenario('mixed-fleet')!);
    const first = render(WhatIfPanel, { session, ClusterMap });
    await fireEvent.click(screen.getByRole('button', { name: 'Fork here' }));
    await fireEvent.click(screen.getByRole('button', { name: '10 min' }));
    first.unmount();
    render(WhatIfPanel, { session, ClusterMap });
    expect(screen.getByText(/both futures are 10 min 00 s past the fork/)).toBeInTheDocument();
  });
});
