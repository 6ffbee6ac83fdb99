import { AwsError } from '../../errors';
import { findAccessPoint } from '../../efs/fileSystems';
import { deleteAccessPointSchema } from '../../schema/efs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteAccessPointInput = Infer<typeof deleteAccessPointSchema>;

/** efs DeleteAccessPoint. The files below its root directory stay on the file system. */
export const DeleteAccessPoint = defineOperation<DeleteAccessPointInput, Record<string, never>>({
  schema: deleteAccessPointSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    const ap = findAccessPoint(ctx.state, input.AccessPointId);
    if (!ap)
      throw new AwsError(
        'AccessPointNotFound',
        `Access point '${input.AccessPointId}' does not exist.`,
        'AccessPointId',
      );
    ctx.tx.remove(ctx.state.efs.accessPoints, ap.AccessPointId);
    return {};
  },
});
