import { describe, expect, it } from 'vitest';
import { arn, rejectionOf, withRevisions } from './taskDefinitionHelpers';

describe('ecs DeleteTaskDefinitions', () => {
  it('moves INACTIVE revisions to DELETE_IN_PROGRESS and reports the rest as failures', () => {
    const sim = withRevisions({ web: 3 });
    sim.callByName('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'web:1' });
    const out = sim.callByName('ecs', 'DeleteTaskDefinitions', {
      taskDefinitions: ['web:1', 'web:2', 'web:9', 'web', 'not a name'],
    }) as {
      taskDefinitions: Array<{ status: string; revision: number }>;
      failures: Array<{ arn: string; reason: string }>;
    };
    expect(out.taskDefinitions.map((t) => [t.revision, t.status])).toEqual([[1, 'DELETE_IN_PROGRESS']]);
    expect(out.failures).toEqual([
      { arn: 'web:2', reason: expect.stringMatching(/still in ACTIVE status/) },
      { arn: 'web:9', reason: expect.stringMatching(/does not exist/) },
      { arn: 'web', reason: expect.stringMatching(/identifier is invalid/) },
      { arn: 'not a name', reason: expect.stringMatching(/identifier is invalid/) },
    ]);
    expect(sim.state.ecs.taskDefinitions[arn('web:1')]?.status).toBe('DELETE_IN_PROGRESS');
    expect(sim.state.ecs.taskDefinitions[arn('web:2')]?.status).toBe('ACTIVE');
  });

  it('accepts full ARNs', () => {
    const sim = withRevisions({ web: 1 });
    sim.callByName('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'web:1' });
    const out = sim.callByName('ecs', 'DeleteTaskDefinitions', { taskDefinitions: [arn('web:1')] }) as {
      failures: unknown[];
    };
    expect(out.failures).toEqual([]);
  });

  it.each([
    ['an empty list', []],
    ['more than 10 references', Array.from({ length: 11 }, (_, i) => `web:${i + 1}`)],
  ])('rejects %s and leaves the state unchanged', (_, taskDefinitions) => {
    const sim = withRevisions({ web: 1 });
    const before = JSON.stringify(sim.state);
    expect(rejectionOf(sim, 'DeleteTaskDefinitions', { taskDefinitions })).toMatchObject({
      name: 'InvalidParameterException',
      field: 'taskDefinitions',
    });
    expect(JSON.stringify(sim.state)).toBe(before);
  });
});
