import { AwsError } from '../errors';
import type { PolicyDocument, PolicyStatement } from '../model/iam';

/**
 * Reads a policy document as the IAM API takes it (JSON text) and checks it the way IAM does before storing
 * it, answering MalformedPolicyDocument with IAM's own messages. `kind` says which grammar applies: an identity
 * policy (PutRolePolicy) must name resources and must not name a principal; a trust policy (CreateRole,
 * UpdateAssumeRolePolicy) must name a principal and must not name resources. The sandbox checks the grammar
 * and the action format; it does not check that actions, condition keys or services exist.
 */
export type PolicyKind = 'identity' | 'trust';

const VERSIONS = ['2012-10-17', '2008-10-17'];
const STATEMENT_FIELDS = new Set([
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Principal',
  'NotPrincipal',
  'Condition',
]);
const ACTION = /^([a-zA-Z0-9-]+:[a-zA-Z0-9*?]+|\*)$/;

const malformed = (message: string, field: string): AwsError =>
  new AwsError('MalformedPolicyDocument', message, field);

/** The parsed document, or a MalformedPolicyDocument error naming `field`. */
export function parsePolicyDocument(text: string, kind: PolicyKind, field: string): PolicyDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw malformed('This policy contains invalid Json', field);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw malformed('Syntax errors in policy.', field);
  const doc = raw as Record<string, unknown>;
  for (const key of Object.keys(doc)) {
    if (!['Version', 'Id', 'Statement'].includes(key)) throw malformed(`Syntax errors in policy.`, field);
  }
  if (doc.Version !== undefined && (typeof doc.Version !== 'string' || !VERSIONS.includes(doc.Version)))
    throw malformed('The policy failed legacy parsing', field);
  if (doc.Statement === undefined) throw malformed('Syntax errors in policy.', field);
  const list = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  if (list.length === 0) throw malformed('Syntax errors in policy.', field);
  const statements = list.map((s) => checkStatement(s, kind, field));
  return {
    ...(typeof doc.Version === 'string' ? { Version: doc.Version } : {}),
    ...(typeof doc.Id === 'string' ? { Id: doc.Id } : {}),
    Statement: statements,
  };
}

const isStringOrStrings = (v: unknown): v is string | string[] =>
  typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'));

function checkStatement(raw: unknown, kind: PolicyKind, field: string): PolicyStatement {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw malformed('Syntax errors in policy.', field);
  const s = raw as Record<string, unknown>;
  for (const key of Object.keys(s)) {
    if (!STATEMENT_FIELDS.has(key)) throw malformed(`Syntax errors in policy.`, field);
  }
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') {
    throw s.Effect === undefined
      ? malformed('Missing required field Effect', field)
      : malformed(`Invalid effect: ${String(s.Effect)}`, field);
  }
  if (s.Sid !== undefined && (typeof s.Sid !== 'string' || !/^[A-Za-z0-9]*$/.test(s.Sid)))
    throw malformed(
      'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*',
      field,
    );
  if (s.Action !== undefined && s.NotAction !== undefined) throw malformed('Syntax errors in policy.', field);
  const actions = s.Action ?? s.NotAction;
  if (actions === undefined) throw malformed('Policy statement must contain actions.', field);
  if (!isStringOrStrings(actions)) throw malformed('Syntax errors in policy.', field);
  for (const a of typeof actions === 'string' ? [actions] : actions) {
    if (!ACTION.test(a))
      throw malformed('Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.', field);
  }
  const resources = s.Resource ?? s.NotResource;
  if (kind === 'identity') {
    if (s.Principal !== undefined || s.NotPrincipal !== undefined)
      throw malformed('Policy document should not specify a principal.', field);
    if (s.Resource !== undefined && s.NotResource !== undefined)
      throw malformed('Syntax errors in policy.', field);
    if (resources === undefined) throw malformed('Policy statement must contain resources.', field);
    if (!isStringOrStrings(resources)) throw malformed('Syntax errors in policy.', field);
    for (const r of typeof resources === 'string' ? [resources] : resources) {
      if (r !== '*' && !/^arn:[^:]*:[^:]*:[^:]*:[^:]*:.+/.test(r))
        throw malformed(`Resource ${r} must be in ARN format or "*".`, field);
    }
  } else {
    if (resources !== undefined) throw malformed('Has prohibited field Resource', field);
    if (s.Principal === undefined && s.NotPrincipal === undefined)
      throw malformed('Missing required field Principal', field);
    checkPrincipal(s.Principal ?? s.NotPrincipal, field);
  }
  if (s.Condition !== undefined) checkCondition(s.Condition, field);
  return s as unknown as PolicyStatement;
}

function checkPrincipal(p: unknown, field: string): void {
  if (p === '*') return;
  if (!p || typeof p !== 'object' || Array.isArray(p)) throw malformed('Invalid principal in policy', field);
  for (const [type, value] of Object.entries(p as Record<string, unknown>)) {
    if (!['AWS', 'Service', 'Federated', 'CanonicalUser'].includes(type) || !isStringOrStrings(value))
      throw malformed(`Invalid principal in policy: "${type}":${JSON.stringify(value)}`, field);
    if (type === 'Service') {
      for (const v of typeof value === 'string' ? [value] : value) {
        if (!/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(v))
          throw malformed(`Invalid principal in policy: "SERVICE":"${v}"`, field);
      }
    }
  }
}

function checkCondition(c: unknown, field: string): void {
  if (!c || typeof c !== 'object' || Array.isArray(c)) throw malformed('Syntax errors in policy.', field);
  for (const keys of Object.values(c as Record<string, unknown>)) {
    if (!keys || typeof keys !== 'object' || Array.isArray(keys))
      throw malformed('Syntax errors in policy.', field);
    for (const v of Object.values(keys as Record<string, unknown>)) {
      const ok =
        ['string', 'boolean', 'number'].includes(typeof v) ||
        (Array.isArray(v) && v.every((x) => ['string', 'boolean', 'number'].includes(typeof x)));
      if (!ok) throw malformed('Syntax errors in policy.', field);
    }
  }
}
