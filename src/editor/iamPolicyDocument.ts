import {
  IAM_POLICY_SCHEMA,
  IAM_TRUST_POLICY_SCHEMA,
  parsePolicyDocument,
  type PolicyKind,
} from '../engine/docs';
import { isAwsError, type JsonSchema } from '../engine/index';
import type { DocumentKind } from './documentKind';
import type { EngineProblem } from './problems';

/**
 * IAM policy documents for the Identity tab's editors: an identity policy (what PutRolePolicy takes as its
 * PolicyDocument) and a role's trust policy (UpdateAssumeRolePolicy). Each has the IAM policy grammar as JSON
 * Schema (completion, hover, diagnostics) and IAM's own check with its MalformedPolicyDocument messages, placed
 * on the member each one is about.
 */

type Json = Record<string, unknown>;

const TOP_LEVEL = ['Version', 'Id', 'Statement'];
const STATEMENT_MEMBERS = [
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Principal',
  'NotPrincipal',
  'Condition',
];

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** The member (path within the statement) an IAM message is about. */
function memberFor(message: string, s: Json): string {
  const present = (...names: string[]) => names.find((n) => s[n] !== undefined) ?? names[0]!;
  const unknown = Object.keys(s).find((k) => !STATEMENT_MEMBERS.includes(k));
  if (unknown) return unknown;
  const prohibited = /^Has prohibited field (\w+)/.exec(message);
  if (prohibited) return present(prohibited[1]!, `Not${prohibited[1]!}`);
  if (/effect/i.test(message)) return 'Effect';
  if (/SID/.test(message)) return 'Sid';
  if (/principal/i.test(message)) return present('Principal', 'NotPrincipal');
  if (/actions\/conditions must be prefaced/i.test(message)) {
    const name = present('Action', 'NotAction');
    const value = s[name];
    if (Array.isArray(value)) {
      const bad = value.findIndex(
        (a) => typeof a !== 'string' || !/^([a-zA-Z0-9-]+:[a-zA-Z0-9*?]+|\*)$/.test(a),
      );
      if (bad >= 0) return `${name}[${bad}]`;
    }
    return name;
  }
  if (/actions/i.test(message)) return 'Action';
  const resource = /^Resource (.+) must be in ARN format/.exec(message);
  if (resource || /resources/i.test(message)) {
    const name = present('Resource', 'NotResource');
    const value = s[name];
    if (resource && Array.isArray(value)) {
      const at = value.indexOf(resource[1]);
      if (at >= 0) return `${name}[${at}]`;
    }
    return name;
  }
  if (s.Action !== undefined && s.NotAction !== undefined) return 'NotAction';
  if (s.Resource !== undefined && s.NotResource !== undefined) return 'NotResource';
  if (s.Condition !== undefined) return 'Condition';
  return '';
}

const problem = (field: string, e: { name: string; message: string }): EngineProblem => ({
  field,
  message: e.message,
  errorName: e.name,
});

/** A statement every grammar accepts, to check the document's own members apart from its statements. */
const HARMLESS: Readonly<Record<PolicyKind, Json>> = {
  identity: { Effect: 'Allow', Action: '*', Resource: '*' },
  trust: { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' },
};

/**
 * IAM's verdict on a parsed policy of `kind`, as editor problems: each statement is checked on its own so that
 * every faulty statement is marked, each on the member the message is about.
 */
export function policyProblems(input: unknown, kind: PolicyKind): EngineProblem[] {
  const check = (doc: unknown): { name: string; message: string } | undefined => {
    try {
      parsePolicyDocument(JSON.stringify(doc), kind, 'PolicyDocument');
      return undefined;
    } catch (e) {
      if (isAwsError(e)) return e;
      throw e;
    }
  };
  const whole = check(input);
  if (!whole) return [];
  if (!isObject(input)) return [problem('', whole)];
  const unknown = Object.keys(input).find((k) => !TOP_LEVEL.includes(k));
  if (unknown) return [problem(unknown, whole)];
  if (input.Statement === undefined) return [problem('Statement', whole)];
  const { Statement: statement, ...rest } = input;
  const versionError = check({ ...rest, Statement: [HARMLESS[kind]] });
  if (versionError) return [problem('Version', versionError)];
  const list = Array.isArray(statement) ? statement : [statement];
  const base = Array.isArray(statement) ? (i: number) => `Statement[${i}]` : () => 'Statement';
  const problems: EngineProblem[] = [];
  list.forEach((s, i) => {
    const error = check({ ...rest, Statement: [s] });
    if (!error) return;
    const member = isObject(s) ? memberFor(error.message, s) : '';
    problems.push(problem(member ? `${base(i)}.${member}` : base(i), error));
  });
  return problems.length ? problems : [problem('Statement', whole)];
}

/** What the editor says when a value does not match a pattern of the grammar, instead of the bare pattern. */
const PATTERN_MESSAGES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /^\^\(\[a-zA-Z0-9-\]\+:/,
    'An action is service:Action, such as s3:GetObject (* and ? are wildcards), or "*".',
  ],
  [/^\^\(\\\*\|arn:/, 'A resource is an ARN (arn:aws:service:region:account:resource) or "*".'],
  [/^\^\[0-9A-Za-z\]\*\$$/, 'A Sid holds letters and digits only.'],
  [/amazonaws/, 'A service principal is a name such as ecs-tasks.amazonaws.com or ec2.amazonaws.com.'],
];

/** A copy of `schema` whose patterns carry a readable `patternErrorMessage` (Monaco's JSON service shows it). */
export function withPatternMessages(schema: JsonSchema): JsonSchema {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === 'enum' || k === 'examples' ? v : walk(v);
    if (typeof node.pattern === 'string') {
      const message = PATTERN_MESSAGES.find(([re]) => re.test(node.pattern as string))?.[1];
      if (message) out.patternErrorMessage = message;
    }
    return out;
  };
  return walk(schema) as JsonSchema;
}

/** The identity policy check (PutRolePolicy). */
export const iamPolicyProblems = (input: unknown): EngineProblem[] => policyProblems(input, 'identity');

export const iamPolicyDocument: DocumentKind = {
  schemaUri: 'inmemory://ecs-sandbox/schemas/iam-identity-policy.json',
  fileSuffix: '.iampolicy.json',
  schema: withPatternMessages(IAM_POLICY_SCHEMA),
  check: iamPolicyProblems,
};

/** A role's trust policy (UpdateAssumeRolePolicy, CreateRole): who may assume it. */
export const iamTrustPolicyDocument: DocumentKind = {
  schemaUri: 'inmemory://ecs-sandbox/schemas/iam-trust-policy.json',
  fileSuffix: '.iamtrust.json',
  schema: withPatternMessages(IAM_TRUST_POLICY_SCHEMA),
  check: (input) => policyProblems(input, 'trust'),
};
