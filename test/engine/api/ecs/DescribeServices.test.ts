import { describe, expect, it } from 'vitest';
import { createService, serviceWorld } from '../../services/world';

describe('DescribeServices', () => {
  it('describes by name or ARN and reports unknown names as MISSING failures', () => {
    const { sim } = serviceWorld(1);
    const created = createService(sim, { desiredCount: 1, tags: [{ key: 'team', value: 'web' }] });
    sim.advance(60);
    const out = sim.callByName('ecs', 'DescribeServices', {
      services: ['web', created.serviceArn, 'ghost'],
      include: ['TAGS'],
    }) as {
      services: Array<{
        serviceName: string;
        runningCount: number;
        tags: unknown[];
        events: Array<{ id: string; createdAt: string; message: string }>;
      }>;
      failures: Array<{ arn: string; reason: string }>;
    };
    expect(out.services.map((s) => s.serviceName)).toEqual(['web', 'web']);
    expect(out.services[0]!.runningCount).toBe(1);
    expect(out.services[0]!.tags).toEqual([{ key: 'team', value: 'web' }]);
    expect(out.services[0]!.events[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      createdAt: expect.stringMatching(/^2026-01-01T00:00:\d\d(\.\d+)?Z$/),
      message: 'service web has reached a steady state.',
    });
    expect(out.failures).toEqual([
      { arn: 'arn:aws:ecs:us-east-1:123456789012:service/default/ghost', reason: 'MISSING' },
    ]);
  });

  it('keeps only the newest 100 events', () => {
    const { sim } = serviceWorld(1);
    createService(sim, { desiredCount: 1 });
    for (let i = 0; i < 60; i++) {
      sim.callByName('ecs', 'UpdateService', { service: 'web', desiredCount: i % 2 ? 1 : 2 });
      sim.advance(60);
    }
    const events = (
      sim.callByName('ecs', 'DescribeServices', { services: ['web'] }) as {
        services: Array<{ events: unknown[] }>;
      }
    ).services[0]!.events;
    expect(events).toHaveLength(100);
  });
});
