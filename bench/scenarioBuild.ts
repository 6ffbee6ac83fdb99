import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Building the default scenario in Node, the first time (what a page load pays: schema validators, lazy tables)
 * and the second. Measured in a fresh process so nothing the other benches ran is already warm.
 */
export function benchScenarioBuild(): { firstMs: number; secondMs: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as { firstMs: number; secondMs: number };
}

async function measure() {
  const { defaultScenario } = await import('../src/app/scenarios');
  const { replay } = await import('../src/app/timeline');
  const time = () => {
    const t0 = performance.now();
    replay(defaultScenario, [], 0);
    return performance.now() - t0;
  };
  const firstMs = time();
  console.log(JSON.stringify({ firstMs, secondMs: time() }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await measure();
