import type { EngineContext } from '../context';
import type { AuthorizedCall, CallPrincipalKind } from '../model/iam';
import type { SimState } from '../state';
import { evaluate, type AuthRequest } from './evaluate';
import { rolePolicies } from './roles';

/** A call the simulation makes on someone's behalf (the agent, Fargate, the application). */
export interface CallRequest extends AuthRequest {
  readonly principal: CallPrincipalKind;
  /** the role whose credentials are used; none (or a role that no longer exists) ⇒ implicit deny */
  readonly roleName?: string;
  /** a short phrase: 'pull image api:1', 'read secret db-password' */
  readonly purpose: string;
  readonly taskArn?: string;
  readonly ec2InstanceId?: string;
}

/**
 * How many calls `state.iam.calls` keeps: the newest CALL_LIMIT, trimmed CALL_SLACK at a time (the sandbox's
 * own bound, like the event log's in retention.ts).
 */
export const CALL_LIMIT = 2_000;
export const CALL_SLACK = 500;

/** The key of call `id` in `state.iam.calls`. */
export const callKey = (id: number): string => `call-${id}`;

/** Evaluates a call against the role's policies and records it (who, what, on what, decided by which statement). */
export function authorize(ctx: EngineContext, req: CallRequest): AuthorizedCall {
  const { state } = ctx;
  const role = req.roleName === undefined ? undefined : state.iam.roles[req.roleName];
  const evaluation = role
    ? evaluate(rolePolicies(state, role.RoleName), req)
    : { decision: 'implicit-deny' as const };
  const id = (state.retention.callsRecorded ?? 0) + 1;
  ctx.tx.assign(state.retention, 'callsRecorded', id);
  const call: AuthorizedCall = {
    id,
    at: ctx.now,
    principal: req.principal,
    ...(req.roleName !== undefined ? { roleName: req.roleName } : {}),
    action: req.action,
    resource: req.resource,
    decision: evaluation.decision,
    ...(evaluation.statement ? { statement: evaluation.statement } : {}),
    purpose: req.purpose,
    ...(req.taskArn !== undefined ? { taskArn: req.taskArn } : {}),
    ...(req.ec2InstanceId !== undefined ? { ec2InstanceId: req.ec2InstanceId } : {}),
  };
  ctx.tx.set(state.iam.calls, callKey(id), call);
  if (id % CALL_SLACK === 0 && id > CALL_LIMIT) {
    for (let old = id - CALL_LIMIT - CALL_SLACK + 1; old <= id - CALL_LIMIT; old++)
      ctx.tx.remove(state.iam.calls, callKey(old));
  }
  return call;
}

/**
 * The AccessDenied text AWS gives a role's session, e.g. `User: arn:aws:sts::123456789012:assumed-role/
 * ecsTaskExecutionRole/<session> is not authorized to perform: secretsmanager:GetSecretValue on resource: <arn>
 * because no identity-based policy allows the secretsmanager:GetSecretValue action`. Without credentials the
 * CLI's own "Unable to locate credentials".
 */
export function accessDeniedText(state: SimState, call: AuthorizedCall, sessionName: string): string {
  if (call.roleName === undefined) return 'Unable to locate credentials';
  const who = `User: arn:aws:sts::${state.accountId}:assumed-role/${call.roleName}/${sessionName}`;
  const what = `is not authorized to perform: ${call.action} on resource: ${call.resource}`;
  if (call.decision === 'explicit-deny') {
    const policy = call.statement?.policy;
    const managed = policy !== undefined && policy.startsWith('arn:');
    return `${who} ${what} with an explicit deny in an identity-based policy${managed ? `: ${policy}` : ''}`;
  }
  return `${who} ${what} because no identity-based policy allows the ${call.action} action`;
}
