import { AwsError } from '../../errors';
import { requireBucket } from '../../s3/buckets';
import { listObjectsV2Schema } from '../../schema/s3api';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ListObjectsV2Input = Infer<typeof listObjectsV2Schema>;

/**
 * s3api ListObjectsV2: keys in UTF-8 binary order, after StartAfter or the continuation token, under Prefix;
 * with a Delimiter the keys that share a "folder" are rolled up into CommonPrefixes. Up to MaxKeys (default 1000).
 */
export const ListObjectsV2 = defineOperation({
  schema: listObjectsV2Schema,
  schemaError: 'InvalidArgument',
  handle(ctx, input: ListObjectsV2Input) {
    const bucket = requireBucket(ctx, input.Bucket);
    const prefix = input.Prefix ?? '';
    const max = Math.min(input.MaxKeys ?? 1000, 1000);
    let after = input.StartAfter ?? '';
    if (input.ContinuationToken !== undefined) {
      const m = /^sim-after:(.*)$/s.exec(input.ContinuationToken);
      if (!m) {
        throw new AwsError(
          'InvalidArgument',
          'The continuation token provided is incorrect',
          'ContinuationToken',
        );
      }
      after = m[1]!;
    }
    const keys = Object.keys(bucket.objects)
      .filter((k) => k.startsWith(prefix) && k > after)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const contents: string[] = [];
    const common: string[] = [];
    let last = '';
    let truncated = false;
    for (const key of keys) {
      if (key <= last) continue;
      const d = input.Delimiter ? key.indexOf(input.Delimiter, prefix.length) : -1;
      const entry = d >= 0 ? key.slice(0, d + input.Delimiter!.length) : key;
      if (contents.length + common.length >= max) {
        truncated = true;
        break;
      }
      if (d >= 0) {
        common.push(entry);
        // skip every key under this common prefix
        last = `${entry}\uffff`;
      } else {
        contents.push(key);
        last = key;
      }
    }
    return {
      IsTruncated: truncated,
      ...(contents.length
        ? {
            Contents: contents.map((k) => {
              const o = bucket.objects[k]!;
              return {
                Key: k,
                LastModified: ctx.iso(o.LastModified),
                ETag: o.ETag,
                Size: o.Size,
                StorageClass: 'STANDARD',
              };
            }),
          }
        : {}),
      Name: bucket.Name,
      Prefix: prefix,
      ...(input.Delimiter !== undefined ? { Delimiter: input.Delimiter } : {}),
      MaxKeys: max,
      ...(common.length ? { CommonPrefixes: common.map((p) => ({ Prefix: p })) } : {}),
      KeyCount: contents.length + common.length,
      ...(input.ContinuationToken !== undefined ? { ContinuationToken: input.ContinuationToken } : {}),
      ...(truncated ? { NextContinuationToken: `sim-after:${last}` } : {}),
      ...(input.StartAfter !== undefined ? { StartAfter: input.StartAfter } : {}),
    };
  },
});
