import { describe, expect, it } from 'vitest';
import { createSimulation, type PlacementTrace } from '../../../src/engine';
import { findScenario } from '../../../src/app/scenarios';
import { replay } from '../../../src/app/timeline';
import { launchContainerInstances } from '../../../src/course/fixtures';
import { explainModel } from '../../../src/viz/explainer/model';

/** A real trace from the engine (of the request's last task): four instances, two t3 and two m5, a memberOf on t3. */
function traceOf(constraint?: string, count = 1): PlacementTrace {
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
    count,
    placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
    ...(constraint ? { placementConstraints: [{ type: 'memberOf', expression: constraint }] } : {}),
  }) as { tasks: Array<{ taskArn: string }> };
  return sim.trace(out.tasks.at(-1)!.taskArn)!;
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

describe('explainer model of a request that left tasks unplaced', () => {
  const failedTrace = () => {
    const sim = replay(findScenario('full-cluster')!, [], 0);
    sim.callByName('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 5 });
    const failed = sim.events.find((e) => e.type === 'PlacementFailed')!;
    return sim.trace(failed.traceId)!;
  };

  it('states the counts so they cannot be misread: 3 of 5 placed, 2 not', () => {
    const m = explainModel(failedTrace());
    expect(m.request).toBe(
      'The request asked for 5 tasks: 3 of 5 placed; 2 could not be placed. Below is the first task that ' +
        'found no instance; the others would have met the same cluster.',
    );
  });

  it('says once, without repeating itself, that no instance could take the task', () => {
    const m = explainModel(failedTrace());
    expect(m.summary).toBe(
      'None of the 3 container instances could take this task: 3 had too little free memory (RESOURCE:MEMORY).',
    );
    expect(m.ecsMessage).toBe('RESOURCE:MEMORY');
    expect(m.rows.every((r) => r.verdict === 'rejected')).toBe(true);
  });
});

describe('explainer model rankings', () => {
  it('says at which strategy and in which group each eligible instance lost, with what the group means', () => {
    // the second task of a request: its AZ spread now counts the first task, so the first task's AZ ranks #2
    const m = explainModel(traceOf(undefined, 2));
    const eligible = m.rows.filter((r) => r.verdict === 'eligible');
    expect(eligible).toHaveLength(3);
    const chosenAz = m.rows.find((r) => r.verdict === 'chosen')!.az;
    for (const row of eligible) {
      if (row.az === chosenAz) {
        expect(row.ranking?.text).toBe('eligible, not picked');
        expect(row.ranking?.title).toMatch(/tied with the chosen instance/);
      } else {
        expect(row.ranking?.text).toBe('eligible, ranked #2 by spread');
        expect(row.ranking?.title).toMatch(
          /groups of equal score, best first; this instance was in group #2/,
        );
      }
    }
    expect(m.rows.find((r) => r.verdict === 'chosen')?.ranking).toBeUndefined();
    expect(m.request).toBe('Task 2 of 2 in its request.');
  });

  it('says an instance tied after every strategy lost the seeded draw', () => {
    const m = explainModel(traceOf());
    const eligible = m.rows.filter((r) => r.verdict === 'eligible');
    expect(eligible.map((r) => r.ranking?.text)).toEqual(Array(3).fill('eligible, not picked'));
    expect(m.request).toBeUndefined();
  });
});

describe('explainer cell text', () => {
  it('reads as plain sentences: what is needed, what the instance has, and the ECS reason once', () => {
    const m = explainModel(traceOf('attribute:ecs.instance-type =~ t3.*'));
    const memberOf = m.columns.findIndex((c) => c.check === 'memberOf');
    const rejected = m.rows.find((r) => r.verdict === 'rejected')!;
    expect(rejected.cells[memberOf]!.title).toBe(
      'Needs a match for attribute:ecs.instance-type =~ t3.*. This instance: does not match. ECS reason: ' +
        'MemberOf placement constraint unsatisfied.',
    );
    const cpu = m.columns.findIndex((c) => c.check === 'cpu');
    expect(m.rows[0]!.cells[cpu]!.title).toMatch(
      /^Needs 256 CPU units\. This instance: \d+ CPU units free\.$/,
    );
  });
});
