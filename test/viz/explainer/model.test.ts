import { describe, expect, it } from 'vitest';
import { createSimulation, type PlacementTrace } from '../../../src/engine';
import { launchContainerInstances } from '../../../src/course/fixtures';
import { explainModel } from '../../../src/viz/explainer/model';

/** A real trace from the engine: four instances, two t3 and two m5, a memberOf on t3. */
function traceOf(constraint?: string): PlacementTrace {
  const sim = createSimulation({ seed: 3 });
  sim.callByName('ecs', 'CreateCluster', { clusterName: 'demo' });
  for (const [type, az] of [
    ['t3.medium', 'us-east-1a'],
    ['t3.medium', 'us-east-1b'],
    ['m5.large', 'us-east-1a'],
    ['m5.large', 'us-east-1b'],
  ] as const) {
    launchContainerInstances(sim, { cluster: 'demo', instanceType: type, availabilityZone: az });
  }
  sim.advance(120);
  sim.callByName('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    containerDefinitions: [{ name: 'web', image: 'nginx:latest', memory: 512, cpu: 256 }],
  });
  const out = sim.callByName('ecs', 'RunTask', {
    cluster: 'demo',
    taskDefinition: 'web',
    placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
    ...(constraint ? { placementConstraints: [{ type: 'memberOf', expression: constraint }] } : {}),
  }) as { tasks: Array<{ taskArn: string }> };
  return sim.trace(out.tasks[0]!.taskArn)!;
}

describe('explainer model', () => {
  it('has one row per instance and marks exactly one as chosen', () => {
    const m = explainModel(traceOf());
    expect(m.rows).toHaveLength(4);
    expect(m.rows.filter((r) => r.verdict === 'chosen')).toHaveLength(1);
    expect(m.counts).toEqual({ candidates: 4, rejected: 0, eligible: 4 });
    expect(m.summary).toMatch(
      /^4 of 4 instances could take the task; after spread \(attribute:ecs\.availability-zone\)/,
    );
  });

  it('names the rejecting check and the real reason for each rejected instance', () => {
    const m = explainModel(traceOf('attribute:ecs.instance-type =~ t3.*'));
    const rejected = m.rows.filter((r) => r.verdict === 'rejected');
    expect(rejected).toHaveLength(2);
    for (const row of rejected) {
      expect(row.instanceType).toBe('m5.large');
      expect(row.reason).toBe('MemberOf placement constraint unsatisfied.');
      const memberOf = m.columns.findIndex((c) => c.check === 'memberOf');
      expect(row.cells[memberOf]?.state).toBe('fail');
    }
    expect(m.rows.find((r) => r.verdict === 'chosen')?.instanceType).toBe('t3.medium');
  });

  it('shows only the checks that ran, in ECS order, and a column per used check', () => {
    const m = explainModel(traceOf('attribute:ecs.instance-type =~ t3.*'));
    const order = m.columns.map((c) => c.check);
    expect(order.indexOf('cpu')).toBeLessThan(order.indexOf('memory'));
    expect(order.indexOf('memory')).toBeLessThan(order.indexOf('memberOf'));
    expect(order).not.toContain('eni');
  });

  it('lists the strategy steps with the best group first', () => {
    const m = explainModel(traceOf());
    expect(m.steps[0]?.title).toBe('spread (attribute:ecs.availability-zone)');
    const best = m.steps[0]!.groups[0]!;
    expect(best.length).toBeGreaterThan(0);
    expect(best.every((member) => member.label.startsWith('i-'))).toBe(true);
  });
});
