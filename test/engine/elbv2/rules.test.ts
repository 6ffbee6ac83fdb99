import { describe, expect, it } from 'vitest';
import {
  ALB_HEALTH_CHECK_DEFAULTS,
  DEFAULT_TARGET_GROUP_ATTRIBUTES,
} from '../../../src/engine/elbv2/defaults';
import { afterCheck } from '../../../src/engine/elbv2/health';
import { targetHealthSentence } from '../../../src/engine/elbv2/narrate';
import { codeMatches, type ProbeResult } from '../../../src/engine/elbv2/probe';
import type { TargetGroup, TargetGroupArn, TargetHealth } from '../../../src/engine/model/elbv2';

const tg: TargetGroup = {
  ...ALB_HEALTH_CHECK_DEFAULTS,
  HealthCheckProtocol: 'HTTP',
  TargetGroupArn:
    'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef' as TargetGroupArn,
  TargetGroupName: 'web',
  Protocol: 'HTTP',
  Port: 80,
  VpcId: 'vpc-1',
  TargetType: 'instance',
  ProtocolVersion: 'HTTP1',
  attributes: DEFAULT_TARGET_GROUP_ATTRIBUTES,
};

const PASS: ProbeResult = { kind: 'answered', code: 200 };
const FAIL: ProbeResult = { kind: 'answered', code: 500 };

/** The states a fresh target goes through over a run of check results. */
function run(results: ProbeResult[]): string[] {
  let target = { health: { State: 'initial' } as TargetHealth, passes: 0, failures: 0 };
  return results.map((probe) => {
    target = afterCheck(tg, target, true, probe);
    return target.health.State;
  });
}

describe('afterCheck', () => {
  it.each([
    ['one pass makes a new target healthy', [PASS], ['healthy']],
    ['two failures make a new target unhealthy', [FAIL, FAIL], ['initial', 'unhealthy']],
    ['a healthy target survives one failure', [PASS, FAIL, PASS], ['healthy', 'healthy', 'healthy']],
    [
      'two failures in a row take a healthy target down',
      [PASS, FAIL, FAIL],
      ['healthy', 'healthy', 'unhealthy'],
    ],
    [
      'an unhealthy target needs five passes in a row',
      [FAIL, FAIL, PASS, PASS, PASS, PASS, FAIL, PASS, PASS, PASS, PASS, PASS],
      [
        'initial',
        'unhealthy',
        'unhealthy',
        'unhealthy',
        'unhealthy',
        'unhealthy',
        'unhealthy',
        'unhealthy',
        'unhealthy',
        'unhealthy',
        'unhealthy',
        'healthy',
      ],
    ],
  ])('%s', (_, results, states) => {
    expect(run(results)).toEqual(states);
  });

  it('marks targets of a group no listener uses as unused and a stopped instance as invalid', () => {
    const fresh = { health: { State: 'initial' } as TargetHealth, passes: 0, failures: 0 };
    expect(afterCheck(tg, fresh, false, PASS).health.Reason).toBe('Target.NotInUse');
    expect(afterCheck(tg, fresh, true, { kind: 'invalidState', instanceState: 'stopped' }).health).toEqual({
      State: 'unused',
      Reason: 'Target.InvalidState',
      Description: 'Target is in the stopped state',
    });
  });

  it('keeps counters at the thresholds, so a settled target is not rewritten', () => {
    let target = { health: { State: 'healthy' } as TargetHealth, passes: 0, failures: 0 };
    for (let i = 0; i < 10; i++) target = afterCheck(tg, target, true, PASS);
    expect(target.passes).toBe(tg.HealthyThresholdCount);
  });
});

describe('codeMatches', () => {
  it.each([
    ['200', 200, true],
    ['200', 204, false],
    ['200,204', 204, true],
    ['200-299', 250, true],
    ['200-299', 500, false],
    ['200-299,404', 404, true],
  ])('%s matches %i: %s', (matcher, code, expected) => {
    expect(codeMatches(matcher, code)).toBe(expected);
  });
});

describe('targetHealthSentence', () => {
  it('names the target, the group and the change', () => {
    const base = {
      type: 'TargetHealthChanged',
      at: 0,
      targetGroupArn: tg.TargetGroupArn,
      targetId: 'i-1',
      port: 80,
    } as const;
    expect(targetHealthSentence({ ...base, to: 'initial', reason: 'Elb.RegistrationInProgress' })).toBe(
      'Target i-1:80 of target group web was registered: initial (Elb.RegistrationInProgress).',
    );
    expect(targetHealthSentence({ ...base, from: 'initial', to: 'healthy' })).toBe(
      'Target i-1:80 of target group web went from initial to healthy.',
    );
    expect(targetHealthSentence({ ...base, from: 'draining' })).toBe(
      'Target i-1:80 of target group web left the group.',
    );
  });
});
