import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../src/app/scenarios';
import { replay } from '../../../src/app/timeline';
import type { Simulation } from '../../../src/engine';
import { explainModel } from '../../../src/viz/explainer/model';
import { FARGATE_MODEL_NOTE, fargateModel } from '../../../src/viz/explainer/fargate';
import { FARGATE_RENDER_INPUT } from '../../builders/taskDefinition';

/** An empty account with a cluster and a Fargate definition: every task's trace carries a Fargate choice. */
function fargateSim(): Simulation {
  const sim = replay(findScenario('empty')!, [], 0);
  sim.callByName('ecs', 'CreateCluster', { clusterName: 'reports' });
  sim.callByName('ecs', 'RegisterTaskDefinition', FARGATE_RENDER_INPUT);
  return sim;
}

const subnetsByAz = (sim: Simulation) =>
  Object.fromEntries(Object.values(sim.state.ec2.subnets).map((s) => [s.AvailabilityZone, s.SubnetId]));

const runRender = (sim: Simulation, subnets: string[], count: number) =>
  sim.callByName('ecs', 'RunTask', {
    cluster: 'reports',
    taskDefinition: 'render',
    launchType: 'FARGATE',
    count,
    networkConfiguration: { awsvpcConfiguration: { subnets } },
  }) as { tasks: Array<{ taskArn: string; availabilityZone: string }> };

describe('Fargate explainer model', () => {
  it('shows each offered AZ with its counts at decision time and marks the chosen one', () => {
    const sim = fargateSim();
    const s = subnetsByAz(sim);
    const out = runRender(sim, [s['us-east-1a']!, s['us-east-1b']!, s['us-east-1c']!], 4);
    const fourth = fargateModel(sim.trace(out.tasks[3]!.taskArn)!)!;
    expect(fourth.group).toBe('family:render');
    expect(fourth.rows.map((r) => [r.availabilityZone, r.groupTasks, r.clusterTasks])).toEqual([
      ['us-east-1a', 1, 1],
      ['us-east-1b', 1, 1],
      ['us-east-1c', 1, 1],
    ]);
    const chosen = fourth.rows.filter((r) => r.verdict === 'chosen');
    expect(chosen.map((r) => r.availabilityZone)).toEqual([out.tasks[3]!.availabilityZone]);
    // all three were tied at one task each: the others are "tied", none has "more"
    expect(fourth.rows.filter((r) => r.verdict === 'tied')).toHaveLength(2);
    expect(fourth.chosenSubnetId).toBe(s[out.tasks[3]!.availabilityZone]);
    expect(fourth.summary).toMatch(/seeded generator/);
  });

  it('groups several subnets of one AZ into one row and marks AZs with more tasks of the group', () => {
    const sim = fargateSim();
    const s = subnetsByAz(sim);
    runRender(sim, [s['us-east-1a']!], 1);
    const out = runRender(sim, [s['us-east-1a']!, s['us-east-1b']!], 1);
    const trace = sim.trace(out.tasks[0]!.taskArn)!;
    // the default VPC has one subnet per AZ; a second subnet in us-east-1a is added to the recorded choice
    const second = { ...trace.fargate!.subnets[0]!, subnetId: 'subnet-0second1a' };
    const m = fargateModel({
      ...trace,
      fargate: {
        ...trace.fargate!,
        subnets: [trace.fargate!.subnets[0]!, second, trace.fargate!.subnets[1]!],
      },
    })!;
    expect(m.rows).toHaveLength(2);
    expect(m.rows[0]).toMatchObject({
      availabilityZone: 'us-east-1a',
      subnetIds: [s['us-east-1a'], 'subnet-0second1a'],
      groupTasks: 1,
      verdict: 'more',
    });
    expect(m.rows[1]).toMatchObject({ availabilityZone: 'us-east-1b', groupTasks: 0, verdict: 'chosen' });
  });

  it('is undefined for an EC2 trace, and the note says the rule is the sandbox model', () => {
    const sim = replay(findScenario('mixed-fleet')!, [], 0);
    const out = sim.callByName('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' }) as {
      tasks: Array<{ taskArn: string }>;
    };
    const trace = sim.trace(out.tasks[0]!.taskArn)!;
    expect(fargateModel(trace)).toBeUndefined();
    expect(explainModel(trace).rows.length).toBeGreaterThan(0);
    expect(FARGATE_MODEL_NOTE).toMatch(/sandbox's model/);
    expect(FARGATE_MODEL_NOTE).toMatch(/best-effort/);
  });
});
