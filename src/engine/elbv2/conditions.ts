import { AwsError } from '../errors';
import type { RuleCondition } from '../model/elbv2';

/** The configuration member of each condition field (`Values` is a short form for the first two only). */
const CONFIG_OF: Readonly<Record<string, string>> = {
  'host-header': 'HostHeaderConfig',
  'path-pattern': 'PathPatternConfig',
  'http-header': 'HttpHeaderConfig',
  'query-string': 'QueryStringConfig',
  'http-request-method': 'HttpRequestMethodConfig',
  'source-ip': 'SourceIpConfig',
};

/** The fields a rule may use once (http-header and query-string may repeat). */
const ONCE = new Set(['host-header', 'path-pattern', 'http-request-method', 'source-ip']);

/** Comparison strings: at most this many per condition and per rule. */
export const MAX_VALUES_PER_CONDITION = 3;
export const MAX_VALUES_PER_RULE = 5;

/** The comparison strings of a condition (for query-string, its key/value pairs). */
function valuesOf(c: RuleCondition): ReadonlyArray<unknown> {
  const config = c.Field
    ? (c[CONFIG_OF[c.Field] ?? ''] as { Values?: ReadonlyArray<unknown> } | undefined)
    : undefined;
  return config?.Values ?? c.Values ?? [];
}

/**
 * A non-default rule's conditions: at least one, each a known field with its comparison strings (in `Values` for
 * host-header and path-pattern, else in the field's configuration), host-header, path-pattern,
 * http-request-method and source-ip once each, and at most 3 strings per condition and 5 per rule. The sandbox
 * keeps them as given and routes no requests by them (its load goes to a service, not to a path).
 */
export function checkConditions(conditions: ReadonlyArray<RuleCondition>, field = 'Conditions'): void {
  if (conditions.length === 0) {
    throw new AwsError(
      'ValidationError',
      'A rule needs at least one condition (only the default rule has none), e.g. ' +
        '{"Field": "path-pattern", "Values": ["/api/*"]}.',
      field,
    );
  }
  const seen = new Set<string>();
  let total = 0;
  conditions.forEach((c, i) => {
    const at = `${field}[${i}]`;
    if (!c.Field) throw new AwsError('ValidationError', `${at} needs a Field.`, `${at}.Field`);
    if (ONCE.has(c.Field) && seen.has(c.Field)) {
      throw new AwsError(
        'ValidationError',
        `A rule can have only one '${c.Field}' condition; put its values in one condition.`,
        `${at}.Field`,
      );
    }
    seen.add(c.Field);
    const config = CONFIG_OF[c.Field]!;
    if (c.Values !== undefined && c.Field !== 'host-header' && c.Field !== 'path-pattern') {
      throw new AwsError(
        'ValidationError',
        `A '${c.Field}' condition takes its values in ${config}, not in Values.`,
        `${at}.Values`,
      );
    }
    const values = valuesOf(c);
    if (values.length === 0) {
      throw new AwsError(
        'ValidationError',
        `${at} ('${c.Field}') needs at least one value.`,
        `${at}.${config}`,
      );
    }
    if (values.length > MAX_VALUES_PER_CONDITION) {
      throw new AwsError(
        'ValidationError',
        `${at} has ${values.length} values; a condition takes at most ${MAX_VALUES_PER_CONDITION}.`,
        at,
      );
    }
    total += values.length;
  });
  if (total > MAX_VALUES_PER_RULE) {
    throw new AwsError(
      'ValidationError',
      `The rule's conditions have ${total} values in all; a rule takes at most ${MAX_VALUES_PER_RULE}.`,
      field,
    );
  }
}
