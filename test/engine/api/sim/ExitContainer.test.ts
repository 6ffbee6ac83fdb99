import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../../../src/engine';
import { DEFAULT_EXIT_REASON } from '../../../../src/engine/api/sim/ExitContainer';
import { anAccount, expectRejected } from '../../../builders/account';

/** One instance running a task with an essential `web` and a non-essential `sidecar` container. */
function runningTask(seed = 2) {
  const sim = anAccount(seed).withInstances(1, 'm5.large').build();
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    containerDefinitions: [
      { name: 'web', image: 'nginx:latest', memory: 256 },
      { name: 'sidecar', image: 'httpd:2.4', memory: 128, essential: false },
    ],
  });
  const taskArn = sim.call('ecs', 'RunTask', { taskDefinition: 'web' }).tasks[0]!.taskArn;
  sim.advance(60);
  return { sim, taskArn };
}

const task = (sim: Simulation, arn: string) => sim.state.ecs.tasks[arn]!;
const container = (sim: Simulation, arn: string, name: string) =>
  task(sim, arn).containers.find((c) => c.name === name)!;

describe('sim ExitContainer', () => {
  it('shows the container STOPPED with exit code 1 and the default reason at once', () => {
    const { sim, taskArn } = runningTask();
    expect(task(sim, taskArn).lastStatus).toBe('RUNNING');

    const out = sim.call('sim', 'ExitContainer', { task: taskArn, containerName: 'web' });

    expect(out.task.containers.find((c) => c.name === 'web')).toMatchObject({
      lastStatus: 'STOPPED',
      exitCode: 1,
      reason: DEFAULT_EXIT_REASON,
    });
    expect(out.task.containers.find((c) => c.name === 'sidecar')!.lastStatus).toBe('RUNNING');
  });

  it('stops the task when an essential container exits: EssentialContainerExited, at the same instant', () => {
    const { sim, taskArn } = runningTask();
    const at = sim.now;
    sim.call('sim', 'ExitContainer', { task: taskArn, containerName: 'web', exitCode: 2 });
    sim.advance(0);
    expect(task(sim, taskArn)).toMatchObject({
      lastStatus: 'DEACTIVATING',
      desiredStatus: 'STOPPED',
      stoppingAt: at,
      stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited',
    });

    sim.advance(60);
    expect(task(sim, taskArn).lastStatus).toBe('STOPPED');
    expect(container(sim, taskArn, 'web')).toMatchObject({ lastStatus: 'STOPPED', exitCode: 2 });
    // the other container got SIGTERM when the task stopped
    expect(container(sim, taskArn, 'sidecar')).toMatchObject({ lastStatus: 'STOPPED', exitCode: 0 });
    expect(sim.events.find((e) => e.type === 'TaskStopped' && e.taskArn === taskArn)).toMatchObject({
      stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited',
    });
  });

  it('leaves the task running when a non-essential container exits, with the code and reason given', () => {
    const { sim, taskArn } = runningTask();
    const reason = 'OutOfMemoryError: Container killed due to memory usage';
    sim.call('sim', 'ExitContainer', { task: taskArn, containerName: 'sidecar', exitCode: 137, reason });
    sim.advance(600);

    expect(task(sim, taskArn)).toMatchObject({ lastStatus: 'RUNNING', desiredStatus: 'RUNNING' });
    expect(container(sim, taskArn, 'web').lastStatus).toBe('RUNNING');
    expect(container(sim, taskArn, 'sidecar')).toMatchObject({
      lastStatus: 'STOPPED',
      exitCode: 137,
      reason,
    });

    // stopping the task later keeps the exit the sidecar already had
    sim.call('ecs', 'StopTask', { task: taskArn });
    sim.advance(60);
    expect(task(sim, taskArn)).toMatchObject({ lastStatus: 'STOPPED', stopCode: 'UserInitiated' });
    expect(container(sim, taskArn, 'sidecar')).toMatchObject({ exitCode: 137, reason });
    expect(container(sim, taskArn, 'web').exitCode).toBe(0);
  });

  it('gives the same state and events for the same seed and calls', () => {
    const play = () => {
      const { sim, taskArn } = runningTask(9);
      sim.call('sim', 'ExitContainer', { task: taskArn, containerName: 'sidecar' });
      sim.advance(30);
      sim.call('sim', 'ExitContainer', { task: taskArn, containerName: 'web', exitCode: 3 });
      sim.advance(60);
      return sim;
    };
    const [a, b] = [play(), play()];
    expect(JSON.stringify(a.state)).toBe(JSON.stringify(b.state));
    expect(a.events).toEqual(b.events);
  });

  it('rebuilds the same state when its history is replayed (undo and scrubbing replay calls)', () => {
    const { sim, taskArn } = runningTask(9);
    sim.call('sim', 'ExitContainer', { task: taskArn, containerName: 'sidecar', exitCode: 5 });
    sim.advance(30);
    sim.call('sim', 'ExitContainer', { task: taskArn, containerName: 'web' });
    sim.advance(60);

    const replay = createSimulation({ seed: 9 });
    for (const call of sim.history) {
      replay.advanceTo(call.at);
      replay.callByName(call.service, call.operation, call.input);
    }
    replay.advanceTo(sim.now);
    expect(JSON.stringify(replay.state)).toBe(JSON.stringify(sim.state));
  });

  it('rejects a task that is not RUNNING yet and changes nothing', () => {
    const { sim } = runningTask();
    const pending = sim.call('ecs', 'RunTask', { taskDefinition: 'web' }).tasks[0]!.taskArn;
    expectRejected(
      sim,
      () => sim.call('sim', 'ExitContainer', { task: pending, containerName: 'web' }),
      'InvalidParameterException',
      /is PENDING; only the containers of a RUNNING task/,
    );
  });

  it('rejects a task that is stopping and changes nothing', () => {
    const { sim, taskArn } = runningTask();
    sim.call('ecs', 'StopTask', { task: taskArn });
    expectRejected(
      sim,
      () => sim.call('sim', 'ExitContainer', { task: taskArn, containerName: 'web' }),
      'InvalidParameterException',
      /is DEACTIVATING/,
    );
  });

  it.each([
    [
      'an unknown task',
      { task: 'f'.repeat(32), containerName: 'web' },
      'InvalidParameterException',
      /no task 'f{32}' in cluster 'default'/,
    ],
    [
      'an unknown container, listing the task’s containers',
      { containerName: 'db' },
      'InvalidParameterException',
      /has no container 'db'; its containers are 'web', 'sidecar'/,
    ],
    ['an unknown cluster', { cluster: 'nope', containerName: 'web' }, 'ClusterNotFoundException', undefined],
    [
      'an exit code above 255',
      { containerName: 'web', exitCode: 256 },
      'InvalidParameterException',
      /exitCode/,
    ],
  ])('rejects %s and changes nothing', (_name, request, error, message) => {
    const { sim, taskArn } = runningTask();
    expectRejected(
      sim,
      () => sim.call('sim', 'ExitContainer', { task: taskArn, ...request }),
      error,
      message,
    );
  });

  it('rejects a container that has already exited and changes nothing', () => {
    const { sim, taskArn } = runningTask();
    sim.call('sim', 'ExitContainer', { task: taskArn, containerName: 'sidecar', exitCode: 4 });
    expectRejected(
      sim,
      () => sim.call('sim', 'ExitContainer', { task: taskArn, containerName: 'sidecar' }),
      'InvalidParameterException',
      /'sidecar' is STOPPED \(exit code 4\)/,
    );
  });
});
