import { isoTime } from '../../context';
import type { ManagedPolicy } from '../../iam/managedPolicies';
import type { SimState } from '../../state';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A stable policy id (ANPA…) from the policy's name: AWS managed policies have the same id in every account. */
function policyId(name: string): string {
  let h = 2166136261;
  let out = 'ANPA';
  for (let i = 0; i < 17; i++) {
    for (const c of `${name}#${i}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    out += ALPHABET[h % ALPHABET.length];
  }
  return out;
}

/**
 * A managed policy as ListPolicies and GetPolicy print it. The sandbox keeps one version of each (v1, the
 * current document) and dates them from the simulation's start.
 */
export function policyOutput(state: SimState, p: ManagedPolicy, withDescription: boolean) {
  const attached = Object.values(state.iam.roles).filter((r) => r.attachedPolicyArns.includes(p.Arn)).length;
  return {
    PolicyName: p.PolicyName,
    PolicyId: policyId(p.PolicyName),
    Arn: p.Arn,
    Path: p.Path,
    DefaultVersionId: 'v1',
    AttachmentCount: attached,
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    ...(withDescription ? { Description: p.Description } : {}),
    CreateDate: isoTime(state, 0),
    UpdateDate: isoTime(state, 0),
  };
}
export type PolicyOutput = ReturnType<typeof policyOutput>;
