import { AwsError } from '../../errors';
import { findAccessPoint, findFileSystem, mountTargetsOf } from '../../efs/fileSystems';
import { mountTargetDescription, type MountTargetDescription } from '../../efs/output';
import { describeMountTargetsSchema } from '../../schema/efs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { page } from './paging';

export type DescribeMountTargetsInput = Infer<typeof describeMountTargetsSchema>;

export interface DescribeMountTargetsOutput {
  readonly MountTargets: ReadonlyArray<MountTargetDescription>;
  readonly Marker?: string;
  readonly NextMarker?: string;
}

/** efs DescribeMountTargets: of a file system, of an access point's file system, or one mount target (exactly one of them). */
export const DescribeMountTargets = defineOperation<DescribeMountTargetsInput, DescribeMountTargetsOutput>({
  schema: describeMountTargetsSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    const { state } = ctx;
    const given = [input.FileSystemId, input.MountTargetId, input.AccessPointId].filter(
      (v) => v !== undefined,
    );
    if (given.length !== 1)
      throw new AwsError(
        'BadRequest',
        'Must specify exactly one mutually exclusive parameter: FileSystemId, MountTargetId or AccessPointId.',
      );
    let fileSystemId = input.FileSystemId;
    if (input.AccessPointId !== undefined) {
      const ap = findAccessPoint(state, input.AccessPointId);
      if (!ap)
        throw new AwsError(
          'AccessPointNotFound',
          `Access point '${input.AccessPointId}' does not exist.`,
          'AccessPointId',
        );
      fileSystemId = ap.FileSystemId;
    }
    let all;
    if (fileSystemId !== undefined) {
      const fs = findFileSystem(state, fileSystemId);
      if (!fs)
        throw new AwsError(
          'FileSystemNotFound',
          `File system '${fileSystemId}' does not exist.`,
          'FileSystemId',
        );
      all = mountTargetsOf(state, fs.FileSystemId);
    } else {
      const mt = state.efs.mountTargets[input.MountTargetId!];
      if (!mt)
        throw new AwsError(
          'MountTargetNotFound',
          `Mount target '${input.MountTargetId}' does not exist.`,
          'MountTargetId',
        );
      all = [mt];
    }
    const { items, next } = page(all, input.Marker, input.MaxItems ?? 10);
    return {
      MountTargets: items.map((mt) => mountTargetDescription(state, mt)),
      ...(input.Marker !== undefined ? { Marker: input.Marker } : {}),
      ...(next !== undefined ? { NextMarker: next } : {}),
    };
  },
});
