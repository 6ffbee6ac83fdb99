import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_FLAGS } from './chromium';
import { serveBuild } from './servers';

/**
 * What the first page really loads: the built app opened in headless Chromium on its default screen, every
 * script and stylesheet fetched until the network is idle, gzip-compressed as a server would send them.
 * (Monaco is not among them: it loads only when the editor opens.)
 */
export async function benchFirstPage(outDir = 'dist'): Promise<{
  jsKB: number;
  cssKB: number;
  files: number;
  monacoLoaded: boolean;
  /** each file's gzip size in KB, largest first: where the first page's bytes go */
  byFile: Array<{ file: string; kb: number }>;
}> {
  const server = await serveBuild(outDir);
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
  try {
    const page = await browser.newPage();
    const bodies: Array<Promise<{ url: string; type: string; gz: number }>> = [];
    page.on('response', (r) => {
      const type = r.request().resourceType();
      if (type === 'script' || type === 'stylesheet') {
        bodies.push(r.body().then((b) => ({ url: r.url(), type, gz: gzipSync(b).length })));
      }
    });
    await page.goto(server.base, { waitUntil: 'networkidle' });
    const loaded = await Promise.all(bodies);
    const sum = (type: string) => loaded.filter((l) => l.type === type).reduce((n, l) => n + l.gz, 0) / 1024;
    return {
      jsKB: sum('script'),
      cssKB: sum('stylesheet'),
      files: loaded.length,
      monacoLoaded: loaded.some((l) => /\/editor-[^/]+\.js$/.test(l.url)),
      byFile: loaded
        .map((l) => ({ file: l.url.slice(l.url.lastIndexOf('/') + 1), kb: l.gz / 1024 }))
        .sort((a, b) => b.kb - a.kb),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
