import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../../src/engine';
import { EngineContext } from '../../../src/engine/context';
import {
  deregisterServiceTarget,
  registerServiceTarget,
  requireTargetGroupFor,
  serviceTargetFor,
  targetHealth,
  targetTypeProblem,
} from '../../../src/engine/elbv2';
import type { NetworkMode } from '../../../src/engine/model/taskDefinition';
import type { TimerPayload } from '../../../src/engine/model/timers';
import type { SimState } from '../../../src/engine/state';
import { makeTimer, pushTimer } from '../../../src/engine/timers';
import {
  anAccountWithInstance,
  behindALoadBalancer,
  createTargetGroup,
  instanceIdOf,
  runDemoTask,
  taskOf,
} from './fixtures';

/** Runs `body` as the engine runs a handler: its writes, timers and events land when it returns. */
function inEngine<T>(sim: Simulation, body: (ctx: EngineContext, state: SimState) => T): T {
  const state = sim.state as unknown as SimState;
  const ctx = new EngineContext(state);
  const out = body(ctx, state);
  ctx.commit((at, payload: TimerPayload) =>
    pushTimer(state.timers, makeTimer(at, ++state.clock.seq, payload)),
  );
  return out;
}

const state = (sim: Simulation) => sim.state as unknown as SimState;

describe('the target type a network mode needs', () => {
  it.each<[NetworkMode, 'instance' | 'ip', boolean]>([
    ['awsvpc', 'ip', true],
    ['awsvpc', 'instance', false],
    ['bridge', 'instance', true],
    ['bridge', 'ip', false],
    ['host', 'instance', true],
  ])('%s with target type %s: allowed %s', (mode, targetType, allowed) => {
    const sim = anAccountWithInstance();
    const arn = createTargetGroup(sim, { targetType });
    const tg = state(sim).elbv2.targetGroups[arn]!;
    const problem = targetTypeProblem(tg, mode);
    if (allowed) expect(problem).toBeUndefined();
    else {
      expect(problem).toBe(
        `The provided target group ${arn} has target type ${targetType}, which is incompatible with the ${mode} network mode specified in the task definition.`,
      );
    }
  });

  it('refuses with ECS InvalidParameterException naming the field', () => {
    const sim = anAccountWithInstance();
    const arn = createTargetGroup(sim);
    expect(() => requireTargetGroupFor(state(sim), arn, 'awsvpc')).toThrow(
      expect.objectContaining({ name: 'InvalidParameterException', field: 'loadBalancers' }),
    );
    expect(requireTargetGroupFor(state(sim), arn, 'bridge').TargetGroupArn).toBe(arn);
    expect(() => requireTargetGroupFor(state(sim), `${arn}0`, 'bridge')).toThrow(
      expect.objectContaining({ name: 'TargetGroupNotFound' }),
    );
  });
});

describe('serviceTargetFor', () => {
  it('is the instance and host port for a bridge task, the ENI address and container port for awsvpc', () => {
    const sim = anAccountWithInstance();
    const bridge = runDemoTask(sim, 'v1');
    const awsvpc = runDemoTask(sim, 'v1', 'awsvpc');
    sim.advance(60);
    const bridgeTask = taskOf(sim, bridge);
    expect(serviceTargetFor(state(sim), bridgeTask, 'app', 8080)).toEqual({
      Id: instanceIdOf(sim),
      Port: bridgeTask.containers[0]!.networkBindings[0]!.hostPort,
      taskArn: bridge,
    });
    const awsvpcTask = taskOf(sim, awsvpc);
    expect(serviceTargetFor(state(sim), awsvpcTask, 'app', 8080)).toEqual({
      Id: awsvpcTask.eni!.privateIPv4Address,
      Port: 8080,
      taskArn: awsvpc,
    });
    expect(serviceTargetFor(state(sim), bridgeTask, 'app', 9999)).toBeUndefined();
  });
});

describe('registering service targets', () => {
  it('registers, reports health and drains a task target through the engine API', () => {
    const sim = anAccountWithInstance();
    const tg = behindALoadBalancer(sim);
    const taskArn = runDemoTask(sim, 'v1');
    sim.advance(30);
    const target = serviceTargetFor(state(sim), taskOf(sim, taskArn), 'app', 8080)!;
    expect(targetHealth(state(sim), tg, target)).toMatchObject({
      State: 'unused',
      Reason: 'Target.NotRegistered',
    });
    inEngine(sim, (ctx) => registerServiceTarget(ctx, tg, target));
    expect(targetHealth(state(sim), tg, target).State).toBe('initial');
    sim.advance(30);
    expect(targetHealth(state(sim), tg, target)).toEqual({ State: 'healthy' });
    inEngine(sim, (ctx) => deregisterServiceTarget(ctx, tg, target));
    expect(targetHealth(state(sim), tg, target).State).toBe('draining');
    // a second deregistration, or one of a target that is gone, is harmless
    inEngine(sim, (ctx) => deregisterServiceTarget(ctx, tg, target));
    sim.advance(300);
    expect(targetHealth(state(sim), tg, target).Reason).toBe('Target.NotRegistered');
    inEngine(sim, (ctx) => deregisterServiceTarget(ctx, tg, target));
    expect(state(sim).elbv2.targets).toEqual({});
  });

  it('checks an awsvpc task registered by the scheduler at its ENI, and fails it once the task stops', () => {
    const sim = anAccountWithInstance();
    const tg = behindALoadBalancer(sim, { targetType: 'ip' });
    const taskArn = runDemoTask(sim, 'v1', 'awsvpc');
    sim.advance(60);
    const target = serviceTargetFor(state(sim), taskOf(sim, taskArn), 'app', 8080)!;
    inEngine(sim, (ctx) => registerServiceTarget(ctx, tg, target));
    expect(state(sim).elbv2.targets[Object.keys(state(sim).elbv2.targets)[0]!]!.taskArn).toBe(taskArn);
    sim.advance(30);
    expect(targetHealth(state(sim), tg, target)).toEqual({ State: 'healthy' });
    sim.call('ecs', 'StopTask', { cluster: 'web', task: taskArn });
    sim.advance(90);
    expect(targetHealth(state(sim), tg, target)).toMatchObject({
      State: 'unhealthy',
      Reason: 'Target.FailedHealthChecks',
    });
  });
});
