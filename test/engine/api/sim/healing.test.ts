import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../../../src/engine';
import { anAccount } from '../../../builders/account';

/** Three instances and a service keeping two nginx tasks running. */
function serviceOfTwo(seed = 6) {
  const sim = anAccount(seed).withInstances(3, 'm5.large').build();
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    containerDefinitions: [{ name: 'web', image: 'nginx:latest', memory: 512 }],
  });
  sim.call('ecs', 'CreateService', { serviceName: 'web', taskDefinition: 'web', desiredCount: 2 });
  sim.advance(120);
  return sim;
}

const runningServiceTasks = (sim: Simulation) =>
  Object.values(sim.state.ecs.tasks).filter((t) => t.group === 'service:web' && t.lastStatus === 'RUNNING');

describe('sim controls show the service scheduler healing', () => {
  it('replaces the tasks of a failed instance on the other instances', () => {
    const sim = serviceOfTwo();
    const [victim] = runningServiceTasks(sim);
    const ci = sim.state.ecs.containerInstances[victim!.containerInstanceArn!]!;

    sim.call('sim', 'FailInstance', { instanceId: ci.ec2InstanceId });
    sim.advance(180);

    expect(sim.state.ecs.tasks[victim!.taskArn]).toMatchObject({
      lastStatus: 'STOPPED',
      stoppedReason: `Host EC2 (instance ${ci.ec2InstanceId}) stopped.`,
    });
    const running = runningServiceTasks(sim);
    expect(running).toHaveLength(2);
    expect(running.every((t) => t.containerInstanceArn !== ci.containerInstanceArn)).toBe(true);
  });

  it('replaces a task whose essential container was made to exit', () => {
    const sim = serviceOfTwo();
    const [victim] = runningServiceTasks(sim);

    sim.call('sim', 'ExitContainer', { task: victim!.taskArn, containerName: 'web' });
    sim.advance(180);

    expect(sim.state.ecs.tasks[victim!.taskArn]).toMatchObject({
      lastStatus: 'STOPPED',
      stopCode: 'EssentialContainerExited',
    });
    const running = runningServiceTasks(sim);
    expect(running).toHaveLength(2);
    expect(running.map((t) => t.taskArn)).not.toContain(victim!.taskArn);
  });
});
