import { afterEach, describe, it } from 'vitest';
import { buildClusterMap, type ClusterMapOptions } from '../../../src/viz/clusterMap/model';
import { renderClusterMap, type ClusterMapRenderer } from '../../../src/viz/clusterMap/render';
import { ciArnFor, syntheticState, taskArnFor } from '../../../bench/synthetic';
import type { SimState } from '../../../src/engine/index';
import { I, MIXED_CAPACITY, mixedCluster, tid, withCapacity } from '../fixtures';
import { expectSvgSnapshot } from '../snapshot';

const scenarios: ReadonlyArray<[string, () => SimState, ClusterMapOptions]> = [
  ['cluster-map-by-az', mixedCluster, { groupBy: 'availabilityZone' }],
  ['cluster-map-by-instance-type', mixedCluster, { groupBy: 'instanceType' }],
  ['cluster-map-by-attribute', mixedCluster, { groupBy: 'attribute:team' }],
  [
    'cluster-map-highlight-and-select',
    mixedCluster,
    {
      groupBy: 'availabilityZone',
      highlighted: new Set([ciArnFor(I.b1), ciArnFor(I.c1)]),
      selectedTaskArn: taskArnFor(tid(5)),
    },
  ],
  [
    'cluster-map-capacity-providers',
    () => withCapacity(MIXED_CAPACITY),
    { groupBy: 'availabilityZone', highlighted: new Set([ciArnFor(I.a1)]) },
  ],
  ['cluster-map-empty', () => syntheticState({ instances: [], tasks: [] }), { groupBy: 'availabilityZone' }],
];

describe('cluster map snapshots', () => {
  let renderer: ClusterMapRenderer | undefined;
  afterEach(() => renderer?.destroy());

  it.each(scenarios)('renders %s as the checked-in SVG', (name, state, options) => {
    const host = document.body.appendChild(document.createElement('div'));
    renderer = renderClusterMap(host, buildClusterMap(state(), options), {
      width: 1040,
      remPx: 16,
      motion: 'reduce',
    });
    expectSvgSnapshot(name, host.querySelector('svg')!);
    host.remove();
  });
});
