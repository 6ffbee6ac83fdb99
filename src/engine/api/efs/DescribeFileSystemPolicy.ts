import { AwsError } from '../../errors';
import { findFileSystem } from '../../efs/fileSystems';
import { describeFileSystemPolicySchema } from '../../schema/efs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import type { FileSystemPolicyOutput } from './PutFileSystemPolicy';

export type DescribeFileSystemPolicyInput = Infer<typeof describeFileSystemPolicySchema>;

/** efs DescribeFileSystemPolicy: PolicyNotFound while the file system has EFS's default policy. */
export const DescribeFileSystemPolicy = defineOperation<
  DescribeFileSystemPolicyInput,
  FileSystemPolicyOutput
>({
  schema: describeFileSystemPolicySchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    const fs = findFileSystem(ctx.state, input.FileSystemId);
    if (!fs)
      throw new AwsError(
        'FileSystemNotFound',
        `File system '${input.FileSystemId}' does not exist.`,
        'FileSystemId',
      );
    if (!fs.FileSystemPolicy)
      throw new AwsError(
        'PolicyNotFound',
        `File system '${fs.FileSystemId}' has no file system policy: EFS's default policy applies (any client that reaches a mount target may mount and write).`,
        'FileSystemId',
      );
    return { FileSystemId: fs.FileSystemId, Policy: JSON.stringify(fs.FileSystemPolicy) };
  },
});
