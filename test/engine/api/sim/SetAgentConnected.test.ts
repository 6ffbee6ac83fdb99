import { describe, expect, it } from 'vitest';
import { anAccount, containerInstancesOf, expectRejected } from '../../../builders/account';

describe('sim SetAgentConnected', () => {
  it('disconnects and reconnects an agent, emitting ContainerInstanceStateChanged each time', () => {
    const sim = anAccount().withInstances(1, 't3.medium').build();
    const [arn] = containerInstancesOf(sim);
    const off = sim.call('sim', 'SetAgentConnected', { containerInstance: arn!, connected: false });
    expect(off.containerInstance).toMatchObject({ agentConnected: false, status: 'ACTIVE' });
    expect(sim.events.at(-1)).toMatchObject({
      type: 'ContainerInstanceStateChanged',
      agentConnected: false,
      status: 'ACTIVE',
    });
    expect(
      sim.call('ecs', 'ListContainerInstances', { filter: 'agentConnected == false' }).containerInstanceArns,
    ).toEqual([arn]);
    sim.call('sim', 'SetAgentConnected', { containerInstance: arn!, connected: true });
    expect(sim.state.ecs.containerInstances[arn!]!.agentConnected).toBe(true);
    expect(sim.events.filter((e) => e.type === 'ContainerInstanceStateChanged')).toHaveLength(2);
  });

  it('refuses to reconnect the agent of an instance whose host has failed', () => {
    const sim = anAccount().withInstances(1, 't3.medium').build();
    const [arn] = containerInstancesOf(sim);
    const instanceId = sim.state.ecs.containerInstances[arn!]!.ec2InstanceId;
    sim.call('sim', 'FailInstance', { instanceId });
    expectRejected(
      sim,
      () => sim.call('sim', 'SetAgentConnected', { containerInstance: arn!, connected: true }),
      'InvalidParameterException',
      /is stopped, so there is no agent to reconnect/,
    );
  });

  it('does nothing when the agent is already in that state', () => {
    const sim = anAccount().withInstances(1, 't3.medium').build();
    const [arn] = containerInstancesOf(sim);
    const before = JSON.stringify(sim.state);
    sim.call('sim', 'SetAgentConnected', { containerInstance: arn!, connected: true });
    expect(JSON.stringify(sim.state)).toBe(before);
  });

  it.each([
    ['an unknown instance', () => 'f'.repeat(32), /not found/],
    ['a deregistered instance', (arn: string) => arn, /deregistered/],
  ])('rejects %s', (_name, ref, message) => {
    const sim = anAccount().withInstances(1, 't3.medium').build();
    const [arn] = containerInstancesOf(sim);
    sim.call('ecs', 'DeregisterContainerInstance', { containerInstance: arn! });
    expectRejected(
      sim,
      () => sim.call('sim', 'SetAgentConnected', { containerInstance: ref(arn!), connected: false }),
      'InvalidParameterException',
      message,
    );
  });
});
