import { describe, expect, it } from 'vitest';
import { arn, rejectionOf, withRevisions } from './taskDefinitionHelpers';

describe('ecs DeregisterTaskDefinition', () => {
  it('marks the revision INACTIVE with a deregisteredAt timestamp and logs it', () => {
    const sim = withRevisions({ web: 2 });
    sim.advance(30);
    const out = sim.callByName('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'web:1' }) as {
      taskDefinition: Record<string, unknown>;
    };
    expect(out.taskDefinition).toMatchObject({
      status: 'INACTIVE',
      revision: 1,
      deregisteredAt: '2026-01-01T00:00:30Z',
    });
    expect(sim.state.ecs.taskDefinitions[arn('web:1')]?.status).toBe('INACTIVE');
    expect(sim.state.ecs.taskDefinitions[arn('web:2')]?.status).toBe('ACTIVE');
    expect(sim.events.at(-1)).toEqual({
      type: 'TaskDefinitionDeregistered',
      at: 30,
      taskDefinitionArn: arn('web:1'),
    });
  });

  it('accepts a full ARN', () => {
    const sim = withRevisions({ web: 1 });
    sim.callByName('ecs', 'DeregisterTaskDefinition', { taskDefinition: arn('web:1') });
    expect(sim.state.ecs.taskDefinitions[arn('web:1')]?.status).toBe('INACTIVE');
  });

  it('returns an INACTIVE revision unchanged when deregistered again', () => {
    const sim = withRevisions({ web: 1 });
    sim.callByName('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'web:1' });
    sim.advance(10);
    const before = JSON.stringify(sim.state);
    const out = sim.callByName('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'web:1' }) as {
      taskDefinition: { deregisteredAt: string };
    };
    expect(out.taskDefinition.deregisteredAt).toBe('2026-01-01T00:00:00Z');
    expect(JSON.stringify(sim.state)).toBe(before);
  });

  it.each([
    ['a bare family', 'web', /names a family but no revision/],
    ['an unknown revision', 'web:7', /^The specified task definition does not exist\.$/],
    ['an unknown family', 'api:1', /^The specified task definition does not exist\.$/],
    [
      'an ARN of another account',
      'arn:aws:ecs:us-east-1:999999999999:task-definition/web:1',
      /does not exist/,
    ],
    ['a deleting revision', 'web:2', /DELETE_IN_PROGRESS/],
  ])('rejects %s with ClientException and leaves the state unchanged', (_, taskDefinition, message) => {
    const sim = withRevisions({ web: 2 });
    sim.callByName('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'web:2' });
    sim.callByName('ecs', 'DeleteTaskDefinitions', { taskDefinitions: ['web:2'] });
    const before = JSON.stringify(sim.state);
    const e = rejectionOf(sim, 'DeregisterTaskDefinition', { taskDefinition });
    expect(e).toMatchObject({ name: 'ClientException', field: 'taskDefinition' });
    expect(e.message).toMatch(message);
    expect(JSON.stringify(sim.state)).toBe(before);
  });
});
