import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { findScenario } from '../../../src/app/scenarios';
import { Session } from '../../../src/app/session.svelte';
import ScenarioBar from '../../../src/ui/workbench/ScenarioBar.svelte';

afterEach(() => cleanup());

/**
 * A session whose later request checks load only when released, each wait on its own: `releaseNewestFirst`
 * finishes the last wait first, as a second pick can when the first one's wait takes longer.
 */
function slowSession() {
  const session = new Session(findScenario('mixed-fleet')!);
  const waits: Array<() => void> = [];
  session.loadLaterEngine = () => new Promise<void>((resolve) => waits.push(resolve));
  const releaseNewestFirst = async () => {
    for (const release of waits.reverse()) {
      release();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { session, releaseNewestFirst };
}

describe('ScenarioBar', { timeout: 20_000 }, () => {
  it('ends on the learner’s last pick when two picks come while the checks load', async () => {
    const { session, releaseNewestFirst } = slowSession();
    render(ScenarioBar, { session });
    const picker = screen.getByRole('combobox', { name: 'Scenario' });
    await fireEvent.change(picker, { target: { value: 'full-cluster' } });
    await fireEvent.change(picker, { target: { value: 'empty' } });
    await releaseNewestFirst();
    expect(session.scenario.id).toBe('empty');
  });
});
