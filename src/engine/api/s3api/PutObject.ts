import { byteLength, etagOf } from '../../s3/objects';
import { requireBucket } from '../../s3/buckets';
import { putObjectSchema } from '../../schema/s3api';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type PutObjectInput = Infer<typeof putObjectSchema>;

/**
 * s3api PutObject: stores a text object (Body is the text itself here; the CLI's `--body` names a local file),
 * replacing one with the same key. Objects are encrypted at rest with S3-managed keys (AES256), as in AWS.
 */
export const PutObject = defineOperation({
  schema: putObjectSchema,
  schemaError: 'InvalidArgument',
  handle(ctx, input: PutObjectInput) {
    const bucket = requireBucket(ctx, input.Bucket);
    const body = input.Body ?? '';
    const ETag = etagOf(body);
    ctx.tx.set(ctx.state.s3.buckets, bucket.Name, {
      ...bucket,
      objects: {
        ...bucket.objects,
        [input.Key]: {
          Key: input.Key,
          Body: body,
          ETag,
          Size: byteLength(body),
          LastModified: ctx.now,
          ContentType: input.ContentType ?? 'binary/octet-stream',
          ...(input.Metadata ? { Metadata: input.Metadata } : {}),
        },
      },
    });
    return { ETag, ServerSideEncryption: 'AES256' };
  },
});
