/**
 * `npm run bench`: prints the figures the issues set targets for. Benchmarks print; they do not fail.
 */
import { existsSync } from 'node:fs';
import { loadLaterEngine, loadRegexSupport } from '../src/engine/index';
import { benchBundle } from './bundle';
import { benchFirstPage } from './firstPage';
import { benchLighthouse } from './lighthouse';
import { benchPlacement } from './placement';
import { benchPlacementPublic } from './placementPublic';
import { benchScenarioBuild } from './scenarioBuild';
import { benchShareOpen } from './shareOpen';
import { benchStartup } from './startup';
import { benchEngineMemory } from './engineMemory';
import { benchScrub } from './scrub';
import { benchServices } from './services';
import { benchScalingDay } from './scalingDay';
import { benchTime } from './time';

const line = (name: string, value: string, target: string) =>
  console.log(`${name.padEnd(44)} ${value.padStart(14)}   target ${target}`);

async function main() {
  console.log('ECS Sandbox benchmarks\n');
  await loadRegexSupport();
  // services, load balancers and sim controls: their request checks load after the first page
  await loadLaterEngine();

  console.log(
    'Placement through sim.call: 1,000 m5.xlarge registered by their agents, RunTask ×10,\n' +
      'spread(AZ) + binpack(memory) + memberOf; per 1,000 tasks at the start and the end',
  );
  for (const r of benchPlacementPublic()) {
    console.log(`  ${r.name}: ${r.tasks} tasks placed, ${r.failures} not placed`);
    line('    placements/s overall (wall)', r.overall.toFixed(0), '≥ 10,000/s');
    line('    placements/s overall (CPU time)', r.overallCpu.toFixed(0), 'reported');
    line('    first / last 1,000 tasks', `${r.first.toFixed(0)} / ${r.last.toFixed(0)}`, 'reported');
    line('    last / first', r.ratio.toFixed(2), '≥ 0.8');
  }
  const staged = benchPlacement();
  line('  staged micro-bench, no ports (placements/s)', staged.placementsPerSecond.toFixed(0), 'reported');

  console.log('\nTime: 200 instances, 5,000 health-checked tasks started by RunTask, one simulated hour');
  const time = benchTime();
  line('  simulated seconds per wall second', `${time.speedup.toFixed(0)}×`, '≥ 5,000×');
  line('  engine events per wall second', time.eventsPerSecond.toFixed(0), 'reported');

  console.log(
    '\nServices: 50 m5.large registered by their agents, 3 services × 50 tasks on dynamic host ports,\n' +
      'rolled from web:v1 to web:v2 by UpdateService, advanced a second at a time reading DescribeServices',
  );
  const svc = benchServices();
  line('  rollout wall time', `${(svc.wallSeconds * 1000).toFixed(0)} ms`, '≤ 0.5 s');
  line('  rollout CPU time', `${(svc.cpuSeconds * 1000).toFixed(0)} ms`, 'reported');
  line('  of the wall time, reading it back', `${svc.readMs.toFixed(0)} ms`, 'reported');
  line(
    `  simulated seconds per wall second (${svc.simulatedSeconds} s)`,
    `${svc.speedup.toFixed(0)}×`,
    'reported',
  );
  line('  engine events per wall second', svc.eventsPerSecond.toFixed(0), 'reported');
  line(
    '  first / last tenth of the rollout',
    `${svc.firstTenthMs.toFixed(0)} / ${svc.lastTenthMs.toFixed(0)} ms`,
    'reported',
  );

  console.log(
    '\nScaling: a simulated day of 50 m5.large registered by their agents, 3 services (dynamic host ports behind\n' +
      'an ALB, dynamic host ports, awsvpc) with target tracking on requests per target, CPU and memory, under daily\n' +
      'load curves with noise; advanced a minute at a time',
  );
  const day = benchScalingDay();
  line('  wall time for the day', `${day.wallSeconds.toFixed(2)} s`, '≤ 5 s');
  line('  CPU time for the day', `${day.cpuSeconds.toFixed(2)} s`, 'reported');
  line('  simulated seconds per wall second', `${day.speedup.toFixed(0)}×`, '≥ 17,000×');
  line('  first / last hour', `${day.firstHourMs.toFixed(0)} / ${day.lastHourMs.toFixed(0)} ms`, 'reported');
  line('  scaling activities / engine events', `${day.scalingActivities} / ${day.events}`, 'reported');
  line(
    '  desired count range per service',
    Object.entries(day.desiredRange)
      .map(([s, [lo, hi]]) => `${s.slice(-1)} ${lo}–${hi}`)
      .join(', '),
    'reported',
  );

  console.log('\nMemory: 10,000 running tasks on dynamic host ports, events and traces kept');
  const mem = benchEngineMemory();
  line(`  heap held by the simulation (${mem.running} running)`, `${mem.heapMB.toFixed(1)} MB`, '≤ 50 MB');
  line('  events / placement traces kept', `${mem.events} / ${mem.traces}`, 'bounded');

  console.log('\nTime travel: a simulated day of RunTask/StopTask, scrubbed back over');
  const scrub = benchScrub();
  line(
    `  worst scrub (${scrub.calls} calls, ${scrub.events} events)`,
    `${scrub.worstMs.toFixed(0)} ms`,
    'bounded',
  );
  line('  median scrub', `${scrub.medianMs.toFixed(0)} ms`, 'reported');
  console.log('');

  if (existsSync('dist/index.html')) {
    const b = benchBundle();
    const first = await benchFirstPage();
    line(
      'first page JS + CSS loaded (gzip, no Monaco)',
      `${(first.jsKB + first.cssKB).toFixed(1)} KB`,
      '≤ 200 KB',
    );
    line('  of which JS / CSS', `${first.jsKB.toFixed(1)} / ${first.cssKB.toFixed(1)} KB`, '');
    if (first.monacoLoaded) console.log('  (!) Monaco was loaded by the first page');
    line('Monaco chunks (gzip, lazy)', `${b.monacoKB.toFixed(1)} KB`, 'reported');

    console.log('\nStartup: cold loads of the built app in headless Chromium (7 runs, median / worst)');
    const s = await benchStartup();
    const ms = (k: keyof typeof s.median) => `${s.median[k].toFixed(0)} / ${s.worst[k].toFixed(0)} ms`;
    line('first contentful paint', ms('fcp'), '≤ 250 ms (idle machine)');
    line('interactive (map drawn, Run task enabled)', ms('interactive'), '≤ 500 ms (idle machine)');
    line('total blocking time (FCP → interactive)', ms('tbt'), '≤ 100 ms');
    line('longest task before interactive', ms('longestTask'), '≤ 100 ms');
    line('  blocking time from navigation start', ms('loadBlocking'), 'reported');
    console.log(
      `  (1-minute load average during the runs: ${s.loadRange.map((l) => l.toFixed(2)).join('–')})`,
    );
    const share = await benchShareOpen();
    console.log(
      `\nShare link: a ${share.calls}-call session of the default scenario (${share.linkChars.toLocaleString('en')} ` +
        'characters), opened cold in Chromium until its map is drawn (5 runs)',
    );
    line(
      '  opened, median / worst',
      `${share.median.toFixed(0)} / ${share.worst.toFixed(0)} ms`,
      '≤ 1,000 ms',
    );
    line('  the same load without a link, median', `${share.plainMedian.toFixed(0)} ms`, 'reported');

    console.log('\nLighthouse 12.2.3, desktop preset, cold loads of the built app in headless Chromium');
    for (const l of await benchLighthouse()) {
      line(
        `  ${l.screen}: performance / accessibility`,
        `${l.performance} / ${l.accessibility}`,
        '≥ 95 / 100',
      );
      line(
        `    largest contentful paint / blocking time`,
        `${l.lcp.toFixed(0)} / ${l.tbt.toFixed(0)} ms`,
        'reported',
      );
      if (l.accessibilityMisses.length > 0)
        console.log(`    accessibility misses: ${l.accessibilityMisses.join(', ')}`);
    }
    const build = benchScenarioBuild();
    line(
      'default scenario built in Node, first / second',
      `${build.firstMs.toFixed(0)} / ${build.secondMs.toFixed(0)} ms`,
      'reported',
    );
  } else {
    console.log('(no dist/: run `npm run build` for bundle sizes)');
  }

  const scaling = await import('./scalingChartFrames');
  const sc = await scaling.benchScalingChartJsdom();
  console.log(
    `\nScaling chart: a day of 1-minute data (${sc.points.toLocaleString('en')} values, ${sc.activities} ` +
      `activities), scrubbed back over the day, ${sc.frames} frames`,
  );
  line('  p95 frame under jsdom (derive + layout + DOM)', `${sc.total.p95.toFixed(1)} ms`, 'reported');
  // the same frames on the engine's own day (the scaling bench above), service web-b
  const webB = Object.values(day.sim.state.ecs.services).find((s) => s.serviceName === 'web-b');
  if (webB) {
    const own = await scaling.benchScalingChartJsdom({
      state: day.sim.state,
      serviceArn: webB.serviceArn,
    });
    line('  p95 frame under jsdom, the engine’s day (web-b)', `${own.total.p95.toFixed(1)} ms`, 'reported');
  }
  const scChromium = await scaling.benchScalingChartChromium().catch(() => undefined);
  if (scChromium) {
    line(
      '  p95 frame in Chromium (with style + layout)',
      `${scChromium.total.p95.toFixed(1)} ms`,
      '≤ 16.7 ms',
    );
    line(
      '    of which derive / draw / browser (p50)',
      `${scChromium.derive.p50.toFixed(1)} / ${(scChromium.render.p50 - scChromium.browser.p50).toFixed(1)} / ${scChromium.browser.p50.toFixed(1)} ms`,
      'reported',
    );
  } else {
    console.log('  (no Chromium: the in-browser figure was not measured)');
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
  for (const r of await (await import('./replayFrames')).benchReplayFrames())
    line(
      `placement replay p95 step, ${r.instances} instances, motion ${r.motion}`,
      `${r.p95.toFixed(1)} ms`,
      `≤ ${r.target} ms`,
    );
}

await main();
