import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../../src/app/session.svelte';
import { findScenario } from '../../../src/app/scenarios';
import TaskDetails from '../../../src/ui/workbench/TaskDetails.svelte';

afterEach(() => cleanup());

function runWeb() {
  const session = new Session(findScenario('mixed-fleet')!);
  const run = session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' });
  if (!run.ok) throw new Error(run.message);
  const arn = run.output.tasks[0]!.taskArn;
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

  it("shows an EC2 task's architecture, with no ephemeral storage of its own", () => {
    const { session, task } = runWeb();
    render(TaskDetails, { session, task: task() });
    expect(screen.getByText('Platform').nextElementSibling).toHaveTextContent(/^x86_64$/);
  });

  it("shows a Fargate task's architecture, ephemeral storage and platform version as DescribeTasks reports them", () => {
    const session = new Session(findScenario('mixed-fleet')!);
    const registered = session.call('ecs', 'RegisterTaskDefinition', {
      family: 'arm',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' },
      ephemeralStorage: { sizeInGiB: 60 },
      containerDefinitions: [{ name: 'web', image: 'nginx:latest' }],
    });
    if (!registered.ok) throw new Error(registered.message);
    const run = session.call('ecs', 'RunTask', {
      cluster: 'demo',
      taskDefinition: 'arm',
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: Object.keys(session.sim.state.ec2.subnets) } },
    });
    if (!run.ok) throw new Error(run.message);
    const described = run.output.tasks[0]!;
    render(TaskDetails, { session, task: session.sim.state.ecs.tasks[described.taskArn]! });
    expect(screen.getByText('Platform').nextElementSibling).toHaveTextContent(
      `arm64 · 60 GiB ephemeral storage · platform version ${described.platformVersion}`,
    );
    expect(described.ephemeralStorage).toEqual({ sizeInGiB: 60 });
  });

  it('crashes a running task’s essential container, which stops the task', async () => {
    const { session, arn, task } = runWeb();
    session.advance(120);
    render(TaskDetails, { session, task: task() });
    await fireEvent.click(screen.getByRole('button', { name: 'Crash container web' }));
    session.advance(60);
    expect(task().lastStatus).toBe('STOPPED');
    expect(task().stopCode).toBe('EssentialContainerExited');
    expect(session.sim.state.ecs.tasks[arn]?.containers[0]?.exitCode).toBe(1);
  });

  it('offers no crash for a task that is not running yet', () => {
    const { session, task } = runWeb();
    render(TaskDetails, { session, task: task() });
    expect(screen.queryByRole('button', { name: /Crash container/ })).toBeNull();
  });
});
