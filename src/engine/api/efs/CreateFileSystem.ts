import { AwsError } from '../../errors';
import { fileSystemArn } from '../../efs/fileSystems';
import { fileSystemDescription, type FileSystemDescription } from '../../efs/output';
import type { EfsFileSystem } from '../../model/storage';
import { createFileSystemSchema } from '../../schema/efs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type CreateFileSystemInput = Infer<typeof createFileSystemSchema>;

/**
 * efs CreateFileSystem. The CreationToken makes it idempotent: a second request with a token already used
 * creates nothing and fails with FileSystemAlreadyExists naming the file system (the CLI makes a token up when
 * none is given; so does the sandbox). The file system is available at once here (AWS: a few seconds in `creating`).
 * It is regional: mount targets (CreateMountTarget) make it reachable from each Availability Zone.
 */
export const CreateFileSystem = defineOperation<CreateFileSystemInput, FileSystemDescription>({
  schema: createFileSystemSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    const { state } = ctx;
    const token = input.CreationToken ?? `console-${ctx.randomHex(8)}-${ctx.randomHex(4)}`;
    const existing = Object.values(state.efs.fileSystems).find((fs) => fs.CreationToken === token);
    if (existing)
      throw new AwsError(
        'FileSystemAlreadyExists',
        `File system '${existing.FileSystemId}' already exists with creation token '${token}'`,
        'CreationToken',
      );
    if (input.ThroughputMode === 'provisioned' && input.ProvisionedThroughputInMibps === undefined)
      throw new AwsError(
        'BadRequest',
        'ProvisionedThroughputInMibps is required when ThroughputMode is provisioned.',
        'ProvisionedThroughputInMibps',
      );
    if (input.ThroughputMode !== 'provisioned' && input.ProvisionedThroughputInMibps !== undefined)
      throw new AwsError(
        'BadRequest',
        'ProvisionedThroughputInMibps can only be set when ThroughputMode is provisioned.',
        'ProvisionedThroughputInMibps',
      );
    if (input.PerformanceMode === 'maxIO' && input.ThroughputMode === 'elastic')
      throw new AwsError(
        'BadRequest',
        'Elastic throughput mode is not supported with the Max I/O performance mode.',
        'ThroughputMode',
      );
    const id = `fs-${ctx.randomHex(17)}`;
    const tags = input.Tags ?? [];
    const name = tags.find((t) => t.Key === 'Name')?.Value;
    const fs: EfsFileSystem = {
      FileSystemId: id,
      FileSystemArn: fileSystemArn(state, id),
      CreationToken: token,
      CreationTime: ctx.now,
      LifeCycleState: 'available',
      Encrypted: input.Encrypted ?? false,
      PerformanceMode: input.PerformanceMode ?? 'generalPurpose',
      ThroughputMode: input.ThroughputMode ?? 'bursting',
      ...(name !== undefined ? { Name: name } : {}),
      Tags: tags,
    };
    ctx.tx.set(state.efs.fileSystems, id, fs);
    return fileSystemDescription(ctx, fs);
  },
});
