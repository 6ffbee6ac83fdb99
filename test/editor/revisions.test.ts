import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine';
import { revisionEntry } from '../../src/editor/revisions';
import type { TaskDefinition } from '../../src/engine/model/taskDefinition';

const register = (sim: ReturnType<typeof createSimulation>, memory: number) =>
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    containerDefinitions: [{ name: 'web', image: 'nginx', memory }],
  });

const stored = (sim: ReturnType<typeof createSimulation>) =>
  Object.values(sim.state.ecs.taskDefinitions) as ReadonlyArray<TaskDefinition>;

describe('revisionEntry', () => {
  it('labels a revision family:revision and keys it by ARN', () => {
    const sim = createSimulation({ seed: 1 });
    register(sim, 256);
    const [td] = stored(sim);
    expect(revisionEntry(td!)).toMatchObject({ id: td!.taskDefinitionArn, label: 'web:1' });
  });

  it('leaves out what ECS adds at registration, so two revisions differ only in what was edited', () => {
    const sim = createSimulation({ seed: 1 });
    register(sim, 256);
    sim.advance(60);
    register(sim, 512);
    const [a, b] = stored(sim).map(revisionEntry);
    const text = a!.text;
    for (const member of ['taskDefinitionArn', 'revision', 'status', 'registeredAt', 'compatibilities']) {
      expect(text).not.toContain(`"${member}"`);
    }
    expect(JSON.parse(text)).toMatchObject({ family: 'web', containerDefinitions: [{ memory: 256 }] });
    expect(b!.text).toBe(text.replace('"memory": 256', '"memory": 512'));
  });

  it('gives text that registers again as the next revision, tags included', () => {
    const sim = createSimulation({ seed: 1 });
    register(sim, 256);
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'tagged',
      containerDefinitions: [{ name: 'app', image: 'nginx', memory: 128 }],
      tags: [{ key: 'team', value: 'blue' }],
    });
    for (const entry of stored(sim).map(revisionEntry)) {
      const again = sim.callByName('ecs', 'RegisterTaskDefinition', JSON.parse(entry.text)) as {
        taskDefinition: { revision: number };
      };
      expect(again.taskDefinition.revision).toBe(2);
    }
    expect(JSON.parse(revisionEntry(stored(sim).find((td) => td.family === 'tagged')!).text)).toMatchObject({
      tags: [{ key: 'team', value: 'blue' }],
    });
  });

  it('notes the status of a revision that is no longer ACTIVE', () => {
    const sim = createSimulation({ seed: 1 });
    register(sim, 256);
    sim.call('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'web:1' });
    const [td] = stored(sim);
    expect(revisionEntry(td!).detail).toBe('INACTIVE');
  });
});
