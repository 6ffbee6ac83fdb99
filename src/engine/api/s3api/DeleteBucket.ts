import { AwsError } from '../../errors';
import { requireBucket } from '../../s3/buckets';
import { deleteBucketSchema } from '../../schema/s3api';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteBucketInput = Infer<typeof deleteBucketSchema>;

/** s3api DeleteBucket: only an empty bucket can be deleted. */
export const DeleteBucket = defineOperation<DeleteBucketInput, Record<string, never>>({
  schema: deleteBucketSchema,
  schemaError: 'InvalidArgument',
  handle(ctx, input) {
    const bucket = requireBucket(ctx, input.Bucket);
    if (Object.keys(bucket.objects).length > 0) {
      throw new AwsError('BucketNotEmpty', 'The bucket you tried to delete is not empty', 'Bucket');
    }
    ctx.tx.remove(ctx.state.s3.buckets, input.Bucket);
    return {};
  },
});
