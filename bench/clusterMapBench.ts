import type { MotionPreference } from '../src/viz/shared/transition';
import { buildClusterMap } from '../src/viz/clusterMap/model';
import { createClusterMap } from '../src/viz/clusterMap/render';
import { syntheticState, type InstanceSpec, type TaskSpec } from './synthetic';
import type { GroupBy } from '../src/viz/clusterMap/types';

export interface BenchOptions {
  /** tasks placed per frame; default: enough for about 100 frames */
  readonly batch?: number;
  readonly groupBy?: GroupBy;
  readonly motion?: MotionPreference;
  /** px; default 1280 */
  readonly width?: number;
}

const TYPES = ['m5.large', 'c5.large', 'm5.xlarge', 't3.medium'];
const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

const nextFrame = (doc: Document) =>
  new Promise<void>((resolve) => {
    const view = doc.defaultView;
    if (view?.requestAnimationFrame) view.requestAnimationFrame(() => resolve());
    else setTimeout(resolve, 0);
  });

/**
 * Measures the cluster map the way a learner drives it: `instances` instances in three AZs, then `tasks` tasks
 * placed round-robin in batches, one batch per animation frame; each batch arrives PENDING and turns RUNNING in
 * the next frame. Returns, per frame, the milliseconds spent building the model, updating the SVG and letting
 * the browser recompute style and layout. Works in any document with a layout engine (Chromium for real
 * figures; jsdom only proves it runs).
 */
export async function benchClusterMap(
  document: Document,
  instances: number,
  tasks: number,
  options: BenchOptions = {},
): Promise<number[]> {
  const batch = Math.max(1, options.batch ?? Math.ceil(tasks / 100));
  const fleet: InstanceSpec[] = Array.from({ length: instances }, (_, i) => ({
    id: `i-0${i.toString(16).padStart(16, '0')}`,
    type: TYPES[i % TYPES.length]!,
    az: AZS[i % AZS.length]!,
  }));
  const all: TaskSpec[] = Array.from({ length: tasks }, (_, j) => ({
    id: j.toString(16).padStart(32, '0'),
    family: `svc${j % 5}`,
    group: `service:svc${j % 5}`,
    on: fleet[j % instances]?.id,
    cpu: 128,
    memory: 256,
    createdAt: j,
  }));
  const host = document.body.appendChild(document.createElement('div'));
  host.style.width = `${options.width ?? 1280}px`;
  const renderer = createClusterMap(host, { motion: options.motion ?? 'auto', width: options.width ?? 1280 });
  const clock = document.defaultView?.performance ?? performance;
  const durations: number[] = [];
  try {
    for (let placed = batch; placed < tasks + batch; placed += batch) {
      const upTo = Math.min(placed, tasks);
      const specs = all
        .slice(0, upTo)
        .map((t, j): TaskSpec => (j >= upTo - batch ? { ...t, lastStatus: 'PENDING' } : t));
      const state = syntheticState({ instances: fleet, tasks: specs });
      await nextFrame(document);
      const start = clock.now();
      renderer.update(buildClusterMap(state, { groupBy: options.groupBy ?? 'availabilityZone' }));
      host.getBoundingClientRect();
      durations.push(clock.now() - start);
    }
  } finally {
    renderer.destroy();
    host.remove();
  }
  return durations;
}
