/**
 * `npm run bench`: prints the figures the issues set targets for. Benchmarks print; they do not fail.
 */
import { existsSync } from 'node:fs';
import { benchBundle } from './bundle';
import { benchEngineMemory } from './engineMemory';

const line = (name: string, value: string, target: string) =>
  console.log(`${name.padEnd(44)} ${value.padStart(14)}   target ${target}`);

async function main() {
  console.log('ECS Sandbox benchmarks\n');

  const placement = await import('./placement').catch(() => undefined);
  if (placement) {
    const r = placement.benchPlacement();
    line(
      'placements/s (1,000 instances, spread+binpack+memberOf)',
      r.placementsPerSecond.toFixed(0),
      '≥ 10,000/s',
    );
  }

  const mem = benchEngineMemory();
  line(`engine memory for ${mem.running} running tasks`, `${mem.heapMB.toFixed(1)} MB`, '≤ 50 MB per 10,000');

  if (existsSync('dist/index.html')) {
    const b = benchBundle();
    line('first page JS (gzip, without Monaco)', `${b.firstPageJsKB.toFixed(1)} KB`, 'JS+CSS ≤ 200 KB');
    line('first page CSS (gzip)', `${b.firstPageCssKB.toFixed(1)} KB`, '');
    line('Monaco chunks (gzip, lazy)', `${b.monacoKB.toFixed(1)} KB`, 'reported');
  } else {
    console.log('(no dist/: run `npm run build` for bundle sizes)');
  }

  const frames = await import('./clusterMapFrames').catch(() => undefined);
  if (frames) {
    for (const r of await frames.benchClusterMapFrames()) {
      line(
        `cluster map p95 frame, ${r.tasks} tasks on ${r.instances} instances`,
        `${r.p95.toFixed(1)} ms`,
        `≤ ${r.target} ms`,
      );
    }
  }
}

await main();
