import { AwsError } from '../../errors';
import { findFileSystem } from '../../efs/fileSystems';
import type { PolicyDocument, PolicyStatement } from '../../model/iam';
import { putFileSystemPolicySchema } from '../../schema/efs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type PutFileSystemPolicyInput = Infer<typeof putFileSystemPolicySchema>;

export interface FileSystemPolicyOutput {
  readonly FileSystemId: string;
  /** the policy as JSON text, as the API returns it */
  readonly Policy: string;
}

const invalid = (message: string) => new AwsError('InvalidPolicyException', message, 'Policy');

/** Reads a resource policy's JSON text into a document, refusing what EFS would refuse. */
export function parseFileSystemPolicy(text: string): PolicyDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw invalid('Policy is not valid JSON: check quotes, commas and brackets.');
  }
  const doc = raw as { Statement?: unknown; Version?: unknown; Id?: unknown };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw invalid('Policy must be a JSON object.');
  const list = Array.isArray(doc.Statement)
    ? doc.Statement
    : doc.Statement !== undefined
      ? [doc.Statement]
      : [];
  if (list.length === 0) throw invalid('Policy must contain at least one Statement.');
  list.forEach((s: unknown, i) => {
    const st = s as Partial<PolicyStatement> | null;
    if (st === null || typeof st !== 'object') throw invalid(`Statement ${i + 1} must be an object.`);
    if (st.Effect !== 'Allow' && st.Effect !== 'Deny')
      throw invalid(`Statement ${i + 1}: Effect must be Allow or Deny.`);
    if (st.Principal === undefined)
      throw invalid(`Statement ${i + 1}: a file system policy statement needs a Principal.`);
    if (st.Action === undefined && st.NotAction === undefined)
      throw invalid(`Statement ${i + 1}: Action (or NotAction) is required.`);
  });
  return {
    ...(typeof doc.Version === 'string' ? { Version: doc.Version } : {}),
    ...(typeof doc.Id === 'string' ? { Id: doc.Id } : {}),
    Statement: list as PolicyStatement[],
  };
}

/**
 * efs PutFileSystemPolicy: the file system's resource-based policy, replacing EFS's default one (which lets every
 * client that reaches a mount target in). Clients that mount with IAM (`iam: ENABLED` in a task definition) are
 * allowed when their identity policy or this policy allows, and neither denies; clients without IAM are anonymous
 * and get only what a statement for every principal (`*`) allows.
 */
export const PutFileSystemPolicy = defineOperation<PutFileSystemPolicyInput, FileSystemPolicyOutput>({
  schema: putFileSystemPolicySchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    const fs = findFileSystem(ctx.state, input.FileSystemId);
    if (!fs)
      throw new AwsError(
        'FileSystemNotFound',
        `File system '${input.FileSystemId}' does not exist.`,
        'FileSystemId',
      );
    const policy = parseFileSystemPolicy(input.Policy);
    ctx.tx.set(ctx.state.efs.fileSystems, fs.FileSystemId, { ...fs, FileSystemPolicy: policy });
    return { FileSystemId: fs.FileSystemId, Policy: JSON.stringify(policy) };
  },
});
