import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { logsFocus } from '../../../src/app/logsFocus.svelte';
import { Session } from '../../../src/app/session.svelte';
import { findScenario } from '../../../src/app/scenarios';
import { arnName, shortId } from '../../../src/lib/arn';
import TaskDetails from '../../../src/ui/workbench/TaskDetails.svelte';
import Workbench from '../../../src/ui/workbench/Workbench.svelte';

afterEach(() => cleanup());

function runWeb() {
  const session = new Session(findScenario('mixed-fleet')!);
  const run = session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' });
  if (!run.ok) throw new Error(run.message);
  return { session, arn: run.output.tasks[0]!.taskArn };
}

describe('the Logs tab and "View logs"', { timeout: 30_000 }, () => {
  it('opens the Logs tab on the selected task from its details, and keeps the task details in view', async () => {
    const { session, arn } = runWeb();
    session.selectedTaskArn = arn;
    render(Workbench, { session, showScenarios: false });
    expect(screen.getByRole('tab', { name: 'Logs' })).toHaveAttribute('aria-selected', 'false');
    await fireEvent.click(screen.getByRole('button', { name: 'View logs' }));
    expect(screen.getByRole('tab', { name: 'Logs' })).toHaveAttribute('aria-selected', 'true');
    const heading = await screen.findByRole(
      'heading',
      { name: `Logs of task ${shortId(arnName(arn))}` },
      { timeout: 15_000 },
    );
    // the keyboard lands on the logs, not back at the top of the page
    await waitFor(() => expect(heading).toHaveFocus());
    // the explainer (right column) still shows the task
    expect(screen.getByRole('region', { name: 'Task details' })).toBeInTheDocument();
  });

  it('offers "View logs" only where a Logs tab can open', () => {
    const { session, arn } = runWeb();
    render(TaskDetails, { session, task: session.sim.state.ecs.tasks[arn]! });
    expect(screen.queryByRole('button', { name: 'View logs' })).toBeNull();
    cleanup();
    render(Workbench, { session, showScenarios: false, controls: ['runTask', 'explain', 'map'] });
    session.selectedTaskArn = arn;
    expect(logsFocus(session).tabs).toBe(0);
  });
});
