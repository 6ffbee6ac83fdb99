import { describe, expect, it } from 'vitest';
import { rejectionOf, withRevisions } from './taskDefinitionHelpers';

type Listed = { families: string[]; nextToken?: string };

const families = (sim: ReturnType<typeof withRevisions>, input: Record<string, unknown> = {}) =>
  sim.callByName('ecs', 'ListTaskDefinitionFamilies', input) as Listed;

describe('ecs ListTaskDefinitionFamilies', () => {
  const scenario = () => {
    const sim = withRevisions({ web: 2, worker: 1, api: 1 });
    sim.callByName('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'worker:1' });
    sim.callByName('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'web:1' });
    return sim;
  };

  it('lists every family, sorted, by default', () => {
    expect(families(scenario()).families).toEqual(['api', 'web', 'worker']);
  });

  it.each([
    ['ACTIVE', ['api', 'web']],
    ['INACTIVE', ['worker']],
    ['ALL', ['api', 'web', 'worker']],
  ])('with status %s lists %j', (status, expected) => {
    expect(families(scenario(), { status }).families).toEqual(expected);
  });

  it('filters by prefix and pages', () => {
    const sim = scenario();
    expect(families(sim, { familyPrefix: 'w' }).families).toEqual(['web', 'worker']);
    const first = families(sim, { maxResults: 2 });
    expect(first.families).toEqual(['api', 'web']);
    expect(families(sim, { maxResults: 2, nextToken: first.nextToken })).toEqual({ families: ['worker'] });
  });

  it('rejects an unknown status', () => {
    expect(rejectionOf(scenario(), 'ListTaskDefinitionFamilies', { status: 'DELETED' })).toMatchObject({
      name: 'InvalidParameterException',
      field: 'status',
    });
  });
});
