import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROME, CHROME_FLAGS } from './chromium';
import { serveBuild } from './servers';

/** The screens the issue holds to Lighthouse's scores, by their addresses in the built app. */
export const LIGHTHOUSE_SCREENS = [
  { name: 'home', path: '/' },
  { name: 'lesson', path: '/#/lessons/13-placement-strategies' },
  { name: 'sandbox', path: '/#/sandbox' },
] as const;

export interface LighthouseScore {
  screen: string;
  /** 0–100, Lighthouse's own rounding */
  performance: number;
  accessibility: number;
  /** the audits that cost accessibility points, by id */
  accessibilityMisses: string[];
  /** largest contentful paint and total blocking time, ms: what performance mostly rests on here */
  lcp: number;
  tbt: number;
}

/**
 * Lighthouse 12.2.3 (pinned) against the built app in Debian's Chromium: its desktop preset, since a learner
 * runs the sandbox on a laptop or a projector, through `vite preview` on a free port. Each screen is a cold load
 * in a fresh profile (Lighthouse clears storage itself), so the first-visit card shows, as for a newcomer.
 */
export async function benchLighthouse(outDir = 'dist'): Promise<LighthouseScore[]> {
  const server = await serveBuild(outDir);
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
  try {
    const scores: LighthouseScore[] = [];
    for (const screen of LIGHTHOUSE_SCREENS) {
      const result = await lighthouse(
        `${server.base}${screen.path.slice(1)}`,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        },
        desktopConfig,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${screen.path}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      scores.push({
        screen: screen.name,
        performance: score('performance'),
        accessibility: score('accessibility'),
        accessibilityMisses: (categories.accessibility?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
          .map((ref) => ref.id),
        lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: audits['total-blocking-time']?.numericValue ?? NaN,
      });
    }
    return scores;
  } finally {
    await chrome.kill();
    await server.close();
  }
}
