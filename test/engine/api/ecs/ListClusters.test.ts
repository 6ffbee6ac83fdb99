import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/engine';
import { expectRejected } from '../../../builders/account';

const arn = (name: string) => `arn:aws:ecs:us-east-1:123456789012:cluster/${name}`;

describe('ecs ListClusters', () => {
  it('lists clusters in creation order, a page at a time', () => {
    const sim = createSimulation();
    for (const clusterName of ['a', 'b', 'c']) sim.call('ecs', 'CreateCluster', { clusterName });
    const first = sim.call('ecs', 'ListClusters', { maxResults: 2 });
    expect(first.clusterArns).toEqual([arn('a'), arn('b')]);
    const second = sim.call('ecs', 'ListClusters', { maxResults: 2, nextToken: first.nextToken! });
    expect(second).toEqual({ clusterArns: [arn('c')] });
  });

  it('leaves deleted clusters out', () => {
    const sim = createSimulation();
    sim.call('ecs', 'CreateCluster', { clusterName: 'a' });
    sim.call('ecs', 'CreateCluster', { clusterName: 'b' });
    sim.call('ecs', 'DeleteCluster', { cluster: 'a' });
    expect(sim.call('ecs', 'ListClusters', {}).clusterArns).toEqual([arn('b')]);
  });

  it.each([
    ['a token it did not issue', { nextToken: 'abc' }, /nextToken/],
    ['maxResults over 100', { maxResults: 101 }, /maxResults/],
  ])('rejects %s', (_name, input, message) => {
    const sim = createSimulation();
    expectRejected(sim, () => sim.call('ecs', 'ListClusters', input), 'InvalidParameterException', message);
  });
});
