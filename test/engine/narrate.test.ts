import { describe, expect, it } from 'vitest';
import { narrate, type SimEvent, type Simulation } from '../../src/engine';
import { anAccount } from '../builders/account';
import { STOPPED_RETENTION_SECONDS } from '../../src/engine/lifecycle/schedule';
import { arnName } from '../../src/lib/arn';

/** A cluster with one small instance and the web definition registered. */
function demo(): Simulation {
  const sim = anAccount(5)
    .withInstances(1, 't3.small', { cluster: 'demo', azs: ['us-east-1a'] })
    .build();
  sim.callByName('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    containerDefinitions: [{ name: 'web', image: 'nginx:latest', memory: 256 }],
  });
  return sim;
}

const lines = (sim: Simulation, type: SimEvent['type']) =>
  sim.events.filter((e) => e.type === type).map((e) => narrate(sim.state as never, e));

describe('narrate', () => {
  it('names a task by its definition while it exists, and once without a doubled "task task" after it is gone', () => {
    const sim = demo();
    const out = sim.callByName('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' }) as {
      tasks: Array<{ taskArn: string }>;
    };
    const id = arnName(out.tasks[0]!.taskArn).slice(0, 8);
    expect(lines(sim, 'TaskPlaced')).toEqual([
      expect.stringMatching(new RegExp(`^web:1 task ${id} was placed on i-`)),
    ]);

    sim.callByName('ecs', 'StopTask', { cluster: 'demo', task: out.tasks[0]!.taskArn });
    sim.advance(STOPPED_RETENTION_SECONDS + 120); // the stopped task expires and leaves the state
    expect(sim.state.ecs.tasks[out.tasks[0]!.taskArn]).toBeUndefined();
    const placed = lines(sim, 'TaskPlaced')[0]!;
    expect(placed).toMatch(new RegExp(`^Task ${id} was placed on i-`));
    expect(placed).not.toMatch(/task task/i);
  });

  it('ends every sentence with exactly one full stop, even when the engine reason has its own', () => {
    const sim = demo();
    sim.callByName('ecs', 'RunTask', {
      cluster: 'demo',
      taskDefinition: 'web',
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type == m5.large' }],
    });
    const out = sim.callByName('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' }) as {
      tasks: Array<{ taskArn: string }>;
    };
    sim.callByName('ecs', 'StopTask', { cluster: 'demo', task: out.tasks[0]!.taskArn, reason: 'Done' });
    sim.advance(60);
    const failed = lines(sim, 'PlacementFailed');
    expect(failed).toEqual(['A web:1 task could not be placed: MemberOf placement constraint unsatisfied.']);
    const all = sim.events.map((e) => narrate(sim.state as never, e));
    expect(all.filter((l) => /\.\.$/.test(l) || !/[.!?]$/.test(l))).toEqual([]);
  });
});
