import { AwsError } from '../../errors';
import { deleteMountTargetSchema } from '../../schema/efs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteMountTargetInput = Infer<typeof deleteMountTargetSchema>;

/**
 * efs DeleteMountTarget. Tasks that already mounted the file system in that AZ keep their mount in the sandbox
 * (AWS: their NFS connection breaks); new tasks there fail to start until a mount target exists again.
 */
export const DeleteMountTarget = defineOperation<DeleteMountTargetInput, Record<string, never>>({
  schema: deleteMountTargetSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    if (!ctx.state.efs.mountTargets[input.MountTargetId])
      throw new AwsError(
        'MountTargetNotFound',
        `Mount target '${input.MountTargetId}' does not exist.`,
        'MountTargetId',
      );
    ctx.tx.remove(ctx.state.efs.mountTargets, input.MountTargetId);
    return {};
  },
});
