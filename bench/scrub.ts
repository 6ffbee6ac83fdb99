import { findScenario } from '../src/app/scenarios';
import { Timeline, type TimedCall } from '../src/app/timeline';

const DAY = 24 * 3600;

export interface ScrubBench {
  readonly calls: number;
  readonly events: number;
  /** the slowest scrub of all, ms */
  readonly worstMs: number;
  readonly medianMs: number;
  readonly scrubs: number;
  readonly checkpoints: number;
}

/**
 * A simulated day of a learner's session on the default scenario, as the app records it: every simulated minute a
 * RunTask of two tasks, and StopTask on the two oldest once sixteen are running. Then the scrubber is dragged
 * back over the day in steps (and to a few random times), each position rebuilt through the app's time-travel
 * code (`Timeline`: replay from the nearest checkpoint). Reports the slowest and the median rebuild.
 */
export function benchScrub(seconds = DAY, positions = 40): ScrubBench {
  const timeline = new Timeline(findScenario('mixed-fleet')!);
  const live = timeline.start();
  const calls: TimedCall[] = [];
  // as the session does: the engine's record of each call, offered to the timeline after calls and advances
  const call = (operation: string, input: Record<string, unknown>) => {
    const output = live.callByName('ecs', operation, input);
    calls.push(live.history.at(-1)!);
    timeline.offer(live, calls.length, calls.at(-1));
    return output as { tasks?: ReadonlyArray<{ taskArn: string }> };
  };
  const running: string[] = [];
  const end = live.now + seconds;
  while (live.now < end) {
    const out = call('RunTask', { cluster: 'demo', taskDefinition: 'web', count: 2 });
    running.push(...(out.tasks ?? []).map((t) => t.taskArn));
    while (running.length > 16) call('StopTask', { cluster: 'demo', task: running.shift()! });
    live.advance(60);
    timeline.offer(live, calls.length, calls.at(-1));
  }
  const horizon = live.now;
  const start = horizon - seconds;
  // dragged from the right end to the left, then a few jumps
  const targets = Array.from({ length: positions }, (_, i) => horizon - ((i + 1) * seconds) / positions);
  for (let i = 0; i < 10; i++) targets.push(start + ((i * 7919) % 97) * (seconds / 97));
  const times: number[] = [];
  for (const t of targets) {
    const began = performance.now();
    const sim = timeline.rebuild(
      calls.filter((c) => c.at <= t),
      t,
    );
    times.push(performance.now() - began);
    if (sim.now !== t) throw new Error(`benchScrub: rebuilt at ${sim.now}, not ${t}`);
  }
  times.sort((a, b) => a - b);
  return {
    calls: calls.length,
    events: live.events.length + live.state.retention.droppedEvents,
    worstMs: times.at(-1)!,
    medianMs: times[Math.floor(times.length / 2)]!,
    scrubs: times.length,
    checkpoints: timeline.checkpoints,
  };
}
