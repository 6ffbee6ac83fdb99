import { chromium } from 'playwright-core';
import { shareUrl } from '../src/app/shareLink';
import { defaultScenario } from '../src/app/scenarios';
import { replay, type TimedCall } from '../src/app/timeline';
import { createSimulation, loadLaterEngine, type Simulation } from '../src/engine/index';
import { CHROME, CHROME_FLAGS } from './chromium';
import { percentile } from './percentile';
import { serveBuild } from './servers';

/**
 * A share link of a 200-call session opened cold in Chromium (issue 14: ≤ 1 s). The session is what a learner
 * builds in the default scenario through the public contract: an awsvpc service, then tasks run on dynamic host
 * ports, some stopped, the service resized, a few seconds apart. The link is made by the app's own `shareUrl`.
 */
export const SHARED_CALLS = 200;

type SandboxSnapshot = Parameters<typeof shareUrl>[1];

export interface ShareOpenResult {
  calls: number;
  linkChars: number;
  /** navigation start → the shared sandbox drawn on the map, per cold load */
  runs: number[];
  median: number;
  worst: number;
  /** the same cold load without a link, for what the replay adds */
  plainMedian: number;
}

/** Makes a call the way the Session records it: at the current virtual time, then applied. */
function recorder(sim: Simulation, calls: TimedCall[]) {
  return (service: string, operation: string, input: unknown) => {
    calls.push({ at: sim.now, service, operation, input });
    return sim.callByName(service, operation, input) as { tasks?: Array<{ taskArn: string }> };
  };
}

export async function sharedSession(): Promise<SandboxSnapshot> {
  // services and their request checks load after the first page, in the app as here
  await loadLaterEngine();
  const sim = createSimulation({ seed: defaultScenario.seed });
  defaultScenario.build(sim);
  const calls: TimedCall[] = [];
  const call = recorder(sim, calls);
  const subnets = sim.call('ec2', 'DescribeSubnets', {}).Subnets.map((s) => s.SubnetId);
  call('ecs', 'RegisterTaskDefinition', {
    family: 'api',
    networkMode: 'awsvpc',
    containerDefinitions: [
      { name: 'api', image: 'public.ecr.aws/nginx/nginx:1.27', memory: 128, essential: true },
    ],
  });
  call('ecs', 'CreateService', {
    cluster: 'demo',
    serviceName: 'api',
    taskDefinition: 'api',
    desiredCount: 3,
    networkConfiguration: { awsvpcConfiguration: { subnets } },
  });
  const running: string[] = [];
  for (let i = 0; calls.length < SHARED_CALLS; i++) {
    sim.advance(15);
    if (i % 10 === 9) {
      call('ecs', 'UpdateService', { cluster: 'demo', service: 'api', desiredCount: 2 + (i % 4) });
    } else if (i % 3 === 2 && running.length > 0) {
      call('ecs', 'StopTask', { cluster: 'demo', task: running.shift()!, reason: 'bench' });
    } else {
      const out = call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 1 });
      running.push(...(out.tasks ?? []).map((t) => t.taskArn));
    }
  }
  sim.advance(60);
  // the link must replay to this very state: the app replays it the same way
  const check = replay(defaultScenario, calls, sim.now);
  if (JSON.stringify(check.state.ecs.tasks) !== JSON.stringify(sim.state.ecs.tasks))
    throw new Error('the shared session does not replay to the same tasks');
  return {
    scenarioId: defaultScenario.id,
    seed: defaultScenario.seed,
    calls,
    applied: calls.length,
    time: sim.now,
    horizon: sim.now,
  };
}

/** Runs in the page: the moment the sandbox is on screen at #/sandbox, its map drawn with the given summary. */
function observeOpened(summary: string) {
  const w = window as unknown as { __opened?: number };
  const opened = () =>
    location.hash === '#/sandbox' &&
    document.querySelector('.cluster-map .cm-cards > *') !== null &&
    [...document.querySelectorAll('summary')].some((s) => s.textContent?.includes(summary));
  const watcher = new MutationObserver(() => {
    if (!opened()) return;
    watcher.disconnect();
    requestAnimationFrame(() => setTimeout(() => (w.__opened = performance.now())));
  });
  watcher.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

export async function benchShareOpen(outDir = 'dist', runs = 5): Promise<ShareOpenResult> {
  const snapshot = await sharedSession();
  const server = await serveBuild(outDir);
  const base = server.base;
  const link = shareUrl(base, snapshot);
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
  try {
    const load = async (url: string, summary: string): Promise<{ ms: number; summary: string }> => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      // tsx wraps named inner functions in `__name(...)`: the page needs that helper (as in startup.ts)
      await page.addInitScript({
        content: `var __name = (f) => f; (${observeOpened.toString()})(${JSON.stringify(summary)});`,
      });
      await page.goto(url);
      await page.waitForFunction(
        () => (window as unknown as { __opened?: number }).__opened !== undefined,
        null,
        {
          timeout: 60_000,
        },
      );
      const ms = await page.evaluate(() => (window as unknown as { __opened: number }).__opened);
      const shown = await page.locator('summary', { hasText: 'Cluster map as tables' }).textContent();
      await context.close();
      return { ms, summary: shown ?? '' };
    };
    // what the shared sandbox's map says: every timed load must reach it, and it is not the default's
    const plain = await load(base + '#/sandbox', 'Cluster map as tables');
    const shared = await load(link, 'Cluster map as tables');
    if (shared.summary === plain.summary) throw new Error(`the link did not open: ${shared.summary}`);
    const times: number[] = [];
    const plainTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      times.push((await load(link, shared.summary)).ms);
      plainTimes.push((await load(base + '#/sandbox', plain.summary)).ms);
    }
    return {
      calls: snapshot.calls.length,
      linkChars: link.length,
      runs: times,
      median: percentile(times, 50),
      worst: Math.max(...times),
      plainMedian: percentile(plainTimes, 50),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
