import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../../src/app/session.svelte';
import { findScenario } from '../../../src/app/scenarios';
import TaskDetails from '../../../src/ui/workbench/TaskDetails.svelte';

afterEach(() => cleanup());

function runWeb() {
  const session = new Session(findScenario('mixed-fleet')!);
  const run = session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' });
  const arn = (run as { output: { tasks: Array<{ taskArn: string }> } }).output.tasks[0]!.taskArn;
  return { session, arn, task: () => session.sim.state.ecs.tasks[arn]! };
}

describe('TaskDetails', { timeout: 20_000 }, () => {
  it('folds the container table while nothing needs attention, naming each container and its status', () => {
    const { session, task } = runWeb();
    render(TaskDetails, { session, task: task() });
    const details = screen.getByText(/^Containers:/).closest('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')).toHaveTextContent('Containers: web PENDING');
  });

  it('opens the container table once a container has exited', () => {
    const { session, arn, task } = runWeb();
    session.advance(120);
    session.call('ecs', 'StopTask', { cluster: 'demo', task: arn });
    session.advance(120);
    expect(task().containers.some((c) => c.exitCode !== undefined)).toBe(true);
    render(TaskDetails, { session, task: task() });
    expect(screen.getByText(/^Containers:/).closest('details')!.open).toBe(true);
    expect(screen.getByRole('table', { name: 'Containers of this task' })).toBeVisible();
  });
});
