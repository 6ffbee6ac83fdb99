import { chromium } from 'playwright-core';
import { percentile } from './percentile';
import { serveSources } from './servers';
import { CHROME, CHROME_FLAGS } from './chromium';
import type { benchReplay as BenchReplay } from './replayBench';

/** the budget: a placement step on a 20-instance classroom cluster within one frame */
export const REPLAY_TARGET_MS = 16.7;

/**
 * Placement replay step times in headless Chromium: bench/replayBench.ts loaded into the map bench's page
 * (served by Vite), a 20-instance cluster, each step of one placement drawn in its own frame. Reports p95 and
 * p50 of overlay + style/layout per step, with motion on and with motion reduced.
 */
export async function benchReplayFrames() {
  const server = await serveSources();
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.base}bench/clusterMap.html`);
    await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true);
    const results = [];
    for (const motion of ['auto', 'reduce'] as const) {
      const steps = await page.evaluate(async (m) => {
        const { benchReplay } = (await import(
          /* @vite-ignore */ `${location.origin}/bench/replayBench.ts`
        )) as { benchReplay: typeof BenchReplay };
        return benchReplay(document, 20, 20, m);
      }, motion);
      results.push({
        motion,
        instances: 20,
        p95: percentile(steps, 95),
        p50: percentile(steps, 50),
        steps: steps.length,
        target: REPLAY_TARGET_MS,
      });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}
