import { describe, expect, it } from 'vitest';
import { anAccount, containerInstancesOf, expectRejected } from '../../../builders/account';

describe('ecs DeleteAttributes', () => {
  it('removes custom attributes by name and ignores names the instance does not have', () => {
    const sim = anAccount()
      .withInstances(1, 't3.medium', { attributes: { stack: 'dev', team: 'a' } })
      .build();
    const [arn] = containerInstancesOf(sim);
    const version = sim.state.ecs.containerInstances[arn!]!.version;
    const out = sim.call('ecs', 'DeleteAttributes', {
      attributes: [
        { name: 'stack', targetId: arn! },
        { name: 'never-set', targetId: arn! },
      ],
    });
    expect(out.attributes.map((a) => a.name)).toEqual(['stack', 'never-set']);
    const names = sim.state.ecs.containerInstances[arn!]!.attributes.map((a) => a.name);
    expect(names).toContain('team');
    expect(names).not.toContain('stack');
    expect(sim.state.ecs.containerInstances[arn!]!.version).toBe(version + 1);
    expect(
      sim.call('ecs', 'ListContainerInstances', { filter: 'attribute:stack exists' }).containerInstanceArns,
    ).toEqual([]);
  });

  it.each([
    ['an unknown target', { name: 'stack', targetId: 'f'.repeat(32) }, 'TargetNotFoundException'],
    ['a built-in attribute', { name: 'ecs.os-type', targetId: 'T' }, 'InvalidParameterException'],
    ['no target', { name: 'stack' }, 'InvalidParameterException'],
  ])('rejects %s, leaving the state unchanged', (_name, attribute, error) => {
    const sim = anAccount()
      .withInstances(1, 't3.medium', { attributes: { stack: 'dev' } })
      .build();
    const [arn] = containerInstancesOf(sim);
    const fixed =
      'targetId' in attribute && attribute.targetId === 'T' ? { ...attribute, targetId: arn! } : attribute;
    expectRejected(
      sim,
      () =>
        sim.callByName('ecs', 'DeleteAttributes', { attributes: [{ name: 'stack', targetId: arn! }, fixed] }),
      error,
    );
  });
});
