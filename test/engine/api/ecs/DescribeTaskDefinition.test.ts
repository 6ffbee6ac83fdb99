import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/engine';
import { resolveTaskDefinition } from '../../../../src/engine/taskDefinitions';
import { anEc2Definition } from '../../taskDefinitions/fixtures';
import { arn, rejectionOf, withRevisions } from './taskDefinitionHelpers';

type Described = { taskDefinition: { revision: number; status: string }; tags?: unknown };

const describeTd = (sim: ReturnType<typeof withRevisions>, input: Record<string, unknown>) =>
  sim.callByName('ecs', 'DescribeTaskDefinition', input) as Described;

describe('ecs DescribeTaskDefinition', () => {
  it('resolves a bare family to the latest ACTIVE revision, skipping INACTIVE ones', () => {
    const sim = withRevisions({ web: 3 });
    sim.callByName('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'web:3' });
    expect(describeTd(sim, { taskDefinition: 'web' }).taskDefinition.revision).toBe(2);
    expect(resolveTaskDefinition(sim.state as never, 'web')?.revision).toBe(2);
  });

  it('returns a named revision whatever its status', () => {
    const sim = withRevisions({ web: 2 });
    sim.callByName('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'web:1' });
    expect(describeTd(sim, { taskDefinition: 'web:1' }).taskDefinition).toMatchObject({
      revision: 1,
      status: 'INACTIVE',
    });
    expect(describeTd(sim, { taskDefinition: arn('web:2') }).taskDefinition).toMatchObject({ revision: 2 });
  });

  it('includes tags only when asked', () => {
    const sim = createSimulation();
    sim.callByName(
      'ecs',
      'RegisterTaskDefinition',
      anEc2Definition({ tags: [{ key: 'team', value: 'web' }] }),
    );
    expect(describeTd(sim, { taskDefinition: 'web:1' })).not.toHaveProperty('tags');
    expect(describeTd(sim, { taskDefinition: 'web:1', include: ['TAGS'] }).tags).toEqual([
      { key: 'team', value: 'web' },
    ]);
  });

  it.each([
    ['an unknown family', 'api'],
    ['a family with no ACTIVE revision', 'gone'],
    ['an unknown revision', 'web:9'],
    ['a malformed reference', 'web:one'],
  ])('rejects %s with "Unable to describe task definition."', (_, taskDefinition) => {
    const sim = withRevisions({ web: 1, gone: 1 });
    sim.callByName('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'gone:1' });
    expect(resolveTaskDefinition(sim.state as never, taskDefinition)).toBeUndefined();
    expect(rejectionOf(sim, 'DescribeTaskDefinition', { taskDefinition })).toMatchObject({
      name: 'ClientException',
      message: 'Unable to describe task definition.',
    });
  });
});
