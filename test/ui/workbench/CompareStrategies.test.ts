import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../../src/app/session.svelte';
import { findScenario } from '../../../src/app/scenarios';
import CompareStrategies from '../../../src/ui/workbench/CompareStrategies.svelte';
import { FARGATE_RENDER_INPUT } from '../../builders/taskDefinition';

afterEach(() => cleanup());

const compareButton = () => screen.queryByRole('button', { name: /Place my last request/ });

describe('CompareStrategies', { timeout: 20_000 }, () => {
  it('states placed and unplaced counts, and drops the results once another request is the last', async () => {
    const session = new Session(findScenario('full-cluster')!);
    session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 5 });
    render(CompareStrategies, { session });
    await fireEvent.click(compareButton()!);
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(3);
    for (const card of cards) expect(card).toHaveTextContent('3 of 5 placed; 2 could not be placed');
    expect(screen.queryByText(/failure entries/)).toBeNull();

    session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 1 });
    flushSync();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(compareButton()).toBeInTheDocument();
  });

  it('is not offered for a Fargate request, and says why', () => {
    const session = new Session(findScenario('empty')!);
    session.call('ecs', 'CreateCluster', { clusterName: 'reports' });
    session.call('ecs', 'RegisterTaskDefinition', FARGATE_RENDER_INPUT);
    const run = session.call('ecs', 'RunTask', {
      cluster: 'reports',
      taskDefinition: 'render',
      launchType: 'FARGATE',
      networkConfiguration: {
        awsvpcConfiguration: { subnets: Object.values(session.sim.state.ec2.subnets).map((s) => s.SubnetId) },
      },
    });
    expect(run.ok).toBe(true);
    render(CompareStrategies, { session });
    expect(compareButton()).toBeNull();
    expect(screen.getByText(/runs on Fargate, which takes no placement strategy/)).toBeInTheDocument();
  });
});
