import { describe, expect, it } from 'vitest';
import { anAccount, containerInstancesOf, expectRejected } from '../../../builders/account';

describe('ec2 TerminateInstances', () => {
  it('shuts the instance down, deregisters its container instance and stops its tasks with TerminationNotice', () => {
    const sim = anAccount(5).withInstances(2, 'm5.large').build();
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx:latest', memory: 512 }],
    });
    sim.call('ecs', 'RunTask', {
      taskDefinition: 'web',
      count: 2,
      placementStrategy: [{ type: 'spread', field: 'instanceId' }],
    });
    sim.advance(60);
    const [ci] = containerInstancesOf(sim);
    const instanceId = sim.state.ecs.containerInstances[ci!]!.ec2InstanceId;

    const out = sim.call('ec2', 'TerminateInstances', { InstanceIds: [instanceId] });
    expect(out.TerminatingInstances).toEqual([
      {
        InstanceId: instanceId,
        CurrentState: { Code: 32, Name: 'shutting-down' },
        PreviousState: { Code: 16, Name: 'running' },
      },
    ]);
    expect(sim.state.ecs.containerInstances[ci!]!.status).toBe('INACTIVE');
    expect(sim.state.ec2.instances[instanceId]!.agent).toEqual({ phase: 'stopped' });
    expect(containerInstancesOf(sim)).toHaveLength(1);

    sim.advance(60);
    expect(sim.state.ec2.instances[instanceId]!.State).toBe('terminated');
    expect(sim.events.filter((e) => e.type === 'InstanceTerminated').map((e) => e.type)).toEqual([
      'InstanceTerminated',
    ]);
    const onIt = Object.values(sim.state.ecs.tasks).filter((t) => t.containerInstanceArn === ci);
    expect(onIt).toHaveLength(1);
    expect(onIt[0]).toMatchObject({
      lastStatus: 'STOPPED',
      stopCode: 'TerminationNotice',
      stoppedReason: `Host EC2 (instance ${instanceId}) terminated.`,
    });
    const others = Object.values(sim.state.ecs.tasks).filter((t) => t.containerInstanceArn !== ci);
    expect(others.map((t) => t.lastStatus)).toEqual(['RUNNING']);
  });

  it('reports an instance already shutting down without changing it', () => {
    const sim = anAccount().withInstances(1, 't3.small').build();
    const id = Object.keys(sim.state.ec2.instances)[0]!;
    sim.call('ec2', 'TerminateInstances', { InstanceIds: [id] });
    const again = sim.call('ec2', 'TerminateInstances', { InstanceIds: [id] });
    expect(again.TerminatingInstances[0]).toMatchObject({
      CurrentState: { Name: 'shutting-down' },
      PreviousState: { Name: 'shutting-down' },
    });
    expect(sim.events.filter((e) => e.type === 'ContainerInstanceDeregistered')).toHaveLength(1);
  });

  it.each([
    ['a malformed id', ['web-1'], 'InvalidInstanceID.Malformed', /Invalid id: "web-1"/],
    [
      'an unknown id',
      ['i-0123456789abcdef0'],
      'InvalidInstanceID.NotFound',
      /'i-0123456789abcdef0' does not exist/,
    ],
    [
      'two unknown ids',
      ['i-0123456789abcdef0', 'i-0123456789abcdef1'],
      'InvalidInstanceID.NotFound',
      /IDs .* do not exist/,
    ],
  ])('rejects %s, touching no instance', (_name, ids, error, message) => {
    const sim = anAccount().withInstances(1, 't3.small').build();
    const known = Object.keys(sim.state.ec2.instances)[0]!;
    expectRejected(
      sim,
      () => sim.call('ec2', 'TerminateInstances', { InstanceIds: [known, ...ids] }),
      error,
      message,
    );
  });
});
