import { requireTaskIn } from '../../arns';
import { invalidParameter } from '../../errors';
import { anonymousEfsAccess, authorizeEfsClient } from '../../efs/mount';
import { findFileSystem } from '../../efs/fileSystems';
import type { Task } from '../../model/ecs';
import { writeFileSchema } from '../../schema/files';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import type { SimState } from '../../state';
import { sweepTaskFiles, writeStoredFile } from '../../volumes/files';
import {
  LIFETIME,
  resolveContainerPath,
  type Lifetime,
  type MountKind,
  type ResolvedPath,
} from '../../volumes/paths';
import { volumeMounts, type MountSharer } from '../../volumes/view';
import { defineOperation } from '../operation';

export type WriteFileInput = Infer<typeof writeFileSchema>;

export interface FileWhere {
  /** the path as the container sees it */
  readonly containerPath: string;
  /** the volume the path is on; absent for the container's own writable layer */
  readonly volume?: string;
  readonly kind: MountKind;
  readonly lifetime: Lifetime;
  /** the file-view location (model/storage.ts) and the path inside it */
  readonly location: string;
  readonly path: string;
}

export interface WriteFileOutput extends FileWhere {
  /** false when the application's write failed (an EFS mount with IAM that does not allow ClientWrite) */
  readonly written: boolean;
  /** why it failed, as the application would see it */
  readonly error?: string;
  readonly bytes: number;
  /** the other containers and running tasks that see this file now */
  readonly sharedWith: ReadonlyArray<MountSharer>;
}

/** The running task and the resolved path of a file request (shared by WriteFile and ReadFile). */
export function fileTarget(
  state: SimState,
  input: { cluster?: string; task: string; container: string; path: string },
): { task: Task; where: ResolvedPath } {
  const { task } = requireTaskIn(state, input.cluster, input.task);
  if (task.lastStatus !== 'RUNNING')
    throw invalidParameter(
      `task: '${input.task}' is ${task.lastStatus}; only the containers of a RUNNING task can read or write files` +
        (task.lastStatus === 'STOPPED'
          ? ' (its own storage is gone; EFS and host paths keep their files).'
          : '.'),
      'task',
    );
  if (!task.containers.some((c) => c.name === input.container))
    throw invalidParameter(
      `container: the task has no container '${input.container}' (it has ${task.containers.map((c) => c.name).join(', ')}).`,
      'container',
    );
  return { task, where: resolveContainerPath(state, task, input.container, input.path) };
}

export const fileWhere = (where: ResolvedPath): FileWhere => ({
  containerPath: where.containerPath,
  ...(where.mount ? { volume: where.mount.volume } : {}),
  kind: where.kind,
  lifetime: LIFETIME[where.kind],
  location: where.location,
  path: where.path,
});

/**
 * Simulator control: a container of a RUNNING task writes a text file. The path goes through the container's
 * mountPoints (and volumesFrom) to where the data lives: EFS (seen by every task that mounts the file system, in
 * any AZ), a host path (the tasks on that EC2 instance), the task's own volume or ephemeral storage, or the
 * container's writable layer (gone with the task). Read-only mounts refuse; an EFS volume mounted with IAM needs
 * `elasticfilesystem:ClientWrite` for the task role (or the file system policy), one mounted without IAM needs the
 * file system policy (if any) to allow it for everyone.
 */
export const WriteFile = defineOperation<WriteFileInput, WriteFileOutput>({
  schema: writeFileSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const { task, where } = fileTarget(ctx.state, input);
    if (where.containerPath === '/' || where.path.endsWith('/'))
      throw invalidParameter('path: name a file, not a directory.', 'path');
    if (where.readOnly)
      throw invalidParameter(
        `${input.container} cannot write ${where.containerPath}: Read-only file system (volume '${where.mount?.volume}' ` +
          'is mounted with readOnly: true).',
        'path',
      );
    const def = where.mount?.definition;
    if (def?.kind === 'efs') {
      const fs = findFileSystem(ctx.state, def.efs.fileSystemId);
      const verdict = !fs
        ? 'denied'
        : def.efs.iam
          ? authorizeEfsClient(
              ctx,
              task,
              fs,
              'elasticfilesystem:ClientWrite',
              `write ${where.path} on EFS ${fs.FileSystemId}`,
            )
          : anonymousEfsAccess(ctx.state, fs, 'elasticfilesystem:ClientWrite')
            ? 'allowed'
            : 'denied';
      if (verdict !== 'allowed')
        // the application's write fails (EACCES) but the call stays recorded: not an API error, so no rollback
        return {
          ...fileWhere(where),
          written: false,
          error:
            `${input.container} cannot write ${where.containerPath}: Permission denied. ` +
            (def.efs.iam
              ? "The volume is mounted with IAM authorization, and neither the task role's policies nor the file " +
                'system policy allow elasticfilesystem:ClientWrite, so the mount is read-only for this task.'
              : 'The volume is mounted without IAM (anonymously), and the file system policy does not allow ' +
                'elasticfilesystem:ClientWrite for everyone.'),
          bytes: 0,
          sharedWith: [],
        };
    }
    sweepTaskFiles(ctx);
    writeStoredFile(ctx, where.location, where.path, {
      content: input.content,
      writtenAt: ctx.now,
      writtenBy: `${task.taskArn.slice(task.taskArn.lastIndexOf('/') + 1)}/${input.container}`,
    });
    const mount = volumeMounts(ctx.state, task)
      .find((c) => c.containerName === input.container)
      ?.mounts.find(
        (m) => m.volume === where.mount?.volume && m.containerPath === where.mount?.containerPath,
      );
    return {
      ...fileWhere(where),
      written: true,
      bytes: new TextEncoder().encode(input.content).length,
      sharedWith: mount?.sharedWith ?? [],
    };
  },
});
