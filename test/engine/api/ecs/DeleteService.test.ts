import { describe, expect, it } from 'vitest';
import { createService, describe1, serviceTasks, serviceWorld } from '../../services/world';
import { refused } from './serviceHelpers';

describe('DeleteService', () => {
  it('refuses a REPLICA service scaled above 0 unless forced', () => {
    const { sim } = serviceWorld(1);
    createService(sim, { desiredCount: 2 });
    refused(
      sim,
      'DeleteService',
      { service: 'web' },
      'InvalidParameterException',
      /^The service cannot be stopped while it is scaled above 0\./,
    );
  });

  it('drains a service scaled to 0 and leaves it INACTIVE, still described but no longer listed', () => {
    const { sim } = serviceWorld(1);
    createService(sim, { desiredCount: 1 });
    sim.advance(60);
    sim.callByName('ecs', 'UpdateService', { service: 'web', desiredCount: 0 });
    const out = sim.callByName('ecs', 'DeleteService', { service: 'web' }) as {
      service: { status: string; desiredCount: number };
    };
    expect(out.service).toMatchObject({ status: 'DRAINING', desiredCount: 0 });
    expect((sim.callByName('ecs', 'ListServices', {}) as { serviceArns: string[] }).serviceArns).toEqual([]);
    sim.advance(120);
    expect(describe1(sim).status).toBe('INACTIVE');
    expect(serviceTasks(sim).every((t) => t.lastStatus === 'STOPPED')).toBe(true);
  });

  it('refuses an unknown service', () => {
    const { sim } = serviceWorld(1);
    refused(
      sim,
      'DeleteService',
      { service: 'ghost', force: true },
      'ServiceNotFoundException',
      /Service not found/,
    );
  });
});
