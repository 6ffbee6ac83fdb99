import { chromium } from 'playwright-core';
import { percentile } from './percentile';
import { serveSources } from './servers';
import { CHROME, CHROME_FLAGS } from './chromium';

const CASES = [
  { instances: 100, tasks: 1000, target: 33 },
  { instances: 20, tasks: 200, target: 16.7 },
] as const;

/**
 * Cluster-map frame times in headless Chromium: the map's own bench (bench/clusterMapBench.ts) served by
 * Vite, tasks placed in batches one frame at a time. Reports p95 of model + render + style/layout per frame.
 */
export async function benchClusterMapFrames() {
  const server = await serveSources();
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.base}bench/clusterMap.html`);
    await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true);
    const results = [];
    for (const c of CASES) {
      const frames = await page.evaluate(
        ({ instances, tasks }) =>
          (
            window as unknown as {
              benchClusterMap: (d: Document, i: number, t: number, o: object) => Promise<number[]>;
            }
          ).benchClusterMap(document, instances, tasks, { motion: 'auto' }),
        { instances: c.instances, tasks: c.tasks },
      );
      results.push({ ...c, p95: percentile(frames, 95), p50: percentile(frames, 50), frames: frames.length });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}
