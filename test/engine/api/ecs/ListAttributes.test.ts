import { describe, expect, it } from 'vitest';
import { anAccount, containerInstancesOf, expectRejected } from '../../../builders/account';

describe('ecs ListAttributes', () => {
  const sim = anAccount()
    .withInstances(2, 't3.medium', { attributes: { stack: 'prod' } })
    .withInstances(1, 'm5.large', { attributes: { stack: 'dev' } })
    .build();
  const arns = containerInstancesOf(sim);

  it('lists one attribute across the cluster, with the instance each is on', () => {
    const out = sim.call('ecs', 'ListAttributes', {
      targetType: 'container-instance',
      attributeName: 'ecs.instance-type',
    });
    expect(out.attributes).toHaveLength(3);
    expect(out.attributes.map((a) => a.targetId)).toEqual(arns);
    expect(out.attributes[0]).toEqual({
      name: 'ecs.instance-type',
      value: expect.any(String),
      targetType: 'container-instance',
      targetId: arns[0],
    });
  });

  it('narrows to a value', () => {
    const out = sim.call('ecs', 'ListAttributes', {
      targetType: 'container-instance',
      attributeName: 'stack',
      attributeValue: 'prod',
    });
    expect(out.attributes).toHaveLength(2);
  });

  it('pages through every attribute', () => {
    const all = sim.call('ecs', 'ListAttributes', { targetType: 'container-instance' });
    expect(all.nextToken).toBeDefined();
    expect(all.attributes).toHaveLength(100);
    const next = sim.call('ecs', 'ListAttributes', {
      targetType: 'container-instance',
      nextToken: all.nextToken!,
    });
    const total = sim.state.ecs.containerInstances[arns[0]!]!.attributes.length * 3;
    expect(all.attributes.length + next.attributes.length).toBeLessThanOrEqual(total);
  });

  it.each([
    [
      'a value without a name',
      { targetType: 'container-instance', attributeValue: 'prod' },
      'InvalidParameterException',
      /attributeName/,
    ],
    ['a missing targetType', {}, 'InvalidParameterException', /targetType/],
    [
      'an unknown cluster',
      { targetType: 'container-instance', cluster: 'nope' },
      'ClusterNotFoundException',
      /nope/,
    ],
  ])('rejects %s', (_name, input, error, message) => {
    expectRejected(sim, () => sim.callByName('ecs', 'ListAttributes', input), error, message);
  });
});
