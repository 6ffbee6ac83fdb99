import {
  isoTime,
  type AuthorizedCall,
  type CallPrincipalKind,
  type DecidingStatement,
  type DeepReadonly,
  type IamRole,
  type PolicyDocument,
  type PolicyStatement,
  type ResolvedVariable,
  type SimState,
  type Task,
} from '../engine/index';
import { arnName } from '../lib/arn';

/**
 * What the Identity tab and the "who is calling" / "configuration" sections show, read straight off the state
 * (nothing here makes a call), plus the requests the tab's forms send. Pure: tested without a screen.
 */

type State = DeepReadonly<SimState>;

/** One managed policy the sandbox knows (the engine's catalog: iam/managedPolicies.ts). */
export interface ManagedPolicyInfo {
  readonly Arn: string;
  readonly PolicyName: string;
  readonly Description?: string;
}

/** A managed policy ARN's name: what follows its last `/` (`…:policy/service-role/AmazonECSTaskExecutionRolePolicy`). */
export const policyNameOf = (arn: string): string => arnName(arn);

/** A document's statements: `Statement` may be one statement object as well as a list. */
export function statementsOf(
  doc: DeepReadonly<PolicyDocument> | PolicyDocument,
): ReadonlyArray<DeepReadonly<PolicyStatement>> {
  const s = doc.Statement as unknown;
  return Array.isArray(s) ? s : s && typeof s === 'object' ? [s as PolicyStatement] : [];
}

/** Who a trust policy lets assume the role, in the words the policy uses (`ecs-tasks.amazonaws.com`, an ARN, `*`). */
export function trustedPrincipals(trust: DeepReadonly<PolicyDocument> | PolicyDocument): string[] {
  const out: string[] = [];
  for (const s of statementsOf(trust)) {
    if (s.Effect !== 'Allow') continue;
    const p = s.Principal;
    if (p === undefined) continue;
    if (typeof p === 'string') out.push(p);
    else for (const v of Object.values(p)) out.push(...(typeof v === 'string' ? [v] : v));
  }
  return [...new Set(out)];
}

export interface RoleRow {
  readonly name: string;
  readonly arn: string;
  readonly description?: string;
  /** who may assume it */
  readonly trustedBy: ReadonlyArray<string>;
  readonly attached: ReadonlyArray<string>;
  readonly inline: ReadonlyArray<string>;
  /** where the account uses it: "task role of web:3", "execution role of web:3", "instance profile ecsInstanceRole" */
  readonly usedBy: ReadonlyArray<string>;
}

const sameRole = (ref: string | undefined, role: DeepReadonly<IamRole>): boolean =>
  ref !== undefined && (ref === role.Arn || ref === role.RoleName);

/** Where the account refers to the role: active task definitions (task and execution role) and instance profiles. */
export function roleUses(state: State, role: DeepReadonly<IamRole>): string[] {
  const uses: string[] = [];
  const defs = Object.values(state.ecs.taskDefinitions)
    .filter((d) => d.status === 'ACTIVE')
    .sort((a, b) => a.family.localeCompare(b.family) || a.revision - b.revision);
  for (const d of defs) {
    if (sameRole(d.taskRoleArn, role)) uses.push(`task role of ${d.family}:${d.revision}`);
    if (sameRole(d.executionRoleArn, role)) uses.push(`execution role of ${d.family}:${d.revision}`);
  }
  for (const p of Object.values(state.iam.instanceProfiles)) {
    if (p.roleName === role.RoleName) uses.push(`instance profile ${p.InstanceProfileName}`);
  }
  return uses;
}

/** Every role of the account, by name. */
export function roleRows(state: State): RoleRow[] {
  return Object.values(state.iam.roles)
    .map((r) => ({
      name: r.RoleName,
      arn: r.Arn,
      ...(r.Description ? { description: r.Description } : {}),
      trustedBy: trustedPrincipals(r.AssumeRolePolicyDocument),
      attached: r.attachedPolicyArns.map(policyNameOf),
      inline: Object.keys(r.inlinePolicies).sort(),
      usedBy: roleUses(state, r),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A policy document as the editor and the screen show it: two-space JSON. */
export const policyText = (doc: DeepReadonly<PolicyDocument> | PolicyDocument): string =>
  JSON.stringify(doc, null, 2);

const list = (v: string | ReadonlyArray<string> | undefined): string =>
  v === undefined ? '' : typeof v === 'string' ? v : v.join(', ');

/** One statement in a line: "Allow ecr:GetAuthorizationToken, ecr:BatchGetImage on *". */
export function statementSummary(s: DeepReadonly<PolicyStatement>): string {
  const what = s.Action !== undefined ? list(s.Action) : `every action except ${list(s.NotAction)}`;
  const on =
    s.Resource !== undefined
      ? ` on ${list(s.Resource)}`
      : s.NotResource !== undefined
        ? ` on everything except ${list(s.NotResource)}`
        : '';
  const when = s.Condition ? ' (with a condition)' : '';
  return `${s.Sid ? `${s.Sid}: ` : ''}${s.Effect} ${what}${on}${when}`;
}

export interface AttachedPolicyView {
  readonly arn: string;
  readonly name: string;
  readonly description?: string;
  /** the statements in a line each, when the catalog has the document */
  readonly statements: ReadonlyArray<string>;
}

export interface RoleDetail {
  readonly row: RoleRow;
  readonly trustText: string;
  readonly attached: ReadonlyArray<AttachedPolicyView>;
  /** catalog policies not attached yet, by name */
  readonly attachable: ReadonlyArray<ManagedPolicyInfo>;
  readonly inline: ReadonlyArray<{
    readonly name: string;
    readonly text: string;
    readonly statements: ReadonlyArray<string>;
  }>;
}

/** A managed policy's document, when the catalog carries it. */
export type PolicyDocumentOf = (arn: string) => PolicyDocument | undefined;

export function roleDetail(
  state: State,
  roleName: string,
  catalog: ReadonlyArray<ManagedPolicyInfo>,
  documentOf: PolicyDocumentOf = () => undefined,
): RoleDetail | undefined {
  const role = state.iam.roles[roleName];
  if (!role) return undefined;
  const row = roleRows(state).find((r) => r.name === roleName)!;
  const byArn = new Map(catalog.map((p) => [p.Arn, p]));
  return {
    row,
    trustText: policyText(role.AssumeRolePolicyDocument),
    attached: role.attachedPolicyArns.map((arn) => {
      const info = byArn.get(arn);
      const doc = documentOf(arn);
      return {
        arn,
        name: info?.PolicyName ?? policyNameOf(arn),
        ...(info?.Description ? { description: info.Description } : {}),
        statements: doc ? statementsOf(doc).map(statementSummary) : [],
      };
    }),
    attachable: catalog
      .filter((p) => !role.attachedPolicyArns.includes(p.Arn))
      .sort((a, b) => a.PolicyName.localeCompare(b.PolicyName)),
    inline: Object.keys(role.inlinePolicies)
      .sort()
      .map((name) => {
        const doc = role.inlinePolicies[name]!;
        return { name, text: policyText(doc), statements: statementsOf(doc).map(statementSummary) };
      }),
  };
}

// ---------------------------------------------------------------- who is calling

const PRINCIPAL_LABELS: Readonly<Record<CallPrincipalKind, string>> = {
  agent: 'ECS agent (instance role)',
  'execution-role': 'Execution role',
  'task-role': 'Application (task role)',
  'instance-role-imds': 'Application (instance role via instance metadata)',
  none: 'Application (no credentials)',
};

export const principalLabel = (kind: CallPrincipalKind): string => PRINCIPAL_LABELS[kind] ?? kind;

/** "AmazonECSTaskExecutionRolePolicy, statement 1" or "inline policy read-config, statement 2 (ReadSecrets)". */
export function statementLabel(s: DeepReadonly<DecidingStatement>): string {
  const policy = s.policy.startsWith('inline:')
    ? `inline policy ${s.policy.slice('inline:'.length)}`
    : policyNameOf(s.policy);
  return `${policy}, statement ${s.statementIndex + 1}${s.sid ? ` (${s.sid})` : ''}`;
}

export interface CallRow {
  readonly id: number;
  /** hh:mm:ss of virtual time */
  readonly at: string;
  readonly principal: string;
  readonly role: string;
  readonly action: string;
  readonly resource: string;
  readonly allowed: boolean;
  /** "Allowed", "Denied (explicit deny)", "Denied (no statement allows it)" */
  readonly outcome: string;
  /** the statement that decided, or why none did */
  readonly decidedBy: string;
  readonly purpose: string;
}

export function callRow(state: State, c: DeepReadonly<AuthorizedCall>): CallRow {
  const allowed = c.decision === 'allowed';
  const decidedBy = c.statement
    ? statementLabel(c.statement)
    : c.principal === 'none' || !c.roleName
      ? 'no credentials, so nothing can allow it'
      : `no statement of ${c.roleName}'s policies allows it`;
  return {
    id: c.id,
    at: isoTime(state as never, c.at).slice(11, 19),
    principal: principalLabel(c.principal),
    role: c.roleName ?? '—',
    action: c.action,
    resource: c.resource,
    allowed,
    outcome: allowed
      ? 'Allowed'
      : c.decision === 'explicit-deny'
        ? 'Denied (explicit deny)'
        : 'Denied (not allowed)',
    decidedBy,
    purpose: c.purpose,
  };
}

export interface CallsView {
  /** newest first, at most `limit` */
  readonly rows: ReadonlyArray<CallRow>;
  /** how many more there are than shown */
  readonly more: number;
  readonly denied: number;
}

/** The calls made on behalf of a task, or by/for an instance (its agent and the tasks on it), newest first. */
export function callsFor(
  state: State,
  who: { readonly taskArn: string } | { readonly ec2InstanceId: string },
  limit = 50,
): CallsView {
  const match =
    'taskArn' in who
      ? (c: DeepReadonly<AuthorizedCall>) => c.taskArn === who.taskArn
      : (c: DeepReadonly<AuthorizedCall>) => c.ec2InstanceId === who.ec2InstanceId;
  const all = Object.values(state.iam.calls)
    .filter(match)
    .sort((a, b) => b.id - a.id);
  return {
    rows: all.slice(0, limit).map((c) => callRow(state, c)),
    more: Math.max(0, all.length - limit),
    denied: all.filter((c) => c.decision !== 'allowed').length,
  };
}

// ---------------------------------------------------------------- configuration

const SOURCE_LABELS: Readonly<Record<ResolvedVariable['source'], string>> = {
  environment: 'environment',
  environmentFile: 'environment file',
  ssm: 'Parameter Store',
  secretsmanager: 'Secrets Manager',
  agent: 'set by the ECS agent',
};

/** What a masked value looks like: the same length whatever the secret, so the length gives nothing away. */
export const MASK = '••••••••';

export interface VariableRow {
  /** `container/NAME`, the reveal toggle's key */
  readonly key: string;
  readonly name: string;
  /** the value, or MASK for a secret not revealed */
  readonly shown: string;
  readonly secret: boolean;
  readonly revealed: boolean;
  readonly source: string;
  readonly from?: string;
}

export interface ContainerConfigView {
  readonly container: string;
  readonly variables: ReadonlyArray<VariableRow>;
}

export interface ConfigView {
  /** why there is nothing to show yet, or where what is shown was read from when not from the task's record */
  readonly note?: string;
  readonly containers: ReadonlyArray<ContainerConfigView>;
}

export const variableKey = (container: string, name: string): string => `${container}/${name}`;

/**
 * Each container's environment as the task received it at start, with where every variable came from (the
 * engine's `containerConfigOf`: recorded at start, or derived for a task with no start-up work); secrets masked
 * unless their key is in `revealed`.
 */
export function configView(
  task: DeepReadonly<Task>,
  config: Readonly<Record<string, ReadonlyArray<DeepReadonly<ResolvedVariable>>>> | undefined,
  revealed: ReadonlySet<string> = new Set(),
): ConfigView {
  const started = !['PROVISIONING', 'PENDING', 'ACTIVATING'].includes(task.lastStatus);
  if (!config) {
    return {
      note: started
        ? 'No variables were resolved for this task: it stopped before its containers started.'
        : 'The variables are resolved when the task starts (after the image pull), from its environment, environment files and secrets.',
      containers: [],
    };
  }
  const order = task.containers.map((c) => c.name);
  const names = Object.keys(config).sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib) || a.localeCompare(b);
  });
  return {
    containers: names.map((container) => ({
      container,
      variables: [...config[container]!]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((v) => {
          const key = variableKey(container, v.name);
          const revealedNow = v.secret && revealed.has(key);
          return {
            key,
            name: v.name,
            shown: v.secret && !revealedNow ? MASK : v.value,
            secret: v.secret,
            revealed: revealedNow,
            source: SOURCE_LABELS[v.source] ?? v.source,
            ...(v.from !== undefined ? { from: v.from } : {}),
          };
        }),
    })),
  };
}

// ---------------------------------------------------------------- the forms' requests

/** A trust policy that lets one AWS service assume the role. */
export function trustPolicyFor(service: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  };
}

/** CreateRole as the CLI sends it: the trust policy is JSON text. */
export function createRoleInput(roleName: string, service: string, description?: string) {
  return {
    RoleName: roleName.trim(),
    AssumeRolePolicyDocument: JSON.stringify(trustPolicyFor(service)),
    ...(description?.trim() ? { Description: description.trim() } : {}),
  };
}

export const attachPolicyInput = (roleName: string, policyArn: string) => ({
  RoleName: roleName,
  PolicyArn: policyArn,
});

export const detachPolicyInput = attachPolicyInput;

/** PutRolePolicy: the document as JSON text, as the API takes it. */
export const putRolePolicyInput = (roleName: string, policyName: string, document: unknown) => ({
  RoleName: roleName,
  PolicyName: policyName.trim(),
  PolicyDocument: JSON.stringify(document),
});

export const deleteRolePolicyInput = (roleName: string, policyName: string) => ({
  RoleName: roleName,
  PolicyName: policyName,
});

/** A starting point for a new inline policy: one statement to edit. */
export const NEW_INLINE_POLICY: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'ReadObjects', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::my-bucket/*' },
  ],
};

/** SimulatePrincipalPolicy for one action on one resource, by the role's ARN. */
export const simulateInput = (roleArn: string, action: string, resource: string) => ({
  PolicySourceArn: roleArn,
  ActionNames: [action.trim()],
  ResourceArns: [resource.trim() || '*'],
});

export interface SimulationAnswer {
  readonly allowed: boolean;
  /** "allowed", "explicitDeny", "implicitDeny" as the API says it */
  readonly decision: string;
  /** a sentence for the learner */
  readonly text: string;
  /** the policies whose statements matched */
  readonly matched: ReadonlyArray<string>;
}

interface EvaluationResultLike {
  readonly EvalActionName?: string;
  readonly EvalResourceName?: string;
  readonly EvalDecision?: string;
  readonly MatchedStatements?: ReadonlyArray<{ readonly SourcePolicyId?: string }>;
}

/** Reads SimulatePrincipalPolicy's first evaluation result into a sentence. */
export function simulationAnswer(roleName: string, output: unknown): SimulationAnswer | undefined {
  const results = (output as { EvaluationResults?: ReadonlyArray<EvaluationResultLike> } | undefined)
    ?.EvaluationResults;
  const r = results?.[0];
  if (!r?.EvalDecision) return undefined;
  const matched = [
    ...new Set((r.MatchedStatements ?? []).map((m) => m.SourcePolicyId).filter((x): x is string => !!x)),
  ];
  const action = r.EvalActionName ?? 'the action';
  const resource = r.EvalResourceName ?? '*';
  const allowed = r.EvalDecision === 'allowed';
  const by = matched.length ? ` (${matched.join(', ')})` : '';
  const text = allowed
    ? `Yes: ${roleName} may call ${action} on ${resource}${matched.length ? `, allowed by ${matched.join(', ')}` : ''}.`
    : r.EvalDecision === 'explicitDeny'
      ? `No: a statement denies ${action} on ${resource} to ${roleName}${by}. An explicit deny wins over any allow.`
      : `No: no statement of ${roleName}'s policies allows ${action} on ${resource}, so it is denied by default.`;
  return { allowed, decision: r.EvalDecision, text, matched };
}
