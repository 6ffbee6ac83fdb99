import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../src/app/scenarios';
import { buildScenario } from '../../../src/app/timeline';
import { commonChanges } from '../../../src/app/whatIf/changes';
import { FARGATE_RENDER_INPUT } from '../../builders/taskDefinition';

const labels = (groups: ReturnType<typeof commonChanges>) =>
  Object.fromEntries(groups.map((g) => [g.title, g.changes.map((c) => c.label)]));

describe('commonChanges', () => {
  it('offers to drain each active instance by name, lose each AZ in use, and rescale or re-place each service', () => {
    const sim = buildScenario(findScenario('web-behind-alb')!);
    const offered = labels(commonChanges(sim));
    expect(Object.keys(offered)).toEqual([
      'Drain an instance',
      'Lose an Availability Zone',
      'Change a desired count',
      'Change a placement strategy',
    ]);
    expect(offered['Drain an instance']).toHaveLength(3);
    for (const label of offered['Drain an instance']!)
      expect(label).toMatch(/^drain m5-[abc] \(i-[0-9a-f]+\)$/);
    expect(offered['Lose an Availability Zone']).toEqual([
      'lose us-east-1a',
      'lose us-east-1b',
      'lose us-east-1c',
    ]);
    expect(offered['Change a desired count']).toEqual([
      'web-svc: desiredCount 4 → 5',
      'web-svc: desiredCount 4 → 3',
    ]);
    expect(offered['Change a placement strategy']).toHaveLength(3);
  });

  it('offers only changes the simulation accepts', () => {
    const sim = buildScenario(findScenario('web-behind-alb')!);
    for (const change of commonChanges(sim).flatMap((g) => g.changes)) {
      const copy = sim.fork();
      expect(
        () => copy.callByName(change.service, change.operation, change.input),
        change.label,
      ).not.toThrow();
    }
  });

  it('leaves out a drained instance, a failed AZ and the strategy a service already has', () => {
    const sim = buildScenario(findScenario('web-behind-alb')!);
    const [drain] = commonChanges(sim)[0]!.changes;
    sim.callByName(drain!.service, drain!.operation, drain!.input);
    sim.call('sim', 'FailAvailabilityZone', { availabilityZone: 'us-east-1c' });
    sim.call('ecs', 'UpdateService', {
      cluster: 'demo',
      service: 'web-svc',
      placementStrategy: [{ type: 'random' }],
    });
    const offered = labels(commonChanges(sim));
    expect(offered['Drain an instance']).toHaveLength(2);
    expect(offered['Drain an instance']).not.toContain(drain!.label);
    expect(offered['Lose an Availability Zone']).not.toContain('lose us-east-1c');
    expect(offered['Change a placement strategy']).toEqual([
      'web-svc: placement binpack (memory)',
      'web-svc: placement spread (AZ) + spread (instance)',
    ]);
  });

  it('offers no placement strategy to a Fargate service, and nothing at all on an empty account', () => {
    const sim = buildScenario(findScenario('empty')!);
    expect(commonChanges(sim)).toEqual([]);
    sim.call('ecs', 'CreateCluster', { clusterName: 'reports' });
    sim.call('ecs', 'RegisterTaskDefinition', FARGATE_RENDER_INPUT);
    sim.call('ecs', 'CreateService', {
      cluster: 'reports',
      serviceName: 'render',
      taskDefinition: 'render',
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: {
        awsvpcConfiguration: { subnets: Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId) },
      },
    });
    expect(labels(commonChanges(sim))).toEqual({
      'Change a desired count': ['render: desiredCount 1 → 2', 'render: desiredCount 1 → 0'],
    });
  });
});
