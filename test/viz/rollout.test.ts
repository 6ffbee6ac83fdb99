import { afterEach, describe, expect, it } from 'vitest';
import { buildRolloutTimeline, type RolloutTimeline } from '../../src/app/rollout';
import type { Simulation } from '../../src/engine';
import { layoutRollout } from '../../src/viz/rollout/layout';
import { createRolloutChart, type RolloutRenderer } from '../../src/viz/rollout/render';
import { createService, describe1, registerWeb, serviceWorld } from '../engine/services/world';
import { expectSvgSnapshot } from './snapshot';

/** A service of 4 web:v1 tasks at min/max, settled, updated to web:v2; returns a read of it at any time. */
function rolling(min: number, max: number) {
  const { sim } = serviceWorld(2);
  createService(sim, {
    desiredCount: 4,
    deploymentConfiguration: { minimumHealthyPercent: min, maximumPercent: max },
  });
  sim.advance(120);
  registerWeb(sim, 'v2');
  sim.callByName('ecs', 'UpdateService', { service: 'web', taskDefinition: 'web' });
  const read = (): RolloutTimeline => buildRolloutTimeline(sim.state, describe1(sim).serviceArn, sim.now)!;
  return { sim: sim as Simulation, read };
}

let renderer: RolloutRenderer | undefined;
let host: HTMLDivElement;
afterEach(() => {
  renderer?.destroy();
  host?.remove();
});

function mount(data: RolloutTimeline) {
  host = document.body.appendChild(document.createElement('div'));
  renderer = createRolloutChart(host, { width: 720, remPx: 16, motion: 'reduce' });
  renderer.update(data);
  return host.querySelector('svg')!;
}

describe('rollout chart', () => {
  it('is an image named by the timeline summary', () => {
    const { sim, read } = rolling(100, 200);
    sim.advance(400);
    const svg = mount(read());
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(read().summary);
    expect(svg.getAttribute('aria-label')).toMatch(
      /^Rollout timeline of service web: desired 4, bounds 4 to 8/,
    );
  });

  it('stacks old under new so the top edge peaks at the upper bound during the surge', () => {
    const { sim, read } = rolling(100, 200);
    sim.advance(400);
    const data = read();
    const L = layoutRollout(data, 720, 16);
    const upper = L.bounds.find((b) => b.key === 'upper')!.y;
    // the highest point of the new deployment's top edge (smallest y) is the upper bound's line
    const ys = [...L.areas[L.areas.length - 1]!.edge.matchAll(/[ML,V]\s*(-?[\d.]+)(?:,(-?[\d.]+))?/g)]
      .map((m) => Number(m[2] ?? m[1]))
      .filter((n) => Number.isFinite(n));
    expect(Math.min(...ys.filter((y) => y > L.plot.top))).toBeCloseTo(upper, 3);
    expect(L.areas.map((a) => a.role)).toEqual(['old', 'new']);
  });

  it('labels each bound, nudging apart those that coincide', () => {
    const { sim, read } = rolling(100, 200);
    sim.advance(400);
    mount(read());
    const labels = [...host.querySelectorAll('.ro-bound-label')].map((t) => t.textContent);
    expect(labels).toEqual(['upper bound 8 (max 200 %)', 'desired 4', 'lower bound 4 (min 100 %)']);
    const ys = [...host.querySelectorAll('.ro-bound-label')].map((t) => Number(t.getAttribute('y')));
    expect(ys[2]! - ys[1]!).toBeGreaterThan(16);
  });

  it('numbers every step in order, titled with its rule; steps of one moment share a badge', () => {
    const { sim, read } = rolling(50, 200);
    sim.advance(400);
    const data = read();
    mount(data);
    const titles = [...host.querySelectorAll('.ro-step title')].flatMap((t) => t.textContent!.split('\n'));
    expect(titles).toEqual(data.steps.map((s, i) => `${i + 1}. ${s.label}`));
    // the chart starts shortly before the update (the service's creation is off to the left): the update's
    // stop and start share an instant and one badge "1–2"; the stops 45 s later have their own
    expect(titles).toContain('2. started 4: 6 in flight ≤ upper bound 8');
    const badges = [...host.querySelectorAll('.ro-step text')].map((t) => t.textContent);
    expect(badges).toEqual(['1–2', `3–${data.steps.length}`]);
  });

  it('keeps the DOM node of a deployment across updates (keyed by deployment id)', () => {
    const { sim, read } = rolling(100, 200);
    sim.advance(30);
    mount(read());
    const before = host.querySelector('.ro-series .ro-area-new');
    sim.advance(300);
    renderer!.update(read());
    expect(host.querySelector('.ro-series .ro-area-new')).toBe(before);
    const numbered = [...host.querySelectorAll('.ro-step title')].flatMap((t) => t.textContent!.split('\n'));
    expect(numbered).toHaveLength(read().steps.length);
  });

  it('matches the snapshot of a finished 100/200 rollout', () => {
    const { sim, read } = rolling(100, 200);
    sim.advance(400);
    expectSvgSnapshot('rollout-100-200', mount(read()));
  });

  it('matches the snapshot of a web:crash rollout the circuit breaker failed', () => {
    const { sim } = serviceWorld(2);
    createService(sim, {
      desiredCount: 4,
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    });
    sim.advance(120);
    registerWeb(sim, 'crash');
    sim.callByName('ecs', 'UpdateService', { service: 'web', taskDefinition: 'web' });
    sim.advance(240);
    const data = buildRolloutTimeline(sim.state, describe1(sim).serviceArn, sim.now)!;
    expect(data.steps.some((s) => s.kind === 'fail')).toBe(true);
    expectSvgSnapshot('rollout-breaker', mount(data));
  });

  it('matches the snapshot of a stuck 100/100 rollout', () => {
    const { sim, read } = rolling(100, 100);
    sim.advance(300);
    expectSvgSnapshot('rollout-100-100-stuck', mount(read()));
  });
});
