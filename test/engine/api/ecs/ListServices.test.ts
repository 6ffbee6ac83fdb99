import { describe, expect, it } from 'vitest';
import { createService, serviceWorld } from '../../services/world';
import { refused } from './serviceHelpers';

describe('ListServices', () => {
  it('lists ACTIVE services oldest first, in pages, filtered by scheduling strategy', () => {
    const { sim } = serviceWorld(1);
    for (const name of ['a', 'b', 'c']) createService(sim, { serviceName: name, desiredCount: 0 });
    sim.callByName('ecs', 'CreateService', {
      serviceName: 'd',
      taskDefinition: 'web',
      schedulingStrategy: 'DAEMON',
    });
    const arn = (n: string) => `arn:aws:ecs:us-east-1:123456789012:service/default/${n}`;
    const first = sim.callByName('ecs', 'ListServices', { maxResults: 2 }) as {
      serviceArns: string[];
      nextToken?: string;
    };
    expect(first.serviceArns).toEqual([arn('a'), arn('b')]);
    const rest = sim.callByName('ecs', 'ListServices', { maxResults: 2, nextToken: first.nextToken }) as {
      serviceArns: string[];
      nextToken?: string;
    };
    expect(rest).toEqual({ serviceArns: [arn('c'), arn('d')] });
    expect(sim.callByName('ecs', 'ListServices', { schedulingStrategy: 'DAEMON' })).toEqual({
      serviceArns: [arn('d')],
    });
    sim.callByName('ecs', 'DeleteService', { service: 'b' });
    expect((sim.callByName('ecs', 'ListServices', {}) as { serviceArns: string[] }).serviceArns).toEqual([
      arn('a'),
      arn('c'),
      arn('d'),
    ]);
  });

  it('lists a service’s tasks through ListTasks serviceName', () => {
    const { sim } = serviceWorld(1);
    createService(sim, { desiredCount: 2 });
    sim.advance(5);
    const tasks = sim.callByName('ecs', 'ListTasks', { serviceName: 'web' }) as { taskArns: string[] };
    expect(tasks.taskArns).toHaveLength(2);
  });

  it('refuses a token it did not issue', () => {
    const { sim } = serviceWorld(1);
    refused(sim, 'ListServices', { nextToken: 'abc' }, 'InvalidParameterException', /nextToken/);
  });
});
