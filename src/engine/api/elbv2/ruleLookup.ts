import { findRule, type RuleRef } from '../../elbv2/listenerRules';
import { AwsError } from '../../errors';
import type { SimState } from '../../state';

/** The rule with this ARN (a listener's default rule included); RuleNotFound when there is none. */
export function requireRule(state: SimState, arn: string, field = 'RuleArn'): RuleRef {
  const ref = findRule(state, arn);
  if (!ref) {
    throw new AwsError(
      'RuleNotFound',
      `Rule '${arn}' not found. DescribeRules --listener-arn lists a listener's rules, its default rule included.`,
      field,
    );
  }
  return ref;
}
