import { describe, expect, it } from 'vitest';
import { anAccount, containerInstancesOf, expectRejected } from '../../../builders/account';
import { arnName } from '../../../../src/lib/arn';

const setup = () => {
  const sim = anAccount()
    .withInstances(2, 't3.medium', { attributes: { stack: 'dev' } })
    .build();
  return { sim, arns: containerInstancesOf(sim) };
};
const attributesOf = (sim: ReturnType<typeof setup>['sim'], arn: string) =>
  Object.fromEntries(
    sim.state.ecs.containerInstances[arn]!.attributes.filter((a) => !a.name.includes('.')).map((a) => [
      a.name,
      a.value,
    ]),
  );

describe('ecs PutAttributes', () => {
  it('adds and replaces custom attributes by instance id or ARN', () => {
    const { sim, arns } = setup();
    const [a, b] = arns;
    const out = sim.call('ecs', 'PutAttributes', {
      attributes: [
        { name: 'stack', value: 'prod', targetId: a! },
        { name: 'gpu', targetId: arnName(b!) },
      ],
    });
    expect(out.attributes).toEqual([
      { name: 'stack', value: 'prod', targetId: a, targetType: 'container-instance' },
      { name: 'gpu', targetId: arnName(b!), targetType: 'container-instance' },
    ]);
    expect(attributesOf(sim, a!)).toEqual({ stack: 'prod' });
    expect(attributesOf(sim, b!)).toEqual({ stack: 'dev', gpu: undefined });
    const query = sim.call('ecs', 'ListContainerInstances', { filter: 'attribute:stack == prod' });
    expect(query.containerInstanceArns).toEqual([a]);
  });

  it('accepts the documented value characters', () => {
    const { sim, arns } = setup();
    sim.call('ecs', 'PutAttributes', {
      attributes: [{ name: 'team/x_y-z.1', value: 'a b@c:d/e\\f', targetId: arns[0]! }],
    });
    expect(sim.state.ecs.containerInstances[arns[0]!]!.attributes.at(-1)).toEqual({
      name: 'team/x_y-z.1',
      value: 'a b@c:d/e\\f',
    });
  });

  it('allows ten custom attributes on an instance (stack plus nine) but not eleven', () => {
    const { sim, arns } = setup();
    const put = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => ({ name: `k${from + i}`, value: 'v', targetId: arns[0]! }));
    sim.call('ecs', 'PutAttributes', { attributes: put(0, 9) });
    expectRejected(
      sim,
      () => sim.call('ecs', 'PutAttributes', { attributes: put(9, 10) }),
      'AttributeLimitExceededException',
      /11 custom attributes; ECS allows 10/,
    );
  });

  it.each(['PutAttributes', 'DeleteAttributes'] as const)(
    '%s takes at most 10 attributes per call',
    (operation) => {
      const { sim, arns } = setup();
      const attributes = (n: number) =>
        Array.from({ length: n }, (_, i) => ({ name: i === 0 ? 'stack' : `k${i}`, targetId: arns[1]! }));
      expect(() => sim.call('ecs', operation, { attributes: attributes(10) })).not.toThrow();
      expectRejected(
        sim,
        () => sim.call('ecs', operation, { attributes: attributes(11) }),
        'InvalidParameterException',
        /'attributes' can have at most 10 items/,
      );
    },
  );

  it.each([
    ['no targetId', [{ name: 'x' }], 'InvalidParameterException', /targetId/],
    [
      'an instance that does not exist',
      [{ name: 'x', targetId: 'f'.repeat(32) }],
      'TargetNotFoundException',
      /attributes\[1\]\.targetId/,
    ],
    [
      'a name ECS owns',
      [{ name: 'ecs.instance-type', value: 'huge', targetId: 'T' }],
      'InvalidParameterException',
      /set by ECS/,
    ],
    [
      'a name with a space',
      [{ name: 'my stack', targetId: 'T' }],
      'InvalidParameterException',
      /attributes\[1\]\.name/,
    ],
    [
      'a value with a leading space',
      [{ name: 'x', value: ' a', targetId: 'T' }],
      'InvalidParameterException',
      /attributes\[1\]\.value/,
    ],
    [
      'a value of 129 characters',
      [{ name: 'x', value: 'a'.repeat(129), targetId: 'T' }],
      'InvalidParameterException',
      /at most 128/,
    ],
    [
      'a target type other than container-instance',
      [{ name: 'x', targetType: 'task', targetId: 'T' }],
      'InvalidParameterException',
      /targetType/,
    ],
  ])('rejects %s and changes nothing', (_name, attributes, error, message) => {
    const { sim, arns } = setup();
    const input = {
      attributes: [
        { name: 'fine', value: 'ok', targetId: arns[1]! },
        ...attributes.map((a) => ('targetId' in a && a.targetId === 'T' ? { ...a, targetId: arns[0]! } : a)),
      ],
    };
    expectRejected(sim, () => sim.callByName('ecs', 'PutAttributes', input), error, message);
  });

  it('rejects a deregistered instance as a target', () => {
    const { sim, arns } = setup();
    sim.call('ecs', 'DeregisterContainerInstance', { containerInstance: arns[0]! });
    expectRejected(
      sim,
      () => sim.call('ecs', 'PutAttributes', { attributes: [{ name: 'x', targetId: arns[0]! }] }),
      'TargetNotFoundException',
    );
  });
});
