import { describe, expect, it } from 'vitest';
import { requestTaskStop } from '../../../src/engine/lifecycle';
import { applyTaskEvent, runTaskStep } from '../../../src/engine/lifecycle/step';
import { taskMachine } from '../../../src/engine/lifecycle/task.machine';
import { initialTransition, transition } from 'xstate';
import { makeWorld, nginx, REGISTERED, statusPath } from './world';

describe('timers and versions', () => {
  it('ignores a timer scheduled before the task was written again (stale version)', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('web', [nginx()]));
    const before = w.task(arn);
    w.run((ctx) => requestTaskStop(ctx, arn, { stopCode: 'UserInitiated', reason: 'test' }));
    const stopped = w.task(arn);
    expect(stopped.version).toBe(before.version + 1);
    w.run((ctx) => runTaskStep(ctx, arn, before.version, 'image.pulled'));
    expect(w.task(arn)).toBe(stopped);
  });

  it('keeps one live timer while a task is on its way, and none once it runs with nothing left to happen', () => {
    const w = makeWorld();
    const arn = w.launch(
      w.define('web', [nginx({ healthCheck: { command: ['CMD-SHELL', 'true'], interval: 5 } })]),
    );
    for (let i = 0; i < 20; i++) {
      w.sim.advance(3);
      const live = w.state.timers.filter(
        (t) => 'taskArn' in t && t.taskArn === arn && t.version === w.task(arn).version,
      );
      expect(live).toHaveLength(
        w.task(arn).lastStatus === 'RUNNING' && w.task(arn).healthStatus === 'HEALTHY' ? 0 : 1,
      );
    }
  });

  it('replays the same lifecycle from the same seed', () => {
    const runOnce = () => {
      const w = makeWorld(11);
      const arn = w.launch(w.define('web', [nginx()], 'awsvpc'));
      w.sim.advance(20);
      w.sim.call('ecs', 'StopTask', { cluster: 'demo', task: arn });
      w.sim.advance(20);
      return w.sim.events;
    };
    expect(runOnce()).toEqual(runOnce());
  });
});

describe('resources', () => {
  it('never gives resources back twice, however often a stop is asked for or replayed', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('api', [nginx({ portMappings: [{ containerPort: 80 }] })], 'awsvpc'));
    w.sim.advance(30);
    w.sim.call('ecs', 'StopTask', { cluster: 'demo', task: arn });
    w.sim.call('ecs', 'StopTask', { cluster: 'demo', task: arn, reason: 'again' });
    w.sim.advance(60);
    const t = w.task(arn);
    expect(t.stoppedReason).toBe('Task stopped by user');
    w.run((ctx) => {
      requestTaskStop(ctx, arn, { stopCode: 'UserInitiated', reason: 'late' });
      expect(applyTaskEvent(ctx, t, { type: 'eni.detached' })).toBe(false);
      expect(applyTaskEvent(ctx, t, { type: 'containers.stopped' })).toBe(false);
    });
    const ci = w.state.ecs.containerInstances[w.instance]!;
    expect(ci.remainingResources).toEqual(REGISTERED);
    expect(ci.enisInUse).toBe(0);
    expect(w.sim.events.filter((e) => e.type === 'TaskStopped')).toHaveLength(1);
  });

  it('holds the resources of two tasks until each one stops', () => {
    const w = makeWorld();
    const td = w.define(
      'job',
      [{ name: 'j', image: 'busybox', memory: 64, command: ['sleep', '100'] }],
      'host',
    );
    const a = w.launch(td);
    const b = w.launch(td);
    w.sim.advance(30);
    expect(w.state.ecs.containerInstances[w.instance]!.remainingResources.memory).toBe(
      REGISTERED.memory - 1024,
    );
    w.sim.call('ecs', 'StopTask', { cluster: 'demo', task: a });
    w.sim.advance(60);
    expect(w.task(a).lastStatus).toBe('STOPPED');
    expect(w.task(b).lastStatus).toBe('RUNNING');
    expect(w.state.ecs.containerInstances[w.instance]!.remainingResources.memory).toBe(
      REGISTERED.memory - 512,
    );
    expect(statusPath(w.sim, b)).toEqual(['ACTIVATING', 'RUNNING']);
  });
});

describe('the task machine', () => {
  it('starts in PROVISIONING and walks the AWS lastStatus values in order', () => {
    let [s] = initialTransition(taskMachine, { hasEni: true });
    const seen = [s.value];
    const events = [
      { type: 'eni.attached' },
      { type: 'image.pulled' },
      { type: 'containers.started' },
      { type: 'activated' },
      { type: 'stop.requested', stopCode: 'UserInitiated', reason: 'r' },
      { type: 'deactivated' },
      { type: 'containers.stopped' },
      { type: 'eni.detached' },
    ] as const;
    for (const e of events) {
      [s] = transition(taskMachine, s, e);
      if (seen[seen.length - 1] !== s.value) seen.push(s.value);
    }
    expect(seen).toEqual([
      'PROVISIONING',
      'PENDING',
      'ACTIVATING',
      'RUNNING',
      'DEACTIVATING',
      'STOPPING',
      'DEPROVISIONING',
      'STOPPED',
    ]);
    expect(s.status).toBe('done');
  });

  it.each([
    [false, 'STOPPED'],
    [true, 'DEPROVISIONING'],
  ] as const)('sends a failed pull (ENI: %s) to %s', (hasEni, expected) => {
    const s = taskMachine.resolveState({ value: 'PENDING', context: { hasEni } });
    const [next, actions] = transition(taskMachine, s, { type: 'pull.failed' });
    expect(next.value).toBe(expected);
    expect(actions.map((a) => a.type)).toContain('failPull');
  });
});
