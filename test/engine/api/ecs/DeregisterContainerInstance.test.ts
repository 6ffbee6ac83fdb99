import { describe, expect, it } from 'vitest';
import { anAccount, containerInstancesOf, expectRejected } from '../../../builders/account';
import { placeTask } from '../../containerInstances/fixtures';
import { arnName } from '../../../../src/lib/arn';

describe('ecs DeregisterContainerInstance', () => {
  it('makes an idle instance INACTIVE, stops its agent and keeps the EC2 instance running', () => {
    const sim = anAccount().withInstances(1, 't3.medium').build();
    const [arn] = containerInstancesOf(sim);
    const id = arnName(arn!);
    const out = sim.call('ecs', 'DeregisterContainerInstance', { containerInstance: id });
    expect(out.containerInstance).toMatchObject({
      containerInstanceArn: arn,
      status: 'INACTIVE',
      agentConnected: false,
    });
    const instance = sim.state.ec2.instances[out.containerInstance.ec2InstanceId]!;
    expect(instance.State).toBe('running');
    expect(instance.agent).toEqual({ phase: 'stopped' });
    expect(containerInstancesOf(sim)).toEqual([]);
    expect(sim.events.at(-1)).toMatchObject({
      type: 'ContainerInstanceDeregistered',
      containerInstanceArn: arn,
    });
    expect(sim.call('ecs', 'DescribeClusters', {}).clusters[0]!.registeredContainerInstancesCount).toBe(0);
  });

  it('refuses an instance that still has tasks, unless forced; forced, its tasks stop', () => {
    const sim = anAccount(3).withInstances(1, 'm5.large').build();
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx:latest', memory: 256 }],
    });
    sim.call('ecs', 'RunTask', { taskDefinition: 'web', count: 1 });
    sim.advance(60);
    const [arn] = containerInstancesOf(sim);
    expectRejected(
      sim,
      () => sim.call('ecs', 'DeregisterContainerInstance', { containerInstance: arn! }),
      'InvalidParameterException',
      /1 task\(s\) are still on .*force=true/,
    );
    sim.call('ecs', 'DeregisterContainerInstance', { containerInstance: arn!, force: true });
    sim.advance(60);
    const tasks = Object.values(sim.state.ecs.tasks);
    expect(tasks.map((t) => [t.lastStatus, t.stopCode])).toEqual([['STOPPED', 'UserInitiated']]);
  });

  it.each([
    ['an instance that is not in the cluster', () => 'f'.repeat(32), /not found in cluster 'default'/],
    ['an instance already deregistered', (arn: string) => arn, /already deregistered/],
  ])('rejects %s', (_name, ref, message) => {
    const sim = anAccount().withInstances(2, 't3.medium').build();
    const [a, b] = containerInstancesOf(sim);
    sim.call('ecs', 'DeregisterContainerInstance', { containerInstance: b! });
    const target = ref(b!) ?? a!;
    expectRejected(
      sim,
      () => sim.call('ecs', 'DeregisterContainerInstance', { containerInstance: target }),
      'InvalidParameterException',
      message,
    );
  });

  it('counts only tasks that have not stopped', () => {
    const sim = anAccount().withInstances(1, 't3.medium').build();
    const [arn] = containerInstancesOf(sim);
    placeTask(sim, arn!, 'done', 'family:web', 'STOPPED');
    expect(
      sim.call('ecs', 'DeregisterContainerInstance', { containerInstance: arn! }).containerInstance.status,
    ).toBe('INACTIVE');
  });
});
