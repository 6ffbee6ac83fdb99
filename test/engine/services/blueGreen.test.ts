import { describe, expect, it } from 'vitest';
import { runSteps } from '../../../src/course/steps';
import { createSimulation, isAwsError, type Simulation } from '../../../src/engine';
import scenario, { listenerArn, targetGroupArn } from '../../../lessons/18-blue-green-canary/scenario';
import {
  alarmOn5xx,
  blueGreenLoadBalancers,
  CANARY_10,
} from '../../../lessons/18-blue-green-canary/solution';

/** The lesson 18 world (web: 4 tasks of web:1 behind web-blue, listeners 443 and 8443) as the engine's fixture. */
function world(): Simulation {
  const sim = createSimulation({ seed: 18 });
  scenario.build(sim);
  return sim;
}

const update = (sim: Simulation, taskDefinition: string, deploymentConfiguration: Record<string, unknown>) =>
  sim.call('ecs', 'UpdateService', {
    cluster: 'shop',
    service: 'web',
    taskDefinition,
    deploymentConfiguration: deploymentConfiguration as never,
    loadBalancers: blueGreenLoadBalancers(sim),
  });

const refusal = (f: () => unknown) => {
  try {
    f();
    return '';
  } catch (e) {
    return isAwsError(e) ? `${e.name}: ${e.message}` : String(e);
  }
};

const weightsOf = (sim: Simulation, port: number) =>
  Object.fromEntries(
    (
      sim.state.elbv2.listeners[listenerArn(sim, port)]!.DefaultActions[0]!.ForwardConfig?.TargetGroups ?? []
    ).map((g) => [
      Object.values(sim.state.elbv2.targetGroups).find((t) => t.TargetGroupArn === g.TargetGroupArn)!
        .TargetGroupName,
      g.Weight,
    ]),
  );

const web = (sim: Simulation) => Object.values(sim.state.ecs.services)[0]!;
const running = (sim: Simulation, revision: string) =>
  Object.values(sim.state.ecs.tasks).filter(
    (t) =>
      t.taskDefinitionArn.endsWith(`/${revision}`) &&
      t.lastStatus === 'RUNNING' &&
      t.desiredStatus === 'RUNNING',
  ).length;

describe('ecs blue/green, linear and canary deployments', () => {
  it('refuses a canaryPercent that is not a multiple of 0.1 from 0.1 to 100, naming the field', () => {
    const sim = world();
    expect(
      refusal(() => update(sim, 'web:3', { ...CANARY_10, canaryConfiguration: { canaryPercent: 0.05 } })),
    ).toMatch(
      /InvalidParameterException: deploymentConfiguration\.canaryConfiguration\.canaryPercent is 0\.05/,
    );
  });

  it('refuses a LINEAR stepPercent below 3 and settings of another strategy', () => {
    const sim = world();
    expect(
      refusal(() => update(sim, 'web:3', { strategy: 'LINEAR', linearConfiguration: { stepPercent: 2 } })),
    ).toMatch(/stepPercent is 2: give a multiple of 0\.1 from 3 to 100/);
    expect(
      refusal(() => update(sim, 'web:3', { strategy: 'LINEAR', canaryConfiguration: { canaryPercent: 10 } })),
    ).toMatch(/canaryConfiguration only applies with strategy CANARY/);
  });

  it('requires bakeTimeInMinutes for BLUE_GREEN and an alternate target group', () => {
    const sim = world();
    expect(refusal(() => update(sim, 'web:3', { strategy: 'BLUE_GREEN' }))).toMatch(
      /bakeTimeInMinutes is required with strategy BLUE_GREEN/,
    );
    expect(
      refusal(() =>
        sim.call('ecs', 'UpdateService', {
          cluster: 'shop',
          service: 'web',
          deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 },
        }),
      ),
    ).toMatch(/advancedConfiguration needs alternateTargetGroupArn, productionListenerRule, roleArn/);
  });

  it('takes listener rule ARNs, refusing a listener ARN, and shifts a non-default rule', () => {
    const sim = world();
    const withRules = (production: string) =>
      blueGreenLoadBalancers(sim).map((lb) => ({
        ...lb,
        advancedConfiguration: { ...lb.advancedConfiguration, productionListenerRule: production },
      }));
    const deployWith = (production: string) =>
      sim.call('ecs', 'UpdateService', {
        cluster: 'shop',
        service: 'web',
        taskDefinition: 'web:3',
        deploymentConfiguration: CANARY_10 as never,
        loadBalancers: withRules(production),
      });
    expect(refusal(() => deployWith(listenerArn(sim, 443)))).toMatch(
      /productionListenerRule .* is a listener; with an Application Load Balancer ECS needs a listener rule/,
    );
    const blue = targetGroupArn(sim, 'web-blue');
    const rule = sim.call('elbv2', 'CreateRule', {
      ListenerArn: listenerArn(sim, 443),
      Priority: 10,
      Conditions: [{ Field: 'path-pattern', Values: ['/shop/*'] }],
      Actions: [{ Type: 'forward', TargetGroupArn: blue }],
    }).Rules[0]!;
    const defaultActions = sim.state.elbv2.listeners[listenerArn(sim, 443)]!.DefaultActions;
    deployWith(rule.RuleArn);
    sim.advance(180);
    const [shifted] = sim.call('elbv2', 'DescribeRules', { RuleArns: [rule.RuleArn] }).Rules;
    expect(shifted!.Actions[0]!.ForwardConfig?.TargetGroups).toEqual([
      { TargetGroupArn: blue, Weight: 90 },
      { TargetGroupArn: targetGroupArn(sim, 'web-green'), Weight: 10 },
    ]);
    // the listener's default rule was not the production rule: it still sends everything to blue
    expect(sim.state.elbv2.listeners[listenerArn(sim, 443)]!.DefaultActions).toEqual(defaultActions);
  });

  it('keeps CODE_DEPLOY unsimulated with a message that points to the ECS strategies', () => {
    const sim = world();
    expect(
      refusal(() =>
        sim.call('ecs', 'UpdateService', {
          cluster: 'shop',
          service: 'web',
          deploymentController: { type: 'CODE_DEPLOY' },
        }),
      ),
    ).toMatch(/CODE_DEPLOY is not simulated/);
  });

  it('starts green at full size, shifts 10 % on the production listener and all test traffic, blue untouched', () => {
    const sim = world();
    update(sim, 'web:3', CANARY_10);
    sim.advance(120);
    const d = web(sim).deployments[0]!;
    expect(d.shift).toMatchObject({ lifecycleStage: 'PRODUCTION_TRAFFIC_SHIFT', productionPercent: 10 });
    expect(weightsOf(sim, 443)).toEqual({ 'web-blue': 90, 'web-green': 10 });
    expect(weightsOf(sim, 8443)).toEqual({ 'web-blue': 0, 'web-green': 100 });
    expect([running(sim, 'web:1'), running(sim, 'web:3')]).toEqual([4, 4]);
    // green's targets are in the alternate target group
    const greenTg = targetGroupArn(sim, 'web-green');
    expect(Object.values(sim.state.elbv2.targets).filter((t) => t.targetGroupArn === greenTg)).toHaveLength(
      4,
    );
  });

  it('moves the rest after the canary bake, bakes with blue running, then scales blue down and completes', () => {
    const sim = world();
    update(sim, 'web:3', CANARY_10);
    sim.advance(120 + 300);
    expect(weightsOf(sim, 443)).toEqual({ 'web-blue': 0, 'web-green': 100 });
    expect(web(sim).deployments[0]!.shift?.lifecycleStage).toBe('BAKE_TIME');
    expect(running(sim, 'web:1')).toBe(4);
    sim.advance(300 + 400);
    const [primary, ...rest] = web(sim).deployments;
    expect(primary).toMatchObject({ rolloutState: 'COMPLETED' });
    expect(primary!.shift?.lifecycleStage).toBe('CLEAN_UP');
    expect(rest).toEqual([]);
    expect([running(sim, 'web:1'), running(sim, 'web:3')]).toEqual([0, 4]);
  });

  it('rolls back on an alarm that goes into ALARM during the canary: weights back to blue, green FAILED', () => {
    const sim = world();
    runSteps(sim, [alarmOn5xx()]);
    update(sim, 'web:2', CANARY_10);
    sim.advance(300);
    const [blue, green] = web(sim).deployments;
    expect(blue!.taskDefinition).toMatch(/web:1$/);
    expect(green).toMatchObject({ rolloutState: 'FAILED' });
    expect(green!.shift?.rollbackReason).toMatch(
      /CloudWatch alarm web-5xx went into ALARM during PRODUCTION_TRAFFIC_SHIFT/,
    );
    expect(weightsOf(sim, 443)).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(web(sim).events.some((e) => /rolled back deployment/.test(e.message))).toBe(true);
    sim.advance(600);
    expect([running(sim, 'web:1'), running(sim, 'web:2')]).toEqual([4, 0]);
  });

  it('shifts LINEAR in equal steps, each after the step bake', () => {
    const sim = world();
    update(sim, 'web:3', {
      strategy: 'LINEAR',
      linearConfiguration: { stepPercent: 25, stepBakeTimeInMinutes: 1 },
      bakeTimeInMinutes: 0,
    });
    sim.advance(600);
    const shares = sim.events.flatMap((e) => (e.type === 'TrafficShifted' ? [e.productionPercent] : []));
    expect(shares).toEqual([25, 50, 75, 100]);
  });

  it('alternates target groups: the next deployment after a completed one goes to web-blue again', () => {
    const sim = world();
    update(sim, 'web:3', { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 0 });
    sim.advance(900);
    expect(weightsOf(sim, 443)).toEqual({ 'web-blue': 0, 'web-green': 100 });
    update(sim, 'web:1', { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 0 });
    sim.advance(900);
    expect(weightsOf(sim, 443)).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(running(sim, 'web:1')).toBe(4);
  });
});
