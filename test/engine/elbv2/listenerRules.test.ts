import { describe, expect, it } from 'vitest';
import { isAwsError, type Simulation } from '../../../src/engine';
import { anAccountWithInstance, createListener, createLoadBalancer, createTargetGroup } from './fixtures';

const refusal = (f: () => unknown): string => {
  try {
    f();
    return '';
  } catch (e) {
    return isAwsError(e) ? `${e.name}: ${e.message}` : String(e);
  }
};

/** A load balancer with a listener on 80 forwarding to `web-tg`, and a second target group `api-tg`. */
function world(): { sim: Simulation; listener: string; web: string; api: string } {
  const sim = anAccountWithInstance();
  const web = createTargetGroup(sim);
  const api = createTargetGroup(sim, { name: 'api-tg' });
  const listener = createListener(sim, createLoadBalancer(sim), web);
  return { sim, listener, web, api };
}

const pathRule = (listener: string, tg: string, priority: number, path = '/api/*') => ({
  ListenerArn: listener,
  Priority: priority,
  Conditions: [{ Field: 'path-pattern' as const, Values: [path] }],
  Actions: [{ Type: 'forward' as const, TargetGroupArn: tg }],
});

describe('listener rules', () => {
  it('lists a listener’s rules by priority with its default rule last, under a stable ARN', () => {
    const { sim, listener, web, api } = world();
    const before = sim.call('elbv2', 'DescribeRules', { ListenerArn: listener }).Rules;
    expect(before).toEqual([
      {
        RuleArn: expect.stringMatching(
          /:listener-rule\/app\/web-alb\/[0-9a-f]{16}\/[0-9a-f]{16}\/[0-9a-f]{16}$/,
        ),
        Priority: 'default',
        Conditions: [],
        Actions: [{ Type: 'forward', TargetGroupArn: web }],
        IsDefault: true,
      },
    ]);
    sim.call('elbv2', 'CreateRule', pathRule(listener, api, 20));
    sim.call('elbv2', 'CreateRule', pathRule(listener, api, 5, '/admin/*'));
    const rules = sim.call('elbv2', 'DescribeRules', { ListenerArn: listener }).Rules;
    expect(rules.map((r) => r.Priority)).toEqual(['5', '20', 'default']);
    expect(rules[2]!.RuleArn).toBe(before[0]!.RuleArn);
    expect(
      sim.call('elbv2', 'DescribeRules', { RuleArns: [rules[0]!.RuleArn] }).Rules[0]!.Conditions,
    ).toEqual([{ Field: 'path-pattern', Values: ['/admin/*'] }]);
  });

  it('keeps a target group a rule forwards to in use: DeleteTargetGroup refuses, its targets are not unused', () => {
    const { sim, listener, api } = world();
    sim.call('elbv2', 'CreateRule', pathRule(listener, api, 10));
    expect(refusal(() => sim.call('elbv2', 'DeleteTargetGroup', { TargetGroupArn: api }))).toMatch(
      /^ResourceInUse/,
    );
  });

  it('refuses a taken priority, a rule without conditions, a repeated path condition and too many values', () => {
    const { sim, listener, api } = world();
    sim.call('elbv2', 'CreateRule', pathRule(listener, api, 10));
    expect(refusal(() => sim.call('elbv2', 'CreateRule', pathRule(listener, api, 10, '/b/*')))).toMatch(
      /^PriorityInUse: Priority '10'/,
    );
    expect(
      refusal(() => sim.call('elbv2', 'CreateRule', { ...pathRule(listener, api, 11), Conditions: [] })),
    ).toMatch(/needs at least one condition/);
    expect(
      refusal(() =>
        sim.call('elbv2', 'CreateRule', {
          ...pathRule(listener, api, 12),
          Conditions: [
            { Field: 'path-pattern', Values: ['/a/*'] },
            { Field: 'path-pattern', Values: ['/b/*'] },
          ],
        }),
      ),
    ).toMatch(/only one 'path-pattern' condition/);
    expect(
      refusal(() =>
        sim.call('elbv2', 'CreateRule', {
          ...pathRule(listener, api, 13),
          Conditions: [{ Field: 'path-pattern', Values: ['/a', '/b', '/c', '/d'] }],
        }),
      ),
    ).toMatch(/at most 3/);
    expect(
      refusal(() =>
        sim.call('elbv2', 'CreateRule', {
          ...pathRule(listener, api, 14),
          Conditions: [{ Field: 'http-request-method', Values: ['GET'] }],
        }),
      ),
    ).toMatch(/takes its values in HttpRequestMethodConfig/);
  });

  it('modifies and deletes a rule, but never deletes the default rule or gives it conditions', () => {
    const { sim, listener, api } = world();
    const rule = sim.call('elbv2', 'CreateRule', pathRule(listener, api, 10)).Rules[0]!;
    const [, defaultRule] = sim.call('elbv2', 'DescribeRules', { ListenerArn: listener }).Rules;
    sim.call('elbv2', 'ModifyRule', {
      RuleArn: rule.RuleArn,
      Conditions: [{ Field: 'host-header', Values: ['api.example.com'] }],
    });
    expect(sim.call('elbv2', 'DescribeRules', { RuleArns: [rule.RuleArn] }).Rules[0]).toMatchObject({
      Conditions: [{ Field: 'host-header', Values: ['api.example.com'] }],
      Actions: [{ Type: 'forward', TargetGroupArn: api }],
    });
    expect(refusal(() => sim.call('elbv2', 'DeleteRule', { RuleArn: defaultRule!.RuleArn }))).toMatch(
      /^OperationNotPermitted/,
    );
    expect(
      refusal(() =>
        sim.call('elbv2', 'ModifyRule', {
          RuleArn: defaultRule!.RuleArn,
          Conditions: [{ Field: 'path-pattern', Values: ['/x'] }],
        }),
      ),
    ).toMatch(/^OperationNotPermitted/);
    // a default rule's actions are its listener's default actions
    sim.call('elbv2', 'ModifyRule', {
      RuleArn: defaultRule!.RuleArn,
      Actions: [{ Type: 'forward', TargetGroupArn: api }],
    });
    expect(
      sim.call('elbv2', 'DescribeListeners', { ListenerArns: [listener] }).Listeners[0]!.DefaultActions,
    ).toEqual([{ Type: 'forward', TargetGroupArn: api }]);
    sim.call('elbv2', 'DeleteRule', { RuleArn: rule.RuleArn });
    expect(refusal(() => sim.call('elbv2', 'DescribeRules', { RuleArns: [rule.RuleArn] }))).toMatch(
      /^RuleNotFound/,
    );
  });

  it('deletes a listener’s rules with it', () => {
    const { sim, listener, api } = world();
    sim.call('elbv2', 'CreateRule', pathRule(listener, api, 10));
    sim.call('elbv2', 'DeleteListener', { ListenerArn: listener });
    expect(sim.state.elbv2.rules).toEqual({});
  });
});
