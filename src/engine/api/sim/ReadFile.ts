import { AwsError } from '../../errors';
import { readFileSchema } from '../../schema/files';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { filesUnder, storedFile } from '../../volumes/files';
import { defineOperation } from '../operation';
import { fileTarget, fileWhere, type FileWhere } from './WriteFile';

export type ReadFileInput = Infer<typeof readFileSchema>;

export interface ReadFileOutput extends FileWhere {
  readonly content: string;
  readonly writtenAt: string;
  /** `<task id>/<container>` of the writer: another task's, when the data is shared */
  readonly writtenBy: string;
}

/**
 * Simulator control: a container of a RUNNING task reads a text file, through the same mount resolution as
 * WriteFile, so a file another task wrote on EFS (from any AZ) or on the same host path is visible, and one in
 * another task's own storage is not. Reading changes nothing.
 */
export const ReadFile = defineOperation<ReadFileInput, ReadFileOutput>({
  schema: readFileSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const { where } = fileTarget(ctx.state, input);
    const file = storedFile(ctx.state, where.location, where.path);
    if (!file) {
      const below = filesUnder(ctx.state, where.location, where.path).length;
      throw new AwsError(
        'ResourceNotFoundException',
        below > 0
          ? `${where.containerPath} is a directory (${below} file(s) below it): read one of its files.`
          : `cat: ${where.containerPath}: No such file or directory (looked in ${describe(where.kind)}).`,
        'path',
      );
    }
    return {
      ...fileWhere(where),
      content: file.content,
      writtenAt: ctx.iso(file.writtenAt),
      writtenBy: file.writtenBy,
    };
  },
});

function describe(kind: FileWhere['kind']): string {
  switch (kind) {
    case 'efs':
      return 'the EFS file system';
    case 'host-path':
      return "the EC2 instance's directory";
    case 'docker-shared':
      return "the instance's shared Docker volume";
    case 'docker-task':
    case 'task-scratch':
    case 'ebs':
      return "the task's own volume";
    case 'fargate-ephemeral':
      return "the task's Fargate ephemeral storage";
    case 'other':
      return 'the volume';
    case 'container-layer':
      return "the container's own writable layer: the path is on no volume";
  }
}
