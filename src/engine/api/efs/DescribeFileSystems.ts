import { AwsError } from '../../errors';
import { findFileSystem } from '../../efs/fileSystems';
import { fileSystemDescription, type FileSystemDescription } from '../../efs/output';
import { describeFileSystemsSchema } from '../../schema/efs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { page } from './paging';

export type DescribeFileSystemsInput = Infer<typeof describeFileSystemsSchema>;

export interface DescribeFileSystemsOutput {
  readonly FileSystems: ReadonlyArray<FileSystemDescription>;
  readonly Marker?: string;
  readonly NextMarker?: string;
}

/** efs DescribeFileSystems: one file system (FileSystemId), those with a CreationToken, or all, in creation order. */
export const DescribeFileSystems = defineOperation<DescribeFileSystemsInput, DescribeFileSystemsOutput>({
  schema: describeFileSystemsSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    const { state } = ctx;
    if (input.FileSystemId !== undefined && input.CreationToken !== undefined)
      throw new AwsError('BadRequest', 'Request cannot contain both a file system ID and a creation token.');
    let all = Object.values(state.efs.fileSystems).filter((fs) => findFileSystem(state, fs.FileSystemId));
    if (input.FileSystemId !== undefined) {
      const fs = findFileSystem(state, input.FileSystemId);
      if (!fs)
        throw new AwsError(
          'FileSystemNotFound',
          `File system '${input.FileSystemId}' does not exist.`,
          'FileSystemId',
        );
      all = [fs];
    }
    if (input.CreationToken !== undefined) all = all.filter((fs) => fs.CreationToken === input.CreationToken);
    const { items, next } = page(all, input.Marker, input.MaxItems ?? 100);
    return {
      FileSystems: items.map((fs) => fileSystemDescription(ctx, fs)),
      ...(input.Marker !== undefined ? { Marker: input.Marker } : {}),
      ...(next !== undefined ? { NextMarker: next } : {}),
    };
  },
});
