import { describe, expect, it } from 'vitest';
import type { Simulation, Task } from '../../../src/engine';
import { aStagedSimulation, defaultSubnets } from '../../builders/harness';
import { aTask } from '../../builders/task';
import { aTaskDefinition } from '../../builders/taskDefinition';

/** The Fargate decision each task records in its trace (read through sim.trace, as the explainer does). */

const api = aTaskDefinition('api')
  .networkMode('awsvpc')
  .compatibleWith('FARGATE')
  .withTaskSize(256, 512)
  .build();

function stagedFargate(seed = 7, tasks: Task[] = []) {
  const { sim, put } = aStagedSimulation(seed);
  put
    .cluster('default')
    .cluster('other')
    .taskDefinitions(api)
    .tasks(...tasks);
  return sim;
}

const runFargate = (sim: Simulation, subnets: string[], count = 1, cluster = 'default') =>
  sim.callByName('ecs', 'RunTask', {
    cluster,
    taskDefinition: 'api',
    launchType: 'FARGATE',
    count,
    networkConfiguration: { awsvpcConfiguration: { subnets } },
  }) as { tasks: Array<{ taskArn: string; availabilityZone: string }> };

const clusterArn = (name: string) =>
  `arn:aws:ecs:us-east-1:123456789012:cluster/${name}` as Task['clusterArn'];

const choiceOf = (sim: Simulation, taskArn: string) => sim.trace(taskArn)?.fargate;

describe('Fargate placement trace', () => {
  it('records every offered subnet with the group counts each task saw at its decision', () => {
    const sim = stagedFargate();
    const subnets = defaultSubnets(sim);
    const order = [subnets['us-east-1a']!, subnets['us-east-1b']!, subnets['us-east-1c']!];
    const out = runFargate(sim, order, 4);
    const choices = out.tasks.map((t) => choiceOf(sim, t.taskArn)!);

    // the first three see an empty cluster, then one task in each AZ: counts grow with each decision
    expect(choices.map((c) => c.subnets.reduce((n, s) => n + s.groupTasks, 0))).toEqual([0, 1, 2, 3]);
    expect(choices[3]!.subnets.map((s) => s.groupTasks)).toEqual([1, 1, 1]);
    expect(choices[0]!.subnets.map((s) => s.subnetId)).toEqual(order);
    for (const [i, c] of choices.entries()) {
      const chosen = c.subnets.find((s) => s.subnetId === c.chosenSubnetId)!;
      expect(chosen.availabilityZone).toBe(out.tasks[i]!.availabilityZone);
      expect(c.chosenAvailabilityZone).toBe(out.tasks[i]!.availabilityZone);
      // the chosen AZ held the fewest tasks of the group, and is among the tied ones
      expect(chosen.groupTasks).toBe(Math.min(...c.subnets.map((s) => s.groupTasks)));
      expect(c.tiedAvailabilityZones).toContain(c.chosenAvailabilityZone);
    }
    expect(choices[0]!.tiedAvailabilityZones).toHaveLength(3);
    expect(choices[0]!.why).toMatch(/tied with .* so the seeded generator picked it/);
    expect(choices[2]!.tiedAvailabilityZones).toHaveLength(1);
    expect(choices[2]!.why).toMatch(/had the fewest tasks of group family:api \(0\) of the 3 AZs offered/);
  });

  it("counts only live Fargate tasks of the request's cluster, not EC2 or other clusters' tasks", () => {
    const inA = (b: ReturnType<typeof aTask>) => b.inAz('us-east-1a').inGroup('family:api');
    const tasks = [
      // an EC2 task of the same group in us-east-1a: not Fargate, not counted
      inA(aTask(api)).build(),
      // a Fargate task of the same group in another cluster: not counted
      { ...inA(aTask(api)).build(), launchType: 'FARGATE' as const, clusterArn: clusterArn('other') },
      // a stopped Fargate task in this cluster: not counted
      { ...inA(aTask(api)).withStatus('STOPPED').build(), launchType: 'FARGATE' as const },
      // a live Fargate task of another group in this cluster: counted for the cluster only
      { ...aTask(api).inAz('us-east-1b').inGroup('family:other').build(), launchType: 'FARGATE' as const },
    ];
    const sim = stagedFargate(7, tasks);
    const subnets = defaultSubnets(sim);
    const out = runFargate(sim, [subnets['us-east-1a']!, subnets['us-east-1b']!]);
    const choice = choiceOf(sim, out.tasks[0]!.taskArn)!;
    expect(choice.subnets.map((s) => [s.availabilityZone, s.groupTasks, s.clusterTasks])).toEqual([
      ['us-east-1a', 0, 0],
      ['us-east-1b', 0, 1],
    ]);
    expect(choice.tiedAvailabilityZones).toEqual(['us-east-1a', 'us-east-1b']);
  });

  it('goes to the AZ with fewer tasks of the group, and says so when only one AZ is offered', () => {
    const live = { ...aTask(api).inAz('us-east-1a').build(), launchType: 'FARGATE' as const };
    const sim = stagedFargate(7, [live]);
    const subnets = defaultSubnets(sim);
    const out = runFargate(sim, [subnets['us-east-1a']!, subnets['us-east-1b']!]);
    const choice = choiceOf(sim, out.tasks[0]!.taskArn)!;
    expect(choice.chosenAvailabilityZone).toBe('us-east-1b');
    expect(choice.tiedAvailabilityZones).toEqual(['us-east-1b']);

    const only = runFargate(sim, [subnets['us-east-1a']!]);
    const single = choiceOf(sim, only.tasks[0]!.taskArn)!;
    expect(single.chosenSubnetId).toBe(subnets['us-east-1a']);
    expect(single.why).toMatch(/offered only us-east-1a/);
  });
});
