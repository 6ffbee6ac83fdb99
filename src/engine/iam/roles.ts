import type { IamRole, PolicyDocument } from '../model/iam';
import type { SimState } from '../state';
import { CORE_POLICY_DOCUMENTS } from './corePolicies';
import { actionMatches, type NamedPolicy } from './evaluate';

/** Managed policy documents by ARN: the core ones now, the whole catalog once the later part installs it. */
const managedDocuments: Record<string, PolicyDocument> = { ...CORE_POLICY_DOCUMENTS };

/** Adds managed policy documents (managedPolicies.ts, from the later part). */
export function installManagedPolicies(documents: Readonly<Record<string, PolicyDocument>>): void {
  Object.assign(managedDocuments, documents);
}

/** The document of an AWS managed policy the sandbox knows, or undefined. */
export const managedPolicyDocument = (arn: string): PolicyDocument | undefined =>
  Object.prototype.hasOwnProperty.call(managedDocuments, arn) ? managedDocuments[arn] : undefined;

/** The role an ARN names (`arn:aws:iam::<account>:role/<path/>name`), or undefined. */
export function roleByArn(state: SimState, arn: string): IamRole | undefined {
  const at = arn.lastIndexOf('/');
  if (at < 0 || !arn.startsWith('arn:')) return undefined;
  const role = state.iam.roles[arn.slice(at + 1)];
  return role && role.Arn === arn ? role : undefined;
}

/** The identity policies of a role: its attached managed policies (in order), then its inline ones. */
export function rolePolicies(state: SimState, roleName: string): NamedPolicy[] {
  const role = state.iam.roles[roleName];
  if (!role) return [];
  const out: NamedPolicy[] = [];
  for (const arn of role.attachedPolicyArns) {
    const policyDoc = managedPolicyDocument(arn);
    if (policyDoc) out.push({ id: arn, document: policyDoc });
  }
  for (const [name, policyDoc] of Object.entries(role.inlinePolicies))
    out.push({ id: `inline:${name}`, document: policyDoc });
  return out;
}

/**
 * Whether the role's trust policy lets `service` (e.g. `ecs-tasks.amazonaws.com`) assume it: an allowing
 * statement for sts:AssumeRole naming the service (or `*`) and no denying one.
 */
export function trustsService(role: IamRole, service: string): boolean {
  let allowed = false;
  const statements = role.AssumeRolePolicyDocument.Statement;
  for (const s of Array.isArray(statements) ? statements : [statements as never]) {
    const actions = s.Action === undefined ? [] : Array.isArray(s.Action) ? s.Action : [s.Action];
    if (!actions.some((a: string) => actionMatches(a, 'sts:AssumeRole'))) continue;
    const p = s.Principal;
    const services =
      p === '*'
        ? ['*']
        : p && typeof p === 'object'
          ? ([] as string[]).concat(p.Service ?? [], p.AWS === '*' ? ['*'] : [])
          : [];
    if (!services.includes(service) && !services.includes('*')) continue;
    if (s.Effect === 'Deny') return false;
    if (s.Effect === 'Allow') allowed = true;
  }
  return allowed;
}

/** The services a trust policy names as principals (for sentences). */
export function trustedServices(role: IamRole): string[] {
  const out: string[] = [];
  for (const s of role.AssumeRolePolicyDocument.Statement) {
    if (s.Effect !== 'Allow' || !s.Principal || typeof s.Principal !== 'object') continue;
    for (const svc of ([] as string[]).concat(s.Principal.Service ?? []))
      if (!out.includes(svc)) out.push(svc);
  }
  return out;
}

/** A trust policy letting one AWS service assume the role. */
export const trustPolicyFor = (service: string): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
});
