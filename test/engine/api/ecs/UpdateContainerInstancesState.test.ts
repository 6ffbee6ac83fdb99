import { describe, expect, it } from 'vitest';
import { anAccount, containerInstancesOf, expectRejected } from '../../../builders/account';
import { placeTask } from '../../containerInstances/fixtures';

describe('ecs UpdateContainerInstancesState', () => {
  it('drains an ACTIVE instance and makes it ACTIVE again, emitting state changes', () => {
    const sim = anAccount().withInstances(2, 't3.medium').build();
    const [a] = containerInstancesOf(sim);
    const drained = sim.call('ecs', 'UpdateContainerInstancesState', {
      containerInstances: [a!],
      status: 'DRAINING',
    });
    expect(drained.failures).toEqual([]);
    expect(drained.containerInstances.map((c) => c.status)).toEqual(['DRAINING']);
    expect(sim.state.ecs.containerInstances[a!]!.status).toBe('DRAINING');
    const back = sim.call('ecs', 'UpdateContainerInstancesState', {
      containerInstances: [a!],
      status: 'ACTIVE',
    });
    expect(back.containerInstances[0]!.status).toBe('ACTIVE');
    expect(
      sim.events
        .filter((e) => e.type === 'ContainerInstanceStateChanged')
        .map((e) => 'status' in e && e.status),
    ).toEqual(['DRAINING', 'ACTIVE']);
  });

  it('leaves standalone tasks on a draining instance alone', () => {
    const sim = anAccount().withInstances(1, 't3.medium').build();
    const [a] = containerInstancesOf(sim);
    const task = placeTask(sim, a!, 't1', 'family:web');
    sim.call('ecs', 'UpdateContainerInstancesState', { containerInstances: [a!], status: 'DRAINING' });
    expect(sim.state.ecs.tasks[task]!.desiredStatus).toBe('RUNNING');
  });

  it('reports missing and deregistered instances in failures and changes the others', () => {
    const sim = anAccount().withInstances(2, 't3.medium').build();
    const [a, b] = containerInstancesOf(sim);
    sim.call('ecs', 'DeregisterContainerInstance', { containerInstance: b! });
    const missing = 'f'.repeat(32);
    const out = sim.call('ecs', 'UpdateContainerInstancesState', {
      containerInstances: [a!, b!, missing],
      status: 'DRAINING',
    });
    expect(out.containerInstances.map((c) => c.containerInstanceArn)).toEqual([a]);
    expect(out.failures).toEqual([
      { arn: b, reason: 'INACTIVE', detail: expect.stringMatching(/deregistered/) },
      { arn: `arn:aws:ecs:us-east-1:123456789012:container-instance/default/${missing}`, reason: 'MISSING' },
    ]);
  });

  it('accepts setting the status an instance already has, without an event', () => {
    const sim = anAccount().withInstances(1, 't3.medium').build();
    const [a] = containerInstancesOf(sim);
    const before = sim.events.length;
    const out = sim.call('ecs', 'UpdateContainerInstancesState', {
      containerInstances: [a!],
      status: 'ACTIVE',
    });
    expect(out.containerInstances[0]!.status).toBe('ACTIVE');
    expect(sim.events.length).toBe(before);
  });

  it.each([
    [
      'a status ECS sets itself',
      { status: 'REGISTERING' },
      'InvalidParameterException',
      /only be set to ACTIVE or DRAINING/,
    ],
    ['an unknown status', { status: 'PAUSED' }, 'InvalidParameterException', /status/],
    ['11 instances', { containerInstances: Array(11).fill('x') }, 'InvalidParameterException', /at most 10/],
    ['an unknown cluster', { cluster: 'nope' }, 'ClusterNotFoundException', /nope/],
  ])('rejects %s, leaving the state unchanged', (_name, change, error, message) => {
    const sim = anAccount().withInstances(1, 't3.medium').build();
    const input = { containerInstances: containerInstancesOf(sim), status: 'DRAINING', ...change };
    expectRejected(sim, () => sim.callByName('ecs', 'UpdateContainerInstancesState', input), error, message);
  });
});
