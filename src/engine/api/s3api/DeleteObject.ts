import { requireBucket } from '../../s3/buckets';
import { deleteObjectSchema } from '../../schema/s3api';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteObjectInput = Infer<typeof deleteObjectSchema>;

/** s3api DeleteObject: removes the object. Deleting a key that does not exist succeeds too (S3 answers 204 either way). */
export const DeleteObject = defineOperation<DeleteObjectInput, Record<string, never>>({
  schema: deleteObjectSchema,
  schemaError: 'InvalidArgument',
  handle(ctx, input) {
    const bucket = requireBucket(ctx, input.Bucket);
    if (Object.prototype.hasOwnProperty.call(bucket.objects, input.Key)) {
      const { [input.Key]: _gone, ...objects } = bucket.objects;
      ctx.tx.set(ctx.state.s3.buckets, bucket.Name, { ...bucket, objects });
    }
    return {};
  },
});
