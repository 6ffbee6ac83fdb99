import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../src/app/session.svelte';
import { findScenario } from '../../src/app/scenarios';
import { metricKey, type Dimension, type SimState } from '../../src/engine';
import ScalingChart from '../../src/ui/workbench/ScalingChart.svelte';

afterEach(() => cleanup());

const hm = (t: number) => `${Math.floor(t / 3600)}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}`;

/**
 * The web-behind-alb scenario's service after some minutes, with the metrics and an activity the scaling modules
 * would have written put straight into the state (so the test reads the chart, not those modules).
 */
function scaledSession() {
  const session = new Session(findScenario('web-behind-alb')!);
  session.advance(600);
  // to a whole minute, so the window is exactly the ten minutes put in below
  if (session.now % 60) session.advance(60 - (session.now % 60));
  const base = session.now - 600;
  const service = Object.values(session.sim.state.ecs.services)[0]!;
  const cluster = session.sim.state.ecs.clusters[service.clusterArn]!.clusterName;
  const state = session.sim.state as unknown as SimState;
  const dims: Dimension[] = [
    { Name: 'ClusterName', Value: cluster },
    { Name: 'ServiceName', Value: service.serviceName },
  ];
  const put = (ns: string, name: string, values: number[]) => {
    const key = metricKey(ns, name, dims);
    (state.cloudwatch.metrics as Record<string, unknown>)[key] = {
      key,
      namespace: ns,
      metricName: name,
      dimensions: dims,
      chunks: [values.map((v, i) => ({ t: base + 60 * i, sampleCount: 1, sum: v, min: v, max: v }))],
    };
  };
  put('Sandbox/Load', 'RequestsPerSecond', [100, 110, 120, 130, 140, 150, 160, 170, 180, 190]);
  put('AWS/ECS', 'CPUUtilization', [30, 35, 40, 45, 50, 55, 60, 65, 70, 75]);
  put('ECS/ContainerInsights', 'DesiredTaskCount', [2, 2, 2, 2, 2, 2, 2, 2, 3, 3]);
  put('ECS/ContainerInsights', 'RunningTaskCount', [2, 2, 2, 2, 2, 2, 2, 2, 2, 3]);
  (state.applicationAutoScaling.activities as Record<string, unknown>).act1 = {
    ActivityId: 'act1',
    ServiceNamespace: 'ecs',
    ResourceId: `service/${cluster}/${service.serviceName}`,
    ScalableDimension: 'ecs:service:DesiredCount',
    Description: 'Setting desired count to 3.',
    Cause: 'scheduled action name morning was triggered',
    StartTime: base + 480,
    StatusCode: 'Successful',
    StatusMessage: 'Successfully set desired count to 3.',
    seq: 1,
  };
  return { session, serviceArn: service.serviceArn, name: service.serviceName, base };
}

describe('ScalingChart', { timeout: 20_000 }, () => {
  it('renders the chart with its legend, its summary and a table of the activities', () => {
    const { session, serviceArn, name, base } = scaledSession();
    const { container } = render(ScalingChart, { session, serviceArn });
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toMatch(new RegExp(`^Scaling of service ${name}`));
    expect(img.getAttribute('aria-label')).toMatch(
      /Load 190 requests\/s\. CPU 75 %\. 3 running of 3 desired tasks\./,
    );
    expect(container.querySelectorAll('.sc-lines path').length).toBeGreaterThanOrEqual(6);
    const legend = [...container.querySelectorAll('.sc-legend-text')].map((t) => t.textContent);
    expect(legend).toEqual(
      expect.arrayContaining(['requests/s (solid)', 'desired tasks (dashed)', 'scale out']),
    );
    const table = screen.getByRole('table', { name: 'Scaling activities, numbered as on the chart' });
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', hm(base + 480), 'tasks', 'out 2→3: scheduled action morning']);
    expect(
      screen.getByText('Scaling metric: CPU (no scaling policy: the service CPU is shown).'),
    ).toBeInTheDocument();
  });

  it('moves a cursor with the arrow keys and reads out that minute’s numbers', async () => {
    const { session, serviceArn, base } = scaledSession();
    render(ScalingChart, { session, serviceArn });
    const slider = screen.getByRole('slider', { name: 'Minute shown in the readout' });
    expect(screen.queryByTestId('scaling-readout')).toBeNull();
    expect(slider).toHaveAttribute('aria-valuemax', '9');
    await fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    // from the last minute one back: the eighth after the base
    const readout = screen.getByTestId('scaling-readout');
    expect(readout).toHaveTextContent(hm(base + 480));
    expect(readout).toHaveTextContent(/requests\/s\s*180 req\/s/);
    expect(readout).toHaveTextContent(/desired tasks\s*3/);
    expect(readout).toHaveTextContent('1. out 2→3: scheduled action morning');
    expect(slider).toHaveAttribute('aria-valuenow', '8');
    expect(slider.getAttribute('aria-valuetext')).toMatch(
      new RegExp(`^At ${hm(base + 480)}: requests/s 180 req/s, CPU 70 %`),
    );
    await fireEvent.keyDown(slider, { key: 'Home' });
    expect(screen.getByTestId('scaling-readout')).toHaveTextContent(hm(base));
    await fireEvent.keyDown(slider, { key: 'ArrowRight', shiftKey: true });
    expect(slider).toHaveAttribute('aria-valuenow', '9');
    await fireEvent.keyDown(slider, { key: 'Escape' });
    expect(screen.queryByTestId('scaling-readout')).toBeNull();
  });

  it('reads out the minute under the pointer, and hides the readout when it leaves', async () => {
    const { session, serviceArn, base } = scaledSession();
    const { container } = render(ScalingChart, { session, serviceArn });
    const overlay = container.querySelector('.sc-overlay')!;
    // jsdom lays nothing out: client x is the chart's own x; minute 3's middle lies past 3.5 of 10 minutes
    const x0 = Number(overlay.getAttribute('x'));
    const width = Number(overlay.getAttribute('width'));
    await fireEvent(overlay, new MouseEvent('pointermove', { clientX: x0 + 0.35 * width, bubbles: true }));
    expect(screen.getByTestId('scaling-readout')).toHaveTextContent(hm(base + 180));
    expect(screen.getByTestId('scaling-readout')).toHaveTextContent(/requests\/s\s*130 req\/s/);
    expect(container.querySelector('.sc-cursor')!.getAttribute('display')).toBeNull();
    await fireEvent(overlay, new MouseEvent('pointerleave'));
    expect(screen.queryByTestId('scaling-readout')).toBeNull();
  });

  it('follows the session: a later time moves the window on', async () => {
    const { session, serviceArn } = scaledSession();
    render(ScalingChart, { session, serviceArn });
    const slider = screen.getByRole('slider');
    session.advance(300);
    await Promise.resolve();
    // the window runs five minutes further: 15 minutes, the last five without data
    expect(await screen.findByRole('slider')).toHaveAttribute('aria-valuemax', '14');
    expect(slider).toBe(screen.getByRole('slider'));
  });

  it('says there is no such service, and that there is nothing to show yet', () => {
    const session = new Session(findScenario('web-behind-alb')!);
    const gone = render(ScalingChart, {
      session,
      serviceArn: 'arn:aws:ecs:us-east-1:123456789012:service/x/y',
    });
    expect(screen.getByText('No such service.')).toBeInTheDocument();
    gone.unmount();
    const serviceArn = Object.keys(session.sim.state.ecs.services)[0]!;
    render(ScalingChart, { session, serviceArn });
    expect(screen.getByText('No scaling activity in this window.')).toBeInTheDocument();
  });
});
