import { describe, expect, it } from 'vitest';
import { arn, rejectionOf, withRevisions } from './taskDefinitionHelpers';

type Listed = { taskDefinitionArns: string[]; nextToken?: string };

const list = (sim: ReturnType<typeof withRevisions>, input: Record<string, unknown> = {}) =>
  sim.callByName('ecs', 'ListTaskDefinitions', input) as Listed;

describe('ecs ListTaskDefinitions', () => {
  it('lists ACTIVE revisions by family then revision, ascending by default', () => {
    const sim = withRevisions({ web: 2, api: 2 });
    sim.callByName('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'web:1' });
    expect(list(sim).taskDefinitionArns).toEqual([arn('api:1'), arn('api:2'), arn('web:2')]);
    expect(list(sim, { sort: 'DESC' }).taskDefinitionArns).toEqual([
      arn('web:2'),
      arn('api:2'),
      arn('api:1'),
    ]);
  });

  it('filters by status and by the full family name', () => {
    const sim = withRevisions({ web: 2, webapp: 1 });
    sim.callByName('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'web:1' });
    expect(list(sim, { status: 'INACTIVE' }).taskDefinitionArns).toEqual([arn('web:1')]);
    expect(list(sim, { familyPrefix: 'web' }).taskDefinitionArns).toEqual([arn('web:2')]);
  });

  it('pages with maxResults and nextToken', () => {
    const sim = withRevisions({ web: 5 });
    const first = list(sim, { maxResults: 2 });
    expect(first.taskDefinitionArns).toEqual([arn('web:1'), arn('web:2')]);
    const second = list(sim, { maxResults: 2, nextToken: first.nextToken });
    expect(second.taskDefinitionArns).toEqual([arn('web:3'), arn('web:4')]);
    const last = list(sim, { maxResults: 2, nextToken: second.nextToken });
    expect(last).toEqual({ taskDefinitionArns: [arn('web:5')] });
  });

  it.each([
    [{ nextToken: 'garbage' }, 'nextToken'],
    [{ maxResults: 0 }, 'maxResults'],
    [{ sort: 'UP' }, 'sort'],
  ])('rejects %j naming the member', (input, field) => {
    expect(rejectionOf(withRevisions({ web: 1 }), 'ListTaskDefinitions', input)).toMatchObject({
      name: 'InvalidParameterException',
      field,
    });
  });
});
