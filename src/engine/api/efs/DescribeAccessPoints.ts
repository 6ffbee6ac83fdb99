import { AwsError } from '../../errors';
import { findAccessPoint, findFileSystem } from '../../efs/fileSystems';
import { accessPointDescription, type AccessPointDescription } from '../../efs/output';
import { describeAccessPointsSchema } from '../../schema/efs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { page } from './paging';

export type DescribeAccessPointsInput = Infer<typeof describeAccessPointsSchema>;

export interface DescribeAccessPointsOutput {
  readonly AccessPoints: ReadonlyArray<AccessPointDescription>;
  readonly NextToken?: string;
}

/** efs DescribeAccessPoints: one access point, those of a file system, or all of them (not both filters). */
export const DescribeAccessPoints = defineOperation<DescribeAccessPointsInput, DescribeAccessPointsOutput>({
  schema: describeAccessPointsSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    const { state } = ctx;
    if (input.AccessPointId !== undefined && input.FileSystemId !== undefined)
      throw new AwsError(
        'BadRequest',
        'Request cannot contain both an access point ID and a file system ID.',
      );
    let all = Object.values(state.efs.accessPoints).filter((ap) => findAccessPoint(state, ap.AccessPointId));
    if (input.AccessPointId !== undefined) {
      const ap = findAccessPoint(state, input.AccessPointId);
      if (!ap)
        throw new AwsError(
          'AccessPointNotFound',
          `Access point '${input.AccessPointId}' does not exist.`,
          'AccessPointId',
        );
      all = [ap];
    }
    if (input.FileSystemId !== undefined) {
      const fs = findFileSystem(state, input.FileSystemId);
      if (!fs)
        throw new AwsError(
          'FileSystemNotFound',
          `File system '${input.FileSystemId}' does not exist.`,
          'FileSystemId',
        );
      all = all.filter((ap) => ap.FileSystemId === fs.FileSystemId);
    }
    const { items, next } = page(all, input.NextToken, input.MaxResults ?? 100);
    return {
      AccessPoints: items.map((ap) => accessPointDescription(state, ap)),
      ...(next !== undefined ? { NextToken: next } : {}),
    };
  },
});
