import { describe, expect, it } from 'vitest';
import { narrate } from '../../../src/engine';
import { registerWeb } from '../services/world';
import { createService, describe1, serviceWorld } from '../services/world';
import {
  aas,
  activities,
  advanceUntil,
  desired,
  register,
  RESOURCE,
  running,
  scalingWorld,
  settableMetric,
  storedTarget,
  trackTestMetric,
} from './world';

const updateDesired = (sim: ReturnType<typeof scalingWorld>, n: number) =>
  sim.callByName('ecs', 'UpdateService', { service: 'web', desiredCount: n });

describe('application-autoscaling target tracking (ecs-reference §9.2)', () => {
  it('creates a high and a low alarm named as AWS names them, with the observed shapes', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 10);
    const { PolicyARN, Alarms } = trackTestMetric(sim, 'load50', 50);
    expect(PolicyARN).toMatch(
      /^arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:[0-9a-f-]{36}:resource\/ecs\/service\/default\/web:policyName\/load50$/,
    );
    expect(Alarms.map((a) => a.AlarmName)).toEqual([
      expect.stringMatching(/^TargetTracking-service\/default\/web-AlarmHigh-[0-9a-f-]{36}$/),
      expect.stringMatching(/^TargetTracking-service\/default\/web-AlarmLow-[0-9a-f-]{36}$/),
    ]);
    const [high, low] = Alarms.map((a) => sim.state.cloudwatch.alarms[a.AlarmName]!);
    expect(high).toMatchObject({
      Period: 60,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 3,
      Threshold: 50,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [PolicyARN],
      ownedBy: PolicyARN,
    });
    expect(low).toMatchObject({
      EvaluationPeriods: 15,
      DatapointsToAlarm: 15,
      Threshold: 45,
      ComparisonOperator: 'LessThanThreshold',
    });
    expect(Alarms[0]!.AlarmARN).toBe(
      `arn:aws:cloudwatch:us-east-1:123456789012:alarm:${Alarms[0]!.AlarmName}`,
    );
  });

  it('scales out when the metric is above the target: ceil(running × metric ÷ target), with the activity AWS words', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 10);
    settableMetric(sim, 80);
    const { Alarms } = trackTestMetric(sim, 'load50', 50);
    expect(advanceUntil(sim, () => desired(sim) !== 2)).toBe(3); // 3 of 3 datapoints
    expect(desired(sim)).toBe(4); // ceil(2 × 80 ÷ 50)
    const [activity] = activities(sim);
    expect(activity).toMatchObject({
      Description: 'Setting desired count to 4.',
      Cause: `monitor alarm ${Alarms[0]!.AlarmName} in state ALARM triggered policy load50`,
      StatusCode: 'Successful',
      StatusMessage: 'Successfully set desired count to 4. Change successfully fulfilled by ecs.',
    });
    // ECS lists the change among the service's events; the engine logs a ServiceScaled fact
    expect(describe1(sim).events.map((e) => e.message)).toContain(
      `Message: Successfully set desired count to 4. Change successfully fulfilled by ecs. Cause: ${activity!.Cause}`,
    );
    const scaled = sim.events.find((e) => e.type === 'ServiceScaled');
    expect(scaled).toMatchObject({ from: 2, to: 4, policyName: 'load50', resourceId: RESOURCE });
    expect(narrate(sim.state as never, scaled!)).toMatch(
      /^Application Auto Scaling scaled out service web from 2 to 4/,
    );
    sim.advance(60);
    expect(running(sim)).toBe(4);
  });

  it('scales in when the metric stays below 90 % of the target for 15 minutes, and never the other way round', () => {
    const sim = scalingWorld(4);
    register(sim, 1, 10);
    const metric = settableMetric(sim, 46); // below the target but not 10 % below: neither alarm
    trackTestMetric(sim, 'load50', 50);
    sim.advance(30 * 60);
    expect(desired(sim)).toBe(4);
    metric.value = 20;
    expect(advanceUntil(sim, () => desired(sim) !== 4)).toBe(15);
    expect(desired(sim)).toBe(2); // ceil(4 × 20 ÷ 50)
    expect(
      sim.events
        .filter((e) => e.type === 'ServiceScaled')
        .every((e) => e.type === 'ServiceScaled' && e.to < e.from),
    ).toBe(true);
  });

  it('never scales out on a low metric nor in on a high one', () => {
    const sim = scalingWorld(3);
    register(sim, 1, 10);
    settableMetric(sim, 5);
    trackTestMetric(sim, 'low-is-fine', 50, { DisableScaleIn: true });
    sim.advance(40 * 60);
    expect(desired(sim)).toBe(3);
  });

  it('clamps the capacity it asks for to MaxCapacity', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 3);
    settableMetric(sim, 400);
    trackTestMetric(sim, 'load50', 50);
    sim.advance(5 * 60);
    expect(desired(sim)).toBe(3);
  });

  it('counts from the RUNNING tasks, not the desired count', () => {
    // one task per instance (a fixed host port), three instances: 5 desired, 3 can run
    const { sim } = serviceWorld(1);
    registerWeb(sim, 'v1', { portMappings: [{ containerPort: 8080, hostPort: 80 }] });
    createService(sim, { desiredCount: 5 });
    sim.advance(120);
    expect(running(sim)).toBe(3);
    register(sim, 1, 20);
    settableMetric(sim, 100);
    trackTestMetric(sim, 'load50', 50);
    sim.advance(5 * 60);
    expect(desired(sim)).toBe(6); // ceil(3 running × 100 ÷ 50), not 10 from the desired 5
  });

  it('during the scale-out cooldown counts from where the scale-out started: a stale metric adds nothing, a higher one adds the difference', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 20);
    const metric = settableMetric(sim, 100);
    trackTestMetric(sim, 'load50', 50, { ScaleOutCooldown: 600 });
    sim.advance(3 * 60);
    expect(desired(sim)).toBe(4);
    sim.advance(3 * 60); // 4 tasks run now; the metric (fed, not measured) still says 100
    expect(running(sim)).toBe(4);
    expect(desired(sim)).toBe(4);
    metric.value = 200;
    sim.advance(60);
    expect(desired(sim)).toBe(8); // ceil(2 (where the scale-out started) × 200 ÷ 50)
  });

  it('without a cooldown scales out again from the tasks now running', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 20);
    settableMetric(sim, 100);
    trackTestMetric(sim, 'load50', 50, { ScaleOutCooldown: 0 });
    sim.advance(3 * 60);
    expect(desired(sim)).toBe(4);
    sim.advance(60); // the 4 tasks run; the metric still says 100
    expect(desired(sim)).toBe(8);
  });

  it('defaults both cooldowns to 300 seconds', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 20);
    trackTestMetric(sim, 'load50', 50);
    const out = aas(sim, 'DescribeScalingPolicies', { ResourceId: RESOURCE }) as {
      ScalingPolicies: Array<{ TargetTrackingScalingPolicyConfiguration: Record<string, unknown> }>;
    };
    expect(out.ScalingPolicies[0]!.TargetTrackingScalingPolicyConfiguration).toMatchObject({
      ScaleOutCooldown: 300,
      ScaleInCooldown: 300,
      DisableScaleIn: false,
    });
  });

  it('blocks a second scale-in until the scale-in cooldown is over', () => {
    const sim = scalingWorld(8, 3);
    register(sim, 1, 20);
    settableMetric(sim, 40); // ceil(8 × 40 ÷ 50) = 7, then 6 …
    trackTestMetric(sim, 'load50', 50, { ScaleInCooldown: 600 });
    advanceUntil(sim, () => desired(sim) === 7);
    const firstAt = sim.now;
    advanceUntil(sim, () => desired(sim) === 6);
    expect(sim.now - firstAt).toBe(600);
  });

  it('lets a scale-out end the scale-in cooldown', () => {
    const sim = scalingWorld(8, 3);
    register(sim, 1, 20);
    const metric = settableMetric(sim, 40);
    trackTestMetric(sim, 'load50', 50, { ScaleInCooldown: 3600, ScaleOutCooldown: 0 });
    advanceUntil(sim, () => desired(sim) === 7);
    expect(storedTarget(sim).lastScaleInAt).toBe(sim.now);
    metric.value = 60;
    advanceUntil(sim, () => desired(sim) > 7);
    expect(storedTarget(sim).lastScaleInAt).toBeUndefined();
    const outAt = sim.now;
    metric.value = 10;
    advanceUntil(sim, () => desired(sim) < 9);
    expect(sim.now - outAt).toBeLessThan(3600); // scaled in after the 15 low minutes, not an hour later
  });

  it('does not scale in while a deployment is in progress, but scales out', () => {
    const sim = scalingWorld(4);
    register(sim, 1, 20);
    const metric = settableMetric(sim, 20);
    trackTestMetric(sim, 'load50', 50);
    sim.advance(14 * 60 + 30);
    registerWeb(sim, 'v2');
    sim.callByName('ecs', 'UpdateService', { service: 'web', taskDefinition: 'web' });
    sim.advance(30);
    expect(describe1(sim).deployments.length).toBe(2);
    expect(desired(sim)).toBe(4); // the low alarm fired, the deployment held it back
    metric.value = 100;
    sim.advance(3 * 60);
    expect(desired(sim)).toBeGreaterThan(4);
  });

  it('does not scale in on INSUFFICIENT_DATA', () => {
    const sim = scalingWorld(4);
    register(sim, 1, 20);
    settableMetric(sim, undefined);
    const { Alarms } = trackTestMetric(sim, 'load50', 50);
    sim.advance(40 * 60);
    expect(sim.state.cloudwatch.alarms[Alarms[1]!.AlarmName]!.StateValue).toBe('INSUFFICIENT_DATA');
    expect(desired(sim)).toBe(4);
  });

  it('with DisableScaleIn makes no low alarm and never scales in', () => {
    const sim = scalingWorld(4);
    register(sim, 1, 20);
    settableMetric(sim, 5);
    const { Alarms } = trackTestMetric(sim, 'out-only', 50, { DisableScaleIn: true });
    expect(Alarms).toHaveLength(1);
    sim.advance(40 * 60);
    expect(desired(sim)).toBe(4);
  });
});

describe('application-autoscaling with several policies', () => {
  it('scales out if any policy asks, to the largest capacity asked', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 20);
    settableMetric(sim, 100, 'A'); // ceil(2 × 100 ÷ 50) = 4
    settableMetric(sim, 150, 'B'); // ceil(2 × 150 ÷ 50) = 6
    trackTestMetric(sim, 'on-a', 50, {}, 'A');
    trackTestMetric(sim, 'on-b', 50, {}, 'B');
    sim.advance(3 * 60);
    expect(desired(sim)).toBe(6);
    expect(activities(sim)[0]!.Cause).toMatch(/triggered policy on-b$/);
  });

  it('scales out when only one policy asks', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 20);
    settableMetric(sim, 100, 'A');
    settableMetric(sim, 10, 'B');
    trackTestMetric(sim, 'on-a', 50, {}, 'A');
    trackTestMetric(sim, 'on-b', 50, {}, 'B');
    sim.advance(3 * 60);
    expect(desired(sim)).toBe(4);
  });

  it('scales in only when every policy that may scale in is ready, to the largest capacity asked', () => {
    const sim = scalingWorld(8, 3);
    register(sim, 1, 20);
    const a = settableMetric(sim, 10, 'A'); // would go to 2
    const b = settableMetric(sim, 47, 'B'); // not low enough: no low alarm
    trackTestMetric(sim, 'on-a', 50, {}, 'A');
    trackTestMetric(sim, 'on-b', 50, {}, 'B');
    sim.advance(30 * 60);
    expect(desired(sim)).toBe(8);
    b.value = 30; // ceil(8 × 30 ÷ 50) = 5
    expect(advanceUntil(sim, () => desired(sim) !== 8)).toBe(15);
    expect(desired(sim)).toBe(5);
    expect(a.value).toBe(10);
  });

  it('lets a policy with DisableScaleIn stay out of the scale-in vote', () => {
    const sim = scalingWorld(8, 3);
    register(sim, 1, 20);
    settableMetric(sim, 10, 'A');
    settableMetric(sim, 47, 'B');
    trackTestMetric(sim, 'on-a', 50, {}, 'A');
    trackTestMetric(sim, 'on-b', 50, { DisableScaleIn: true }, 'B');
    sim.advance(16 * 60);
    expect(desired(sim)).toBe(2);
  });

  it('does not scale in when another policy has no data', () => {
    const sim = scalingWorld(8, 3);
    register(sim, 1, 20);
    settableMetric(sim, 10, 'A');
    settableMetric(sim, undefined, 'B');
    trackTestMetric(sim, 'on-a', 50, {}, 'A');
    trackTestMetric(sim, 'on-b', 50, {}, 'B');
    sim.advance(30 * 60);
    expect(desired(sim)).toBe(8);
  });
});

describe('application-autoscaling capacity clamps and scale from zero', () => {
  it('with the desired count below the minimum, a scale-out alarm first goes to the minimum', () => {
    const sim = scalingWorld(2);
    register(sim, 3, 20);
    // the learner lowers the desired count below the minimum by hand: UpdateService does not check it
    updateDesired(sim, 1);
    sim.advance(60);
    expect(running(sim)).toBe(1);
    settableMetric(sim, 60);
    trackTestMetric(sim, 'load50', 50);
    sim.advance(3 * 60);
    expect(desired(sim)).toBe(3); // ceil(1 × 60 ÷ 50) = 2, raised to the minimum
  });

  it('with the desired count below the minimum, a scale-in alarm does nothing', () => {
    const sim = scalingWorld(2);
    register(sim, 3, 20);
    updateDesired(sim, 2);
    settableMetric(sim, 5);
    trackTestMetric(sim, 'load50', 50);
    sim.advance(20 * 60);
    expect(desired(sim)).toBe(2);
  });

  it('with the desired count above the maximum, a scale-out alarm does nothing, a scale-in alarm first goes to the maximum', () => {
    const sim = scalingWorld(2, 3);
    register(sim, 1, 4);
    updateDesired(sim, 6);
    const metric = settableMetric(sim, 100);
    trackTestMetric(sim, 'load50', 50);
    sim.advance(10 * 60);
    expect(desired(sim)).toBe(6);
    metric.value = 44; // ceil(6 × 44 ÷ 50) = 6: only the maximum brings it down
    sim.advance(16 * 60);
    expect(desired(sim)).toBe(4);
  });

  it('registering moves the desired count into [min, max] at once', () => {
    const sim = scalingWorld(2);
    register(sim, 3, 10);
    expect(desired(sim)).toBe(3);
    expect(activities(sim)[0]).toMatchObject({ Description: 'Setting desired count to 3.' });
    register(sim, 1, 2);
    sim.advance(1);
    expect(desired(sim)).toBe(2);
    // nothing of this is the learner's call: the history holds the two RegisterScalableTarget calls only
    expect(sim.history.filter((c) => c.service === 'ecs' && c.operation === 'UpdateService')).toHaveLength(0);
  });

  it('scales from zero by one task once a single datapoint is above the target', () => {
    const sim = scalingWorld(2);
    register(sim, 0, 5);
    updateDesired(sim, 0);
    sim.advance(120);
    expect(running(sim)).toBe(0);
    const metric = settableMetric(sim, undefined);
    trackTestMetric(sim, 'queue', 50);
    sim.advance(5 * 60);
    expect(desired(sim)).toBe(0);
    metric.value = 80;
    expect(advanceUntil(sim, () => desired(sim) !== 0)).toBe(1);
    expect(desired(sim)).toBe(1);
  });
});

describe('application-autoscaling suspended scaling', () => {
  it('does not scale out while DynamicScalingOutSuspended', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 20, { SuspendedState: { DynamicScalingOutSuspended: true } });
    settableMetric(sim, 100);
    trackTestMetric(sim, 'load50', 50);
    sim.advance(10 * 60);
    expect(desired(sim)).toBe(2);
    register(sim, 1, 20, { SuspendedState: { DynamicScalingOutSuspended: false } });
    sim.advance(60);
    expect(desired(sim)).toBe(4);
  });

  it('does not scale in while DynamicScalingInSuspended', () => {
    const sim = scalingWorld(4);
    register(sim, 1, 20, { SuspendedState: { DynamicScalingInSuspended: true } });
    settableMetric(sim, 10);
    trackTestMetric(sim, 'load50', 50);
    sim.advance(30 * 60);
    expect(desired(sim)).toBe(4);
  });
});
