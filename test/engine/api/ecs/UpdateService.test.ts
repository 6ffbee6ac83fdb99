import { describe, expect, it } from 'vitest';
import { createService, registerWeb, serviceWorld } from '../../services/world';
import { refused } from './serviceHelpers';

type Updated = {
  service: {
    desiredCount: number;
    deployments: Array<{ status: string; taskDefinition: string }>;
    deploymentConfiguration: Record<string, unknown>;
    placementStrategy: unknown[];
  };
};
const update = (sim: ReturnType<typeof serviceWorld>['sim'], input: Record<string, unknown>) =>
  (sim.callByName('ecs', 'UpdateService', { service: 'web', ...input }) as Updated).service;

describe('UpdateService', () => {
  it('starts a new deployment for a new task definition, with the old one ACTIVE', () => {
    const { sim, v1 } = serviceWorld(1);
    createService(sim, { desiredCount: 2 });
    sim.advance(5);
    const v2 = registerWeb(sim, 'v2');
    const service = update(sim, { taskDefinition: 'web:2' });
    expect(service.deployments.map((d) => [d.status, d.taskDefinition])).toEqual([
      ['PRIMARY', v2],
      ['ACTIVE', v1],
    ]);
  });

  it('changes desired count, placement and the deployment configuration in place', () => {
    const { sim } = serviceWorld(1);
    createService(sim, { desiredCount: 2 });
    const service = update(sim, {
      desiredCount: 5,
      placementStrategy: [{ type: 'binpack', field: 'memory' }],
      deploymentConfiguration: { minimumHealthyPercent: 50 },
    });
    expect(service.desiredCount).toBe(5);
    expect(service.deployments).toHaveLength(1);
    expect(service.placementStrategy).toEqual([{ type: 'binpack', field: 'memory' }]);
    // what the request leaves out keeps its value
    expect(service.deploymentConfiguration).toMatchObject({ minimumHealthyPercent: 50, maximumPercent: 200 });
  });

  it('refuses an unknown service, a deleted one, and a desired count for a daemon, changing nothing', () => {
    const { sim } = serviceWorld(1);
    refused(
      sim,
      'UpdateService',
      { service: 'nope', desiredCount: 1 },
      'ServiceNotFoundException',
      /^Service not found\./,
    );
    createService(sim, { desiredCount: 0 });
    sim.callByName('ecs', 'DeleteService', { service: 'web' });
    refused(
      sim,
      'UpdateService',
      { service: 'web', desiredCount: 1 },
      'ServiceNotActiveException',
      /^Service was not ACTIVE\./,
    );
    sim.callByName('ecs', 'CreateService', {
      serviceName: 'agent',
      taskDefinition: 'web',
      schedulingStrategy: 'DAEMON',
    });
    refused(
      sim,
      'UpdateService',
      { service: 'agent', desiredCount: 3 },
      'InvalidParameterException',
      /^The daemon scheduling strategy does not support a desired count/,
    );
    refused(
      sim,
      'UpdateService',
      { service: 'agent', taskDefinition: 'missing' },
      'ClientException',
      /Unable to describe task definition/,
    );
  });
});
