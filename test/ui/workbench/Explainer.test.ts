import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../../src/app/session.svelte';
import { findScenario } from '../../../src/app/scenarios';
import Explainer from '../../../src/ui/workbench/Explainer.svelte';
import { FARGATE_RENDER_INPUT } from '../../builders/taskDefinition';

afterEach(() => cleanup());

const explainer = () => screen.getByRole('region', { name: 'Placement explainer' });
const attemptButtons = () =>
  within(screen.getByRole('list', { name: 'Recent failed attempts' })).getAllByRole('button');

function fullCluster() {
  const session = new Session(findScenario('full-cluster')!);
  render(Explainer, { session });
  return session;
}

function act(fn: () => void) {
  fn();
  flushSync();
}

describe('Explainer: requests that leave several tasks unplaced', { timeout: 20_000 }, () => {
  it('lists one attempt per request (the failure events share a trace id) and keeps rendering', () => {
    const session = fullCluster();
    act(() => session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 5 }));
    expect(attemptButtons().map((b) => b.textContent)).toEqual([
      expect.stringMatching(/ · web:1: 2 tasks not placed \(RESOURCE:MEMORY\)$/),
    ]);
    // a second failing request, with distinctInstance on the now full cluster: two entries, both live
    act(() =>
      session.call('ecs', 'RunTask', {
        cluster: 'demo',
        taskDefinition: 'web',
        count: 3,
        placementConstraints: [{ type: 'distinctInstance' }],
      }),
    );
    expect(attemptButtons()).toHaveLength(2);
    expect(attemptButtons()[0]).toHaveTextContent('3 tasks not placed');
  });

  it("opens an attempt's trace with unambiguous counts and a summary that does not repeat itself", async () => {
    const session = fullCluster();
    act(() => session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 5 }));
    await fireEvent.click(attemptButtons()[0]!);
    const region = explainer();
    expect(
      within(region).getByRole('heading', { name: 'Why this request left tasks unplaced' }),
    ).toBeVisible();
    expect(region).toHaveTextContent('3 of 5 placed; 2 could not be placed.');
    expect(region).toHaveTextContent(
      /None of the 3 container instances could take this task: 3 had too little/,
    );
    expect(region).not.toHaveTextContent(/could take the task: None/);
    expect(attemptButtons()[0]).toHaveAttribute('aria-current', 'true');
    expect(
      within(region)
        .getAllByRole('row')
        .filter((r) => /RESOURCE:MEMORY/.test(r.textContent ?? '')),
    ).toHaveLength(3);
  });
});

describe('Explainer: Fargate tasks', { timeout: 20_000 }, () => {
  it("shows the AZ decision, not an empty instance table, and says the rule is the sandbox's model", () => {
    const session = new Session(findScenario('empty')!);
    session.call('ecs', 'CreateCluster', { clusterName: 'reports' });
    session.call('ecs', 'RegisterTaskDefinition', FARGATE_RENDER_INPUT);
    const subnets = Object.values(session.sim.state.ec2.subnets).map((s) => s.SubnetId);
    const run = session.call('ecs', 'RunTask', {
      cluster: 'reports',
      taskDefinition: 'render',
      launchType: 'FARGATE',
      count: 2,
      networkConfiguration: { awsvpcConfiguration: { subnets } },
    });
    if (!run.ok) throw new Error(run.message);
    const task = run.output.tasks[1]!;
    session.selectedTaskArn = task.taskArn;
    render(Explainer, { session });
    const region = explainer();
    expect(within(region).getByRole('heading', { name: /runs in/ })).toHaveTextContent(
      `runs in ${task.availabilityZone}`,
    );
    expect(region).not.toHaveTextContent('No instance could take');
    const table = within(region).getByRole('table', {
      name: /Availability Zones the task's subnets offered/,
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const chosen = rows.filter((r) => /chosen/.test(r.textContent ?? ''));
    expect(chosen).toHaveLength(1);
    expect(chosen[0]).toHaveTextContent(task.availabilityZone);
    expect(region).toHaveTextContent("the sandbox's model");
    expect(region).toHaveTextContent('best-effort spread');
  });
});
