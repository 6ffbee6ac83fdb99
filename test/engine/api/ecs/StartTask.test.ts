import { describe, expect, it } from 'vitest';
import { aContainerInstance } from '../../../builders/containerInstance';
import { errorOf, placedOn, staged } from './runTaskHelpers';

const ci = aContainerInstance;
const arnOf = (id: string) => `arn:aws:ecs:us-east-1:123456789012:container-instance/default/${id}`;

const startTask = (sim: ReturnType<typeof staged>['sim'], input: Record<string, unknown>) =>
  sim.callByName('ecs', 'StartTask', { taskDefinition: 'web', ...input }) as {
    tasks: Array<{ taskArn: string; containerInstanceArn?: string }>;
    failures: Array<{ arn?: string; reason: string }>;
  };

describe('ecs StartTask', () => {
  it('starts one task on each listed instance, by id or ARN, reserving its resources', () => {
    const { sim } = staged([ci('a').build(), ci('b').build(), ci('c').build()]);
    const out = startTask(sim, { containerInstances: ['a', arnOf('c')] });
    expect(placedOn(out)).toEqual(['a', 'c']);
    expect(out.failures).toEqual([]);
    expect(sim.state.ecs.containerInstances[arnOf('a')]!.remainingResources.memory).toBe(7680 - 512);
    expect(sim.state.ecs.containerInstances[arnOf('b')]!.remainingResources.memory).toBe(7680);
  });

  it.each([
    {
      name: 'MISSING for an instance not in the cluster',
      instance: ci('x').inCluster('other').build(),
      reason: 'MISSING',
    },
    {
      name: 'INACTIVE for a deregistered instance',
      instance: ci('x').withStatus('INACTIVE').build(),
      reason: 'INACTIVE',
    },
    {
      name: 'RESOURCE:MEMORY for an instance without room',
      instance: ci('x').withMemory(256).build(),
      reason: 'RESOURCE:MEMORY',
    },
    { name: 'AGENT for a disconnected agent', instance: ci('x').disconnected().build(), reason: 'AGENT' },
  ])('reports $name', ({ instance, reason }) => {
    const { sim } = staged([instance, ci('ok').build()]);
    const out = startTask(sim, { containerInstances: [instance.containerInstanceArn, 'ok'] });
    expect(placedOn(out)).toEqual(['ok']);
    expect(out.failures).toEqual([{ arn: instance.containerInstanceArn, reason }]);
  });

  it('reports an unknown id as MISSING with its full ARN', () => {
    const { sim } = staged([ci('a').build()]);
    expect(startTask(sim, { containerInstances: ['nope'] }).failures).toEqual([
      { arn: arnOf('nope'), reason: 'MISSING' },
    ]);
  });

  it('records a one-instance trace for each attempt', () => {
    const { sim } = staged([ci('a').build()]);
    const out = startTask(sim, { containerInstances: ['a'] });
    const trace = sim.trace(out.tasks[0]!.taskArn)!;
    expect(trace.candidates).toHaveLength(1);
    expect(trace.steps).toEqual([]);
    expect(trace.chosen).toBe(arnOf('a'));
  });

  it('rejects more than 10 instances and leaves the state unchanged', () => {
    const { sim } = staged([ci('a').build()]);
    const before = JSON.stringify(sim.state);
    const e = errorOf(() => startTask(sim, { containerInstances: Array.from({ length: 11 }, () => 'a') }));
    expect(e.name).toBe('InvalidParameterException');
    expect(e.message).toMatch(/containerInstances.*at most 10/);
    expect(JSON.stringify(sim.state)).toBe(before);
  });
});
