/**
 * The engine's second public file: the request schemas with their hover text. It is kept apart from
 * `index.ts` so that only the lazily loaded editor and console bundle the text (not the first page).
 */
export { documentedSchema } from './schema/docs/index';

// IAM for the identity screens and the policy editor (lazy): the policy grammar, the engine's own check of a
// policy document, and the catalog of AWS managed policies
export {
  IAM_ACTION_EXAMPLES,
  IAM_CONDITION_OPERATORS,
  IAM_POLICY_SCHEMA,
  IAM_TRUST_POLICY_SCHEMA,
} from './schema/iamPolicy';
export { parsePolicyDocument, type PolicyKind } from './iam/policyDocument';
export { MANAGED_POLICIES, managedPolicy, type ManagedPolicy } from './iam/managedPolicies';
export { evaluate, type AuthRequest, type Evaluation, type NamedPolicy } from './iam/evaluate';
export { rolePolicies, roleByArn, trustsService, trustedServices } from './iam/roles';
