import { loadavg } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { CHROME, CHROME_FLAGS } from './chromium';
import { percentile } from './percentile';
import { serveBuild } from './servers';

/** One cold load, in milliseconds since navigation start. */
export interface StartupRun {
  fcp: number;
  /** the cluster map has drawn its instances and the Run task button is enabled */
  interactive: number;
  /** Lighthouse's rule: the part over 50 ms of every long task, counted between FCP and interactive */
  tbt: number;
  /** the longest task from navigation start to interactive */
  longestTask: number;
  /** like tbt but from navigation start: what a long task before the first paint costs too */
  loadBlocking: number;
  /** the 1-minute load average when the run ended (the machine is shared: figures depend on it) */
  load: number;
}

export interface StartupSummary {
  runs: StartupRun[];
  median: Omit<StartupRun, 'load'>;
  worst: Omit<StartupRun, 'load'>;
  loadRange: [number, number];
}

interface PageTimes {
  fcp?: number;
  interactive?: number;
  tasks: Array<{ start: number; duration: number }>;
}

/**
 * Runs in the page before any of its scripts: records paint and long-task entries, and the first moment the
 * app is usable (a DOM mutation after which the map shows instance cards and Run task is enabled).
 */
function observeStartup() {
  const times: PageTimes = { tasks: [] };
  (window as unknown as { __startup: PageTimes }).__startup = times;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') times.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) times.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const usable = () => {
    const card = document.querySelector('.cluster-map .cm-cards > *');
    const run = [...document.querySelectorAll<HTMLButtonElement>('form[aria-label="Run task"] button')].find(
      (b) => b.textContent?.trim() === 'Run task',
    );
    return card !== null && run !== undefined && !run.disabled;
  };
  // drawn means on screen: the time is taken once the frame that shows the usable state has been produced
  const watcher = new MutationObserver(() => {
    if (!usable()) return;
    watcher.disconnect();
    requestAnimationFrame(() => setTimeout(() => (times.interactive = performance.now())));
  });
  watcher.observe(document, { childList: true, subtree: true, attributes: true });
}

function blockingTime(tasks: PageTimes['tasks'], from: number, to: number): number {
  let total = 0;
  for (const t of tasks) {
    const start = Math.max(t.start, from);
    const end = Math.min(t.start + t.duration, to);
    if (end - start > 50) total += end - start - 50;
  }
  return total;
}

async function coldLoad(browser: Browser, url: string): Promise<StartupRun> {
  // a fresh context each time: empty cache, no service worker, no localStorage (a first visit)
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    // tsx wraps named inner functions in `__name(...)`: the page needs that helper to run the function's text
    await page.addInitScript({ content: `var __name = (f) => f; (${observeStartup.toString()})();` });
    await page.goto(url);
    await page.waitForFunction(
      () => {
        const t = (window as unknown as { __startup?: PageTimes }).__startup;
        return t?.fcp !== undefined && t.interactive !== undefined;
      },
      undefined,
      { timeout: 30_000 },
    );
    // long-task entries are delivered after the task ends: let the last ones arrive
    await page.waitForTimeout(200);
    const t = await page.evaluate(() => (window as unknown as { __startup: PageTimes }).__startup);
    const fcp = t.fcp!;
    // nothing is usable before anything is on screen (headless Chromium can report the paint a frame late)
    const interactive = Math.max(t.interactive!, fcp);
    const upTo = t.tasks.filter((x) => x.start < interactive);
    return {
      fcp,
      interactive,
      tbt: blockingTime(upTo, fcp, interactive),
      longestTask: Math.max(0, ...upTo.map((x) => x.duration)),
      loadBlocking: blockingTime(upTo, 0, interactive),
      load: loadavg()[0]!,
    };
  } finally {
    await context.close();
  }
}

/**
 * Cold loads of the built app (`outDir`, default dist/) in headless Chromium on its first screen, the sandbox:
 * first contentful paint, interactive, total blocking time and the longest task, median and worst of `runs`.
 */
export async function benchStartup(outDir = 'dist', runs = 7): Promise<StartupSummary> {
  const server = await serveBuild(outDir);
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
  try {
    const all: StartupRun[] = [];
    for (let i = 0; i < runs; i++) all.push(await coldLoad(browser, server.base));
    const pick = (f: (xs: number[]) => number) => ({
      fcp: f(all.map((r) => r.fcp)),
      interactive: f(all.map((r) => r.interactive)),
      tbt: f(all.map((r) => r.tbt)),
      longestTask: f(all.map((r) => r.longestTask)),
      loadBlocking: f(all.map((r) => r.loadBlocking)),
    });
    const loads = all.map((r) => r.load);
    return {
      runs: all,
      median: pick((xs) => percentile(xs, 50)),
      worst: pick((xs) => Math.max(...xs)),
      loadRange: [Math.min(...loads), Math.max(...loads)],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

// `npx tsx bench/startup.ts [outDir]`: this bench alone, every run printed
if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchStartup(process.argv[2] ?? 'dist');
  for (const run of r.runs) {
    console.log(
      `FCP ${run.fcp.toFixed(0)} ms  interactive ${run.interactive.toFixed(0)} ms  TBT ${run.tbt.toFixed(0)} ms  longest task ${run.longestTask.toFixed(0)} ms  blocking from start ${run.loadBlocking.toFixed(0)} ms  (load ${run.load.toFixed(2)})`,
    );
  }
  console.log('median', r.median, 'worst', r.worst, 'load average', r.loadRange);
}
