import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { findScenario } from '../../../src/app/scenarios';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../../src/app/session.svelte';
import { loadLaterEngine } from '../../../src/engine';
import { arnName, shortId } from '../../../src/lib/arn';
import TaskDetails from '../../../src/ui/workbench/TaskDetails.svelte';
import VolumesSection from '../../../src/ui/workbench/VolumesSection.svelte';
import { fileSystemIn, registerEfsApp, runIn } from '../../engine/efs/world';

beforeAll(() => loadLaterEngine());
afterEach(() => cleanup());

/** Two Fargate tasks mounting one EFS file system at /data, one in us-east-1a and one in us-east-1b. */
function twoAzs() {
  const arns: string[] = [];
  const session = new Session({
    id: 'efs-two-azs',
    title: 'EFS in two AZs',
    description: 'test',
    seed: 3,
    build(sim) {
      sim.call('ecs', 'CreateCluster', { clusterName: 'default' });
      registerEfsApp(sim, { fileSystemId: fileSystemIn(sim, ['us-east-1a', 'us-east-1b']) });
      arns.push(runIn(sim, 'us-east-1a'), runIn(sim, 'us-east-1b'));
    },
  });
  const task = (i: number) => session.sim.state.ecs.tasks[arns[i]!]!;
  return { session, arns, task };
}

describe('VolumesSection', { timeout: 30_000 }, () => {
  it('shows what the container mounts, what kind it is, and who sees the same files', () => {
    const { session, arns, task } = twoAzs();
    expect(task(0).lastStatus).toBe('RUNNING');
    render(VolumesSection, { session, task: task(0) });
    const table = screen.getByRole('table', { name: 'What app mounts' });
    const [data, scratch] = within(table).getAllByRole('row').slice(1);
    expect(data).toHaveTextContent('/data');
    expect(data).toHaveTextContent(/EFS fs-/);
    expect(data).toHaveTextContent('Every task that mounts this file system, in any Availability Zone');
    expect(data).toHaveTextContent(`task ${shortId(arnName(arns[1]!))} (app at /data, us-east-1b)`);
    expect(scratch).toHaveTextContent('/tmp/scratch');
    expect(scratch).toHaveTextContent('Fargate ephemeral storage');
    expect(scratch).toHaveTextContent('This task’s containers only');
    expect(scratch).toHaveTextContent('Not shared now');
  });

  it('writes a file on EFS from one AZ and reads it from a task in another', async () => {
    const { session, task } = twoAzs();
    const first = render(VolumesSection, { session, task: task(0) });
    await fireEvent.input(screen.getByRole('textbox', { name: 'Path' }), {
      target: { value: '/data/hello.txt' },
    });
    await fireEvent.input(screen.getByRole('textbox', { name: 'Content to write' }), {
      target: { value: 'written in 1a' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Write file' }));
    expect(screen.getByText(/app wrote/)).toHaveTextContent('1 other container can read it now.');
    expect(
      within(screen.getByRole('table', { name: 'What app mounts' })).getByText('/data/hello.txt'),
    ).toBeVisible();
    first.unmount();

    render(VolumesSection, { session, task: task(1) });
    await fireEvent.input(screen.getByRole('textbox', { name: 'Path' }), {
      target: { value: '/data/hello.txt' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Read file' }));
    expect(screen.getByText('written in 1a')).toBeVisible();
    // the task's own ephemeral storage is not shared: the other task finds nothing there
    await fireEvent.input(screen.getByRole('textbox', { name: 'Path' }), {
      target: { value: '/tmp/scratch/x' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Read file' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/No such file or directory/);
  });

  it('offers no form once the task has stopped, and says why', () => {
    const { session, arns, task } = twoAzs();
    session.call('ecs', 'StopTask', { task: arns[0]! });
    session.advance(120);
    render(VolumesSection, { session, task: task(0) });
    expect(screen.queryByRole('button', { name: 'Write file' })).toBeNull();
    expect(screen.getByText(/The task stopped: its own storage is gone/)).toBeVisible();
  });

  it('sits folded in TaskDetails, loads when opened, and is not offered for a task without volumes', async () => {
    const { session, task } = twoAzs();
    render(TaskDetails, { session, task: task(0) });
    const fold = screen.getByText('Volumes and files').closest('details')!;
    expect(fold.open).toBe(false);
    expect(screen.queryByRole('table', { name: 'What app mounts' })).toBeNull();
    await fireEvent.click(screen.getByText('Volumes and files'));
    await waitFor(() => expect(screen.getByRole('table', { name: 'What app mounts' })).toBeVisible(), {
      timeout: 15_000,
    });
    cleanup();

    const plain = new Session(findScenario('mixed-fleet')!);
    const run = plain.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' });
    if (!run.ok) throw new Error(run.message);
    render(TaskDetails, { session: plain, task: plain.sim.state.ecs.tasks[run.output.tasks[0]!.taskArn]! });
    expect(screen.queryByText('Volumes and files')).toBeNull();
  });
});
