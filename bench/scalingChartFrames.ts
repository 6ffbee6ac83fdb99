import { chromium } from 'playwright-core';
import { serveSources } from './servers';
import { CHROME, CHROME_FLAGS } from './chromium';
import type { DeepReadonly, SimState } from '../src/engine/index';
import { benchScalingChart, type ScalingChartBench } from './scalingChart';

/**
 * The scaling chart's frames while scrubbing a day (bench/scalingChart.ts) in headless Chromium: the bench page
 * served by Vite, each frame's derive + layout + SVG update + the browser's style and layout timed in the page.
 */
export async function benchScalingChartChromium(): Promise<ScalingChartBench> {
  const server = await serveSources();
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.base}bench/scalingChart.html`);
    await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true);
    return await page.evaluate(() =>
      (window as unknown as { benchScalingChart: (d: Document) => ScalingChartBench }).benchScalingChart(
        document,
      ),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The same frames under jsdom: our code against a slow DOM without layout (an upper bound). `source`: another
 * state to chart than the synthetic day (the engine's own day from bench/scalingDay.ts).
 */
export async function benchScalingChartJsdom(source?: {
  readonly state: DeepReadonly<SimState>;
  readonly serviceArn: string;
}): Promise<ScalingChartBench> {
  // jsdom ships without type declarations; the bench needs only its constructor
  const specifier = 'jsdom';
  const { JSDOM } = (await import(specifier)) as {
    JSDOM: new (html: string, options: object) => { window: { document: Document } };
  };
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  return benchScalingChart(dom.window.document, 200, 1280, source);
}
