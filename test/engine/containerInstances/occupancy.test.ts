import { describe, expect, it } from 'vitest';
import type { Simulation, SimState } from '../../../src/engine';
import { groupCountsOf, querySubjectOf, taskCountsByInstance } from '../../../src/engine/containerInstances';
import { EngineContext } from '../../../src/engine/context';
import { anAccount, containerInstancesOf } from '../../builders/account';
import { placeTask, stopTask } from './fixtures';

const subject = (sim: Simulation, ci: string) =>
  querySubjectOf(
    sim.state as unknown as SimState,
    (sim.state as unknown as SimState).ecs.containerInstances[ci]!,
  );

describe('querySubjectOf', () => {
  it('shows the attributes, ids, agent and registration time of an instance', () => {
    const sim = anAccount()
      .withInstances(1, 't3.medium', { attributes: { stack: 'prod' } })
      .build();
    const [ci] = containerInstancesOf(sim);
    const s = subject(sim, ci!);
    const record = sim.state.ecs.containerInstances[ci!]!;
    expect(s.attributes.get('ecs.instance-type')).toBe('t3.medium');
    expect(s.attributes.get('stack')).toBe('prod');
    expect(s.attributes.get('ecs.capability.task-eni')).toBe('');
    expect(s.ec2InstanceId).toBe(record.ec2InstanceId);
    expect(s.agentConnected).toBe(true);
    expect(s.agentVersion).toBe('1.90.0');
    expect(s.registeredAt).toBe(sim.state.startEpoch + record.registeredAt);
    expect(s.runningTasksCount).toBe(0);
    expect([...s.taskGroups]).toEqual([]);
  });

  it('counts the tasks on each instance that are not STOPPED, with their groups', () => {
    const sim = anAccount().withInstances(2, 'm5.large').build();
    const [a, b] = containerInstancesOf(sim);
    placeTask(sim, a!, 't1', 'family:web');
    placeTask(sim, a!, 't2', 'service:api', 'PENDING');
    placeTask(sim, a!, 't3', 'family:old', 'STOPPED');
    placeTask(sim, b!, 't4', 'family:web');
    expect(subject(sim, a!).runningTasksCount).toBe(2);
    expect([...subject(sim, a!).taskGroups].sort()).toEqual(['family:web', 'service:api']);
    expect(subject(sim, b!).runningTasksCount).toBe(1);
  });

  it('sees a task placed and a task stopped after an earlier answer was cached', () => {
    const sim = anAccount().withInstances(1, 'm5.large').build();
    const [ci] = containerInstancesOf(sim);
    expect(subject(sim, ci!).runningTasksCount).toBe(0);
    const t1 = placeTask(sim, ci!, 't1', 'family:web');
    expect(subject(sim, ci!).runningTasksCount).toBe(1);
    placeTask(sim, ci!, 't2', 'family:batch');
    expect([...subject(sim, ci!).taskGroups].sort()).toEqual(['family:batch', 'family:web']);
    stopTask(sim, t1);
    expect(subject(sim, ci!).runningTasksCount).toBe(1);
    expect([...subject(sim, ci!).taskGroups]).toEqual(['family:batch']);
  });

  it('answers from the cache while nothing on the instance changed', () => {
    const sim = anAccount().withInstances(1, 'm5.large').build();
    const [ci] = containerInstancesOf(sim);
    placeTask(sim, ci!, 't1', 'family:web');
    expect(subject(sim, ci!).taskGroups).toBe(subject(sim, ci!).taskGroups);
  });
});

describe('groupCountsOf', () => {
  const stateOf = (sim: Simulation) => sim.state as unknown as SimState;
  const countsOn = (sim: Simulation, ci: string) =>
    groupCountsOf(stateOf(sim), [stateOf(sim).ecs.containerInstances[ci]!])[0]!;

  it('counts a placed task at once and forgets a stopped one', () => {
    const sim = anAccount().withInstances(1, 'm5.large').build();
    const [ci] = containerInstancesOf(sim);
    placeTask(sim, ci!, 't1', 'family:web');
    expect(countsOn(sim, ci!).byGroup.get('family:web')).toBe(1);
    const t2 = placeTask(sim, ci!, 't2', 'family:web');
    expect(countsOn(sim, ci!)).toMatchObject({ total: 2, byGroup: new Map([['family:web', 2]]) });
    stopTask(sim, t2);
    expect(countsOn(sim, ci!)).toMatchObject({ total: 1, byGroup: new Map([['family:web', 1]]) });
  });

  it('counts again from the rolled-back state when a placement was undone', () => {
    const sim = anAccount().withInstances(1, 'm5.large').build();
    const [ci] = containerInstancesOf(sim);
    expect(countsOn(sim, ci!).total).toBe(0);
    const ctx = new EngineContext(stateOf(sim));
    const task = stateOf(sim).ecs.tasks[placeTask(sim, ci!, 't1', 'family:web')]!;
    ctx.tx.set(stateOf(sim).ecs.tasks, 'arn:aws:ecs:us-east-1:123456789012:task/default/t2', {
      ...task,
      taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/default/t2' as typeof task.taskArn,
      group: 'family:batch',
    });
    expect(countsOn(sim, ci!).total).toBe(2);
    ctx.tx.rollback();
    expect(countsOn(sim, ci!)).toMatchObject({ total: 1, byGroup: new Map([['family:web', 1]]) });
  });
});

describe('taskCountsByInstance', () => {
  it('counts desired-RUNNING tasks as running and not-yet-started ones as pending', () => {
    const sim = anAccount().withInstances(1, 'm5.large').build();
    const [ci] = containerInstancesOf(sim);
    placeTask(sim, ci!, 't1', 'family:web');
    placeTask(sim, ci!, 't2', 'family:web', 'PENDING');
    placeTask(sim, ci!, 't3', 'family:web', 'STOPPED');
    expect(taskCountsByInstance(sim.state as unknown as SimState).get(ci!)).toEqual({
      running: 2,
      pending: 1,
    });
  });
});
