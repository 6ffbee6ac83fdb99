import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../../src/app/session.svelte';
import { findScenario } from '../../../src/app/scenarios';
import ServicesPanel from '../../../src/ui/workbench/ServicesPanel.svelte';

afterEach(() => cleanup());

describe('ServicesPanel', { timeout: 20_000 }, () => {
  it('creates a service from the form, then shows its deployment and, as time runs, its tasks and events', async () => {
    const session = new Session(findScenario('mixed-fleet')!);
    render(ServicesPanel, { session });
    await fireEvent.input(screen.getByLabelText('Desired count'), { target: { value: '2' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Create service' }));
    const service = Object.values(session.sim.state.ecs.services)[0]!;
    expect(service.serviceName).toBe('web-svc');
    expect(service.desiredCount).toBe(2);
    expect(await screen.findByRole('heading', { name: 'web-svc' })).toBeInTheDocument();
    session.advance(300);
    expect(await screen.findByText(/service web-svc has reached a steady state\./)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Why there\?/ })).toHaveLength(2);
    expect(screen.getByText('PRIMARY').closest('li')).toHaveTextContent('web:1 · desired 2 · running 2');
  });

  it('says why a create was refused and keeps the form as it was', async () => {
    const session = new Session(findScenario('mixed-fleet')!);
    render(ServicesPanel, { session });
    await fireEvent.change(screen.getByLabelText('Scheduling'), { target: { value: 'DAEMON' } });
    await fireEvent.change(screen.getByLabelText('Launch type'), { target: { value: 'FARGATE' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Create service' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/InvalidParameterException/);
    expect(Object.keys(session.sim.state.ecs.services)).toHaveLength(0);
    expect(screen.getByLabelText('Scheduling')).toHaveValue('DAEMON');
  });

  it('updates a service to a new revision: the deployments list shows the rollout', async () => {
    const session = new Session(findScenario('web-behind-alb')!);
    render(ServicesPanel, { session });
    await fireEvent.click(screen.getByRole('button', { name: 'web-svc' }));
    await fireEvent.change(screen.getByLabelText('Task definition'), { target: { value: 'web:2' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Update service' }));
    session.advance(5);
    const deployments = await screen.findAllByText(/^(PRIMARY|ACTIVE)$/);
    expect(deployments.map((d) => d.closest('li')!.textContent)).toEqual([
      expect.stringContaining('web:2'),
      expect.stringContaining('web:1'),
    ]);
    // the rollout timeline follows: 50/150 of 4 gives bounds 2 and 6
    const chart = await screen.findByRole('img', { name: /^Rollout timeline of service web-svc/ });
    expect(chart.getAttribute('aria-label')).toMatch(/bounds 2 to 6 \(50\/150 %\), 2 deployments/);
    expect(chart.getAttribute('aria-label')).toMatch(/Rolling/);
  });

  it('warns, next to the form and before the chart, that an update at 100/100 can never finish', async () => {
    const session = new Session(findScenario('web-behind-alb')!);
    render(ServicesPanel, { session });
    await fireEvent.click(screen.getByRole('button', { name: 'web-svc' }));
    await fireEvent.change(screen.getByLabelText('Task definition'), { target: { value: 'web:2' } });
    await fireEvent.input(screen.getByLabelText('Minimum healthy %'), { target: { value: '100' } });
    await fireEvent.input(screen.getByLabelText('Maximum %'), { target: { value: '100' } });
    const warning = await screen.findByRole('note');
    expect(warning).toHaveTextContent(/Can never finish: at 100\/100/);
    expect(screen.getByRole('heading', { name: 'Prediction: the update in the form' })).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /^Rollout timeline of service web-svc/ });
    expect(warning.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // nothing was sent
    expect(Object.values(session.sim.state.ecs.services)[0]!.deployments).toHaveLength(1);
  });
});
