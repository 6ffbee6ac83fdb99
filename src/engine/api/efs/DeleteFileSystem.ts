import { AwsError } from '../../errors';
import { findFileSystem, mountTargetsOf } from '../../efs/fileSystems';
import { efsLocation } from '../../efs/files';
import { deleteFileSystemSchema } from '../../schema/efs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteFileSystemInput = Infer<typeof deleteFileSystemSchema>;

/**
 * efs DeleteFileSystem: its files go with it. Refused while it has mount targets (delete them first); its access
 * points are deleted with it.
 */
export const DeleteFileSystem = defineOperation<DeleteFileSystemInput, Record<string, never>>({
  schema: deleteFileSystemSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    const { state } = ctx;
    const fs = findFileSystem(state, input.FileSystemId);
    if (!fs)
      throw new AwsError(
        'FileSystemNotFound',
        `File system '${input.FileSystemId}' does not exist.`,
        'FileSystemId',
      );
    if (mountTargetsOf(state, fs.FileSystemId).length > 0)
      throw new AwsError(
        'FileSystemInUse',
        `File system '${fs.FileSystemId}' has mount targets: delete them first (DeleteMountTarget).`,
        'FileSystemId',
      );
    for (const ap of Object.values(state.efs.accessPoints))
      if (ap.FileSystemId === fs.FileSystemId) ctx.tx.remove(state.efs.accessPoints, ap.AccessPointId);
    ctx.tx.remove(state.efs.fileSystems, fs.FileSystemId);
    if (state.files[efsLocation(fs.FileSystemId)]) ctx.tx.remove(state.files, efsLocation(fs.FileSystemId));
    return {};
  },
});
