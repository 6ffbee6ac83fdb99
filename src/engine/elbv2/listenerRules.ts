import { hexDigest } from '../../lib/digest';
import type { EngineContext } from '../context';
import type { Listener, ListenerAction, ListenerArn, ListenerRule, RuleCondition } from '../model/elbv2';
import type { DeepReadonly } from '../simulation';
import type { SimState } from '../state';
import { ruleArn } from './names';

/**
 * Listener rules. A listener's default rule is not stored: it is the listener's DefaultActions, under an ARN
 * derived from the listener's (the same every time, so DescribeRules can hand it out and blue/green can name
 * it). The other rules are in `state.elbv2.rules`.
 */

/** The ARN of a listener's default rule. */
export const defaultRuleArn = (listener: string): string =>
  ruleArn(listener, hexDigest(`${listener} default rule`, 16));

/** A rule found by ARN: its listener, and the rule itself unless it is the listener's default rule. */
export interface RuleRef {
  readonly arn: string;
  readonly listener: Listener;
  readonly rule?: ListenerRule;
}

/** The rule with this ARN (a default rule included), or undefined. */
export function findRule(readonlyState: SimState | DeepReadonly<SimState>, arn: string): RuleRef | undefined {
  // only read here
  const state = readonlyState as SimState;
  const rule = state.elbv2.rules[arn];
  if (rule) {
    const listener = state.elbv2.listeners[rule.ListenerArn];
    return listener && { arn, listener, rule };
  }
  // a default rule's ARN is its listener's with a derived id: try the listener the ARN names
  const listenerArn = arn.replace(':listener-rule/', ':listener/').replace(/\/[^/]+$/, '');
  const listener = state.elbv2.listeners[listenerArn];
  return listener && defaultRuleArn(listener.ListenerArn) === arn ? { arn, listener } : undefined;
}

/** What a rule does. */
export const actionsOf = (ref: RuleRef): ReadonlyArray<ListenerAction> =>
  ref.rule ? ref.rule.Actions : ref.listener.DefaultActions;

/**
 * The target groups a rule's forward action sends requests to, with the share of requests each gets (weights
 * default to 1); empty when the rule does not forward.
 */
export function forwardShares(ref: RuleRef | undefined): Array<[string, number]> {
  const forward = ref ? actionsOf(ref).find((a) => a.Type === 'forward') : undefined;
  const groups = forward?.ForwardConfig?.TargetGroups?.length
    ? forward.ForwardConfig.TargetGroups
    : forward?.TargetGroupArn
      ? [{ TargetGroupArn: forward.TargetGroupArn, Weight: 1 }]
      : [];
  const total = groups.reduce((sum, g) => sum + (g.Weight ?? 1), 0);
  return groups.flatMap((g) =>
    g.TargetGroupArn ? [[g.TargetGroupArn, total > 0 ? (g.Weight ?? 1) / total : 0] as [string, number]] : [],
  );
}

/** Replaces a rule's actions (a default rule's are its listener's DefaultActions). */
export function setActions(ctx: EngineContext, ref: RuleRef, actions: ReadonlyArray<ListenerAction>): void {
  if (ref.rule) ctx.tx.set(ctx.state.elbv2.rules, ref.arn, { ...ref.rule, Actions: actions });
  else
    ctx.tx.set(ctx.state.elbv2.listeners, ref.listener.ListenerArn, {
      ...ref.listener,
      DefaultActions: actions,
    });
}

/** The non-default rules of a listener, lowest priority first. */
export const rulesOf = (state: SimState, listener: ListenerArn | string): ListenerRule[] =>
  Object.values(state.elbv2.rules)
    .filter((r) => r.ListenerArn === listener)
    .sort((a, b) => a.Priority - b.Priority);

/** Removes a listener and its rules. */
export function removeListener(ctx: EngineContext, listener: Listener): void {
  for (const rule of rulesOf(ctx.state, listener.ListenerArn))
    ctx.tx.remove(ctx.state.elbv2.rules, rule.RuleArn);
  ctx.tx.remove(ctx.state.elbv2.listeners, listener.ListenerArn);
}

/** A rule as DescribeRules and CreateRule answer (`Rule` of the model). */
export interface RuleOutput {
  readonly RuleArn: string;
  readonly Priority: string;
  readonly Conditions: ReadonlyArray<RuleCondition>;
  readonly Actions: ReadonlyArray<ListenerAction>;
  readonly IsDefault: boolean;
}

export const ruleOutput = (ref: RuleRef): RuleOutput => ({
  RuleArn: ref.arn,
  Priority: ref.rule ? String(ref.rule.Priority) : 'default',
  Conditions: ref.rule?.Conditions ?? [],
  Actions: actionsOf(ref),
  IsDefault: !ref.rule,
});

/** Every rule of a listener as DescribeRules lists them: by priority, the default rule last. */
export function listenerRuleRefs(
  readonlyState: SimState | DeepReadonly<SimState>,
  listenerArn: string,
): RuleRef[] {
  // only read here
  const state = readonlyState as SimState;
  const listener = state.elbv2.listeners[listenerArn];
  if (!listener) return [];
  return [
    ...rulesOf(state, listener.ListenerArn).map((rule) => ({ arn: rule.RuleArn, listener, rule })),
    { arn: defaultRuleArn(listener.ListenerArn), listener },
  ];
}
