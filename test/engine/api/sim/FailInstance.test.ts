import { describe, expect, it } from 'vitest';
import { launchContainerInstances } from '../../../../src/course/fixtures';
import { narrate, type SimEvent, type Simulation } from '../../../../src/engine';
import { anAccount, containerInstancesOf, expectRejected } from '../../../builders/account';

/** Two instances in `default`, one nginx task on each (spread), all RUNNING. */
function twoHostsWithTasks(seed = 3) {
  const sim = anAccount(seed).withInstances(2, 'm5.large').build();
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    containerDefinitions: [{ name: 'web', image: 'nginx:latest', memory: 512 }],
  });
  const run = sim.call('ecs', 'RunTask', {
    taskDefinition: 'web',
    count: 2,
    placementStrategy: [{ type: 'spread', field: 'instanceId' }],
  });
  sim.advance(60);
  const [ci, other] = containerInstancesOf(sim);
  const instanceId = sim.state.ecs.containerInstances[ci!]!.ec2InstanceId;
  const onIt = run.tasks.find((t) => t.containerInstanceArn === ci)!.taskArn;
  const elsewhere = run.tasks.find((t) => t.containerInstanceArn === other)!.taskArn;
  return { sim, ci: ci!, instanceId, onIt, elsewhere };
}

const statusPath = (sim: Simulation, taskArn: string) =>
  sim.events.flatMap((e) => (e.type === 'TaskStateChanged' && e.taskArn === taskArn ? [e.to] : []));

describe('sim FailInstance', () => {
  it('stops the instance, disconnects its agent and asks every task on it to stop', () => {
    const { sim, ci, instanceId, onIt } = twoHostsWithTasks();
    const eventsBefore = sim.events.length;

    const out = sim.call('sim', 'FailInstance', { instanceId });

    expect(out.instance).toMatchObject({ InstanceId: instanceId, State: { Code: 80, Name: 'stopped' } });
    expect(out.containerInstance).toMatchObject({
      containerInstanceArn: ci,
      status: 'ACTIVE',
      agentConnected: false,
    });
    expect(out.stoppingTaskArns).toEqual([onIt]);
    expect(sim.state.ec2.instances[instanceId]).toMatchObject({
      State: 'stopped',
      agent: { phase: 'stopped' },
    });
    expect(sim.state.ecs.tasks[onIt]).toMatchObject({
      desiredStatus: 'STOPPED',
      stopCode: 'TerminationNotice',
      stoppedReason: `Host EC2 (instance ${instanceId}) stopped.`,
    });
    expect(sim.events.slice(eventsBefore, eventsBefore + 2)).toEqual([
      { type: 'InstanceFailed', at: sim.now, instanceId, containerInstanceArn: ci },
      {
        type: 'ContainerInstanceStateChanged',
        at: sim.now,
        containerInstanceArn: ci,
        status: 'ACTIVE',
        agentConnected: false,
      },
    ]);
  });

  it('takes its tasks to STOPPED through the normal lifecycle and gives their resources back', () => {
    const { sim, ci, instanceId, onIt, elsewhere } = twoHostsWithTasks();
    const registered = sim.state.ecs.containerInstances[ci]!.registeredResources;
    sim.call('sim', 'FailInstance', { instanceId });
    sim.advance(60);

    expect(statusPath(sim, onIt)).toEqual(['ACTIVATING', 'RUNNING', 'DEACTIVATING', 'STOPPING', 'STOPPED']);
    expect(sim.events.find((e) => e.type === 'TaskStopped' && e.taskArn === onIt)).toMatchObject({
      stopCode: 'TerminationNotice',
      stoppedReason: `Host EC2 (instance ${instanceId}) stopped.`,
    });
    expect(sim.state.ecs.tasks[onIt]!.lastStatus).toBe('STOPPED');
    expect(sim.state.ecs.tasks[elsewhere]).toMatchObject({ lastStatus: 'RUNNING', desiredStatus: 'RUNNING' });
    expect(sim.state.ecs.containerInstances[ci]!.remainingResources.memory).toBe(registered.memory);
  });

  it('narrates the failure and the stops in plain sentences', () => {
    const { sim, instanceId, onIt } = twoHostsWithTasks();
    sim.call('sim', 'FailInstance', { instanceId });
    sim.advance(60);
    const said = (e: SimEvent) => narrate(sim.state as never, e);
    expect(sim.events.filter((e) => e.type === 'InstanceFailed').map(said)).toEqual([
      `The hardware under EC2 instance ${instanceId} failed: EC2 stopped the instance, its ECS agent went silent and its tasks are stopping.`,
    ]);
    expect(sim.events.filter((e) => e.type === 'TaskStopped' && e.taskArn === onIt).map(said)[0]).toMatch(
      new RegExp(`stopped \\(TerminationNotice\\): Host EC2 \\(instance ${instanceId}\\) stopped\\.$`),
    );
  });

  it('keeps the container instance registered but disconnected, so placement skips it with AGENT', () => {
    const { sim, ci, instanceId } = twoHostsWithTasks();
    sim.call('sim', 'FailInstance', { instanceId });
    sim.advance(60);

    expect(containerInstancesOf(sim)).toContain(ci);
    expect(
      sim.call('ecs', 'ListContainerInstances', { filter: 'agentConnected == false' }).containerInstanceArns,
    ).toEqual([ci]);
    const run = sim.call('ecs', 'RunTask', {
      taskDefinition: 'web',
      count: 4,
      placementStrategy: [{ type: 'spread', field: 'instanceId' }],
    });
    expect(run.tasks.length).toBe(4);
    expect(run.tasks.every((t) => t.containerInstanceArn !== ci)).toBe(true);
    const trace = sim.trace(run.tasks[0]!.taskArn)!;
    const failedCheck = trace.candidates.find((c) => c.containerInstanceArn === ci)!.checks.at(-1);
    expect(failedCheck).toMatchObject({ check: 'agent', passed: false, reason: 'AGENT' });
  });

  it('leaves the container instance in the cluster when the failed instance is terminated (a stopped instance is not deregistered)', () => {
    const { sim, ci, instanceId } = twoHostsWithTasks();
    sim.call('sim', 'FailInstance', { instanceId });
    sim.call('ec2', 'TerminateInstances', { InstanceIds: [instanceId] });
    sim.advance(60);

    expect(sim.state.ec2.instances[instanceId]!.State).toBe('terminated');
    expect(sim.state.ecs.containerInstances[ci]).toMatchObject({ status: 'ACTIVE', agentConnected: false });
  });

  it('fails a pending instance before its agent registers: no container instance ever appears', () => {
    const sim = anAccount(4).withCluster('default').build();
    const launched = launchContainerInstances(sim, { instanceType: 't3.medium' });
    const instanceId = launched.Instances[0]!.InstanceId;

    const out = sim.call('sim', 'FailInstance', { instanceId });
    sim.advance(300);

    expect(out.containerInstance).toBeUndefined();
    expect(out.stoppingTaskArns).toEqual([]);
    expect(sim.events.filter((e) => e.type === 'InstanceFailed')).toEqual([
      { type: 'InstanceFailed', at: 120, instanceId },
    ]);
    expect(containerInstancesOf(sim)).toEqual([]);
    expect(sim.state.ec2.instances[instanceId]!.State).toBe('stopped');
  });

  it('gives the same state and events for the same seed and calls', () => {
    const play = () => {
      const { sim, instanceId } = twoHostsWithTasks(11);
      sim.call('sim', 'FailInstance', { instanceId });
      sim.advance(90);
      return sim;
    };
    const [a, b] = [play(), play()];
    expect(JSON.stringify(a.state)).toBe(JSON.stringify(b.state));
    expect(a.events).toEqual(b.events);
  });

  it.each([
    ['a malformed id', () => 'web-1', 'InvalidInstanceID.Malformed', /i-\.\.\./],
    ['an unknown id', () => 'i-0123456789abcdef0', 'InvalidInstanceID.NotFound', /does not exist/],
  ])('rejects %s and changes nothing', (_name, id, error, message) => {
    const { sim } = twoHostsWithTasks();
    expectRejected(sim, () => sim.call('sim', 'FailInstance', { instanceId: id() }), error, message);
  });

  it.each([
    [
      'already failed',
      (sim: Simulation, id: string) => sim.call('sim', 'FailInstance', { instanceId: id }),
      /is stopped/,
    ],
    [
      'terminated',
      (sim: Simulation, id: string) => sim.call('ec2', 'TerminateInstances', { InstanceIds: [id] }),
      /is shutting-down/,
    ],
  ])('rejects an instance that is %s and changes nothing', (_name, before, message) => {
    const { sim, instanceId } = twoHostsWithTasks();
    before(sim, instanceId);
    expectRejected(
      sim,
      () => sim.call('sim', 'FailInstance', { instanceId }),
      'InvalidParameterException',
      message,
    );
  });
});
