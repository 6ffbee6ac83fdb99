import { AwsError } from '../../errors';
import { requireBucket, validBucketName } from '../../s3/buckets';
import { createBucketSchema } from '../../schema/s3api';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type CreateBucketInput = Infer<typeof createBucketSchema>;

/**
 * s3api CreateBucket in the sandbox's Region. In us-east-1 a LocationConstraint is left out, and creating a bucket
 * you already own there succeeds again (S3 keeps that old behaviour); elsewhere it is BucketAlreadyOwnedByYou.
 * Bucket names are global in AWS; the sandbox knows only its own account's buckets.
 */
export const CreateBucket = defineOperation({
  schema: createBucketSchema,
  schemaError: 'InvalidArgument',
  handle(ctx, input: CreateBucketInput) {
    if (!validBucketName(input.Bucket)) {
      throw new AwsError('InvalidBucketName', 'The specified bucket is not valid.', 'Bucket');
    }
    const region = ctx.state.region;
    const constraint = input.CreateBucketConfiguration?.LocationConstraint;
    if (region === 'us-east-1' && constraint === 'us-east-1') {
      throw new AwsError(
        'InvalidLocationConstraint',
        'The specified location-constraint is not valid',
        'CreateBucketConfiguration.LocationConstraint',
      );
    }
    if (constraint !== undefined && constraint !== region) {
      throw new AwsError(
        'IllegalLocationConstraintException',
        `The ${constraint} location constraint is incompatible for the region specific endpoint this request was sent to.`,
        'CreateBucketConfiguration.LocationConstraint',
      );
    }
    if (region !== 'us-east-1' && constraint === undefined) {
      throw new AwsError(
        'IllegalLocationConstraintException',
        'The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.',
        'CreateBucketConfiguration.LocationConstraint',
      );
    }
    const exists = Object.prototype.hasOwnProperty.call(ctx.state.s3.buckets, input.Bucket);
    if (exists) {
      if (region !== 'us-east-1') {
        throw new AwsError(
          'BucketAlreadyOwnedByYou',
          'Your previous request to create the named bucket succeeded and you already own it.',
          'Bucket',
        );
      }
      requireBucket(ctx, input.Bucket);
      return { Location: `/${input.Bucket}` };
    }
    ctx.tx.set(ctx.state.s3.buckets, input.Bucket, {
      Name: input.Bucket,
      CreationDate: ctx.now,
      objects: {},
    });
    return {
      Location: region === 'us-east-1' ? `/${input.Bucket}` : `http://${input.Bucket}.s3.amazonaws.com/`,
    };
  },
});
