import type { ClusterArn, PlacementCheck, PlacementTrace, TaskDefinitionArn } from '../src/engine/index';
import { buildClusterMap } from '../src/viz/clusterMap/model';
import { createClusterMap } from '../src/viz/clusterMap/render';
import { buildReplay } from '../src/viz/clusterMap/replay';
import { replayOverlay } from '../src/viz/clusterMap/replayRender';
import { loadTransitions, type MotionPreference } from '../src/viz/shared/transition';
import { ciArnFor, syntheticState, taskArnFor, type InstanceSpec, type TaskSpec } from './synthetic';

const TYPES = ['m5.large', 'c5.large', 't3.medium', 'm5.xlarge'];
const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
const CHECKS = ['status', 'agent', 'cpu', 'memory', 'ports', 'memberOf'] as const;
const FIELD = 'attribute:ecs.availability-zone';

const nextFrame = (doc: Document) =>
  new Promise<void>((resolve) => {
    const view = doc.defaultView;
    if (view?.requestAnimationFrame) view.requestAnimationFrame(() => resolve());
    else setTimeout(resolve, 0);
  });

/**
 * A classroom placement on `fleet` in the shape the engine records: every instance through status, agent, CPU,
 * memory, ports and a memberOf (not us-east-1c), some rejected at each of the last three, then spread by AZ,
 * binpack on memory and a seeded draw among the tied.
 */
function classroomTrace(fleet: ReadonlyArray<InstanceSpec>, taskArn: string): PlacementTrace {
  const failAt = (i: number, az: string) =>
    az === 'us-east-1c' ? 5 : i % 7 === 1 ? 3 : i % 9 === 4 ? 4 : undefined;
  const candidates = fleet.map((spec, i) => {
    const fails = failAt(i, spec.az);
    const checks = CHECKS.slice(0, (fails ?? CHECKS.length - 1) + 1).map((check, k): PlacementCheck => ({
      check,
      required: check === 'memberOf' ? `a match for ${FIELD} != us-east-1c` : `some ${check}`,
      available: k === fails ? `not enough ${check}` : `enough ${check}`,
      passed: k !== fails,
      ...(k === fails ? { reason: `RESOURCE:${check.toUpperCase()}` } : {}),
      ...(check === 'memberOf' ? { expression: `${FIELD} != us-east-1c` } : {}),
    }));
    return {
      containerInstanceArn: ciArnFor(spec.id),
      ec2InstanceId: spec.id,
      availabilityZone: spec.az,
      instanceType: spec.type,
      checks,
      passed: fails === undefined,
    };
  });
  const survivors = candidates.filter((c) => c.passed).map((c) => c.containerInstanceArn);
  const scores = (text: (i: number) => string) =>
    Object.fromEntries(survivors.map((arn, i) => [arn, text(i)]));
  const [best, ...rest] = [survivors.filter((_, i) => i % 2 === 0), survivors.filter((_, i) => i % 2)];
  return {
    id: 'bench-trace',
    at: 0,
    clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/demo' as ClusterArn,
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:1' as TaskDefinitionArn,
    group: 'family:web',
    index: 0,
    count: 1,
    launchType: 'EC2',
    requirement: { cpu: 256, memory: 512, ports: [80], portsUdp: [], eni: false, attributes: [] },
    constraints: [{ type: 'memberOf', expression: `${FIELD} != us-east-1c` }],
    strategies: [
      { type: 'spread', field: FIELD },
      { type: 'binpack', field: 'memory' },
    ],
    candidateCount: candidates.length,
    rejected: {},
    candidates,
    steps: [
      {
        strategy: { type: 'spread', field: FIELD },
        scores: scores(() => '1 task of the group'),
        groups: [survivors],
      },
      {
        strategy: { type: 'binpack', field: 'memory' },
        scores: scores((i) => `${1024 + 512 * (i % 2)} MiB free`),
        groups: [best!, ...rest],
      },
      {
        strategy: { type: 'random' },
        scores: scores((i) => (i === 0 ? 'picked by the seeded generator' : 'tied, not picked')),
        groups: [best!.slice(0, 1), best!.slice(1)],
        tieBreak: true,
      },
    ],
    chosen: best![0]!,
    taskArn: taskArnFor(taskArn),
  } as PlacementTrace;
}

/**
 * Measures a placement replay on the cluster map as a room watches it: `instances` instances in three AZs with
 * three tasks each, one placement of 11 steps played forward and back `passes` times (after one pass to warm
 * up), one step per animation frame. Returns per step the milliseconds to draw the step's overlay (marks, labels, the task's move) and let
 * the browser recompute style and layout.
 */
export async function benchReplay(
  document: Document,
  instances = 20,
  passes = 10,
  motion: MotionPreference = 'auto',
): Promise<number[]> {
  const fleet: InstanceSpec[] = Array.from({ length: instances }, (_, i) => ({
    id: `i-0${i.toString(16).padStart(16, '0')}`,
    type: TYPES[i % TYPES.length]!,
    az: AZS[i % AZS.length]!,
    name: `node-${i + 1}`,
  }));
  const tasks: TaskSpec[] = Array.from({ length: instances * 3 }, (_, j) => ({
    id: j.toString(16).padStart(32, '0'),
    family: `svc${j % 4}`,
    group: `service:svc${j % 4}`,
    on: fleet[j % instances]!.id,
    cpu: 128,
    memory: 256,
    createdAt: j,
  }));
  const host = document.body.appendChild(document.createElement('div'));
  host.style.width = '1280px';
  const renderer = createClusterMap(host, { motion, width: 1280 });
  const clock = document.defaultView?.performance ?? performance;
  const durations: number[] = [];
  try {
    await loadTransitions();
    renderer.update(
      buildClusterMap(syntheticState({ instances: fleet, tasks }), { groupBy: 'availabilityZone' }),
    );
    const chosen = tasks.find((t) => t.on === fleet[0]!.id)!;
    const script = buildReplay(classroomTrace(fleet, chosen.id));
    const last = script.steps.length - 1;
    // pass 0 warms the code up (JIT, the overlay's first marks) and is not counted
    for (let pass = 0; pass <= passes; pass++) {
      for (let k = 0; k <= last; k++) {
        const index = pass % 2 ? last - k : k;
        await nextFrame(document);
        const start = clock.now();
        renderer.setOverlay(replayOverlay({ script, index }));
        host.getBoundingClientRect();
        if (pass > 0) durations.push(clock.now() - start);
      }
    }
    renderer.setOverlay(undefined);
  } finally {
    renderer.destroy();
    host.remove();
  }
  return durations;
}
