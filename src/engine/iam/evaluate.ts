import type { DecidingStatement, PolicyDocument, PolicyStatement } from '../model/iam';

/**
 * IAM's identity-policy evaluation, as far as the sandbox needs it: a request is allowed when some statement
 * allows it and none denies it (an explicit deny always wins; no allowing statement is an implicit deny).
 * Actions match case-insensitively, resources case-sensitively, both with `*` and `?`; NotAction and
 * NotResource match everything except what they list; Conditions are read by conditions.ts (later part).
 */

/** a policy with where it came from: a managed policy ARN or `inline:<PolicyName>` */
export interface NamedPolicy {
  readonly id: string;
  readonly document: PolicyDocument;
}

export interface AuthRequest {
  /** `service:Action`, e.g. `secretsmanager:GetSecretValue` */
  readonly action: string;
  readonly resource: string;
  /** condition keys of the request (`aws:SecureTransport`, `ecs:CreateAction`, …); names are case-insensitive */
  readonly context?: Readonly<Record<string, string | ReadonlyArray<string>>>;
}

export type Decision = 'allowed' | 'explicit-deny' | 'implicit-deny';

export interface Evaluation {
  readonly decision: Decision;
  /** the statement that decided: the first denying one, else the first allowing one */
  readonly statement?: DecidingStatement;
}

export const list = <T>(v: T | ReadonlyArray<T> | undefined): ReadonlyArray<T> =>
  v === undefined ? [] : Array.isArray(v) ? (v as ReadonlyArray<T>) : [v as T];

const globs = new Map<string, RegExp>();

/** `*` (any run of characters) and `?` (one character) against the whole text. */
export function globMatches(pattern: string, text: string, ignoreCase: boolean): boolean {
  if (pattern === '*') return true;
  const key = (ignoreCase ? 'i' : 's') + pattern;
  let re = globs.get(key);
  if (!re) {
    const body = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    re = new RegExp(`^${body}$`, ignoreCase ? 'is' : 's');
    globs.set(key, re);
  }
  return re.test(text);
}

/** An action pattern (`ecs:Submit*`, `*`) against an action, ignoring case. */
export const actionMatches = (pattern: string, action: string): boolean => globMatches(pattern, action, true);

/**
 * A resource pattern against an ARN. `*` alone matches anything; otherwise the first five `:`-separated
 * parts (arn, partition, service, region, account) match part by part, so a wildcard does not run from one
 * part into the next, and the rest (the resource, which may hold `:` and `/`) matches as a whole.
 */
export function resourceMatches(pattern: string, arn: string): boolean {
  if (pattern === '*') return true;
  const p = splitArn(pattern);
  const a = splitArn(arn);
  if (!p || !a) return globMatches(pattern, arn, false);
  return p.every((part, i) => globMatches(part, a[i]!, false));
}

function splitArn(arn: string): string[] | undefined {
  const parts = arn.split(':');
  if (parts.length < 6) return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/** Whether a statement's Condition holds for a request (conditions.ts, installed with the later part). */
export type ConditionCheck = (
  condition: NonNullable<PolicyStatement['Condition']>,
  req: AuthRequest,
) => boolean;

let conditionHolds: ConditionCheck | undefined;

/** Installs the Condition evaluator (api/laterOperations.ts; tests may take it away again with undefined). */
export function installConditionCheck(check: ConditionCheck | undefined): void {
  conditionHolds = check;
}

/** Whether a statement covers the request (its Effect aside). */
export function statementApplies(s: PolicyStatement, req: AuthRequest): boolean {
  const actionOk =
    s.NotAction !== undefined
      ? !list(s.NotAction).some((p) => actionMatches(p, req.action))
      : list(s.Action).some((p) => actionMatches(p, req.action));
  if (!actionOk) return false;
  const resourceOk =
    s.NotResource !== undefined
      ? !list(s.NotResource).some((p) => resourceMatches(p, req.resource))
      : list(s.Resource).some((p) => resourceMatches(p, req.resource));
  if (!resourceOk) return false;
  if (!s.Condition) return true;
  // before the later part loads (a restored session), a condition cannot be read: it fails closed, a Deny
  // applying and an Allow not
  return conditionHolds ? conditionHolds(s.Condition, req) : s.Effect === 'Deny';
}

/** Evaluates the identity policies of one principal for one request. */
export function evaluate(policies: ReadonlyArray<NamedPolicy>, req: AuthRequest): Evaluation {
  let allow: DecidingStatement | undefined;
  for (const policy of policies) {
    const statements = list(policy.document.Statement);
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i]!;
      if (!statementApplies(s, req)) continue;
      const deciding: DecidingStatement = {
        policy: policy.id,
        statementIndex: i,
        ...(s.Sid !== undefined ? { sid: s.Sid } : {}),
      };
      if (s.Effect === 'Deny') return { decision: 'explicit-deny', statement: deciding };
      if (s.Effect === 'Allow') allow ??= deciding;
    }
  }
  return allow ? { decision: 'allowed', statement: allow } : { decision: 'implicit-deny' };
}
