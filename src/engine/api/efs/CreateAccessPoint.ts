import { AwsError } from '../../errors';
import { accessPointArn, findFileSystem } from '../../efs/fileSystems';
import { accessPointDescription, type AccessPointDescription } from '../../efs/output';
import type { EfsAccessPoint } from '../../model/storage';
import { createAccessPointSchema } from '../../schema/efs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { normalizePath } from '../../volumes/paths';
import { defineOperation } from '../operation';

export type CreateAccessPointInput = Infer<typeof createAccessPointSchema>;

/** EFS's rule for an access point's root directory: `/` or up to four levels, at most 100 characters. */
const ROOT_PATTERN = /^(\/|(\/(?!\.)+[^$#<>;`|&?{}^*/\n]+){1,4})$/;

/**
 * efs CreateAccessPoint: an application-specific entry point into a file system: a root directory (clients see
 * only what is below it) and optionally a POSIX user every request is made as. A task uses one through
 * `efsVolumeConfiguration.authorizationConfig.accessPointId`, which needs transit encryption.
 */
export const CreateAccessPoint = defineOperation<CreateAccessPointInput, AccessPointDescription>({
  schema: createAccessPointSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    const { state } = ctx;
    const token = input.ClientToken ?? `${ctx.randomHex(8)}-${ctx.randomHex(4)}-${ctx.randomHex(4)}`;
    const existing = Object.values(state.efs.accessPoints).find((ap) => ap.ClientToken === token);
    if (existing)
      throw new AwsError(
        'AccessPointAlreadyExists',
        `Access point '${existing.AccessPointId}' already exists with client token '${token}'`,
        'ClientToken',
      );
    const fs = findFileSystem(state, input.FileSystemId);
    if (!fs)
      throw new AwsError(
        'FileSystemNotFound',
        `File system '${input.FileSystemId}' does not exist.`,
        'FileSystemId',
      );
    const path = input.RootDirectory?.Path ?? '/';
    if (!ROOT_PATTERN.test(path))
      throw new AwsError(
        'ValidationException',
        `1 validation error detected: Value '${path}' at 'rootDirectory.path' failed to satisfy constraint: ` +
          'Member must satisfy regular expression pattern: ^(\\/|(\\/(?!\\.)+[^$#<>;`|&?{}^*/\\n]+){1,4})$',
        'RootDirectory.Path',
      );
    const id = `fsap-${ctx.randomHex(17)}`;
    const ap: EfsAccessPoint = {
      AccessPointId: id,
      AccessPointArn: accessPointArn(state, id),
      FileSystemId: fs.FileSystemId,
      ClientToken: token,
      ...(input.PosixUser ? { PosixUser: { Uid: input.PosixUser.Uid, Gid: input.PosixUser.Gid } } : {}),
      RootDirectory: { Path: normalizePath(path) },
      LifeCycleState: 'available',
      Tags: input.Tags ?? [],
    };
    ctx.tx.set(state.efs.accessPoints, id, ap);
    return accessPointDescription(state, ap);
  },
});
