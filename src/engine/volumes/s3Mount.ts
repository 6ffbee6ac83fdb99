/**
 * First-page code (registration and request checks): the answer to an attempt to mount an S3 bucket as a
 * volume (ecs-reference §1.5, §13). Kept tiny on purpose.
 */

/** `s3://bucket/...` or a bucket/object ARN. */
export const isS3BucketRef = (value: unknown): boolean =>
  typeof value === 'string' && /^(s3:\/\/|arn:aws[a-z-]*:s3:::)/i.test(value);

/** A volume member that looks like a bucket mount (`s3VolumeConfiguration`, `s3Bucket`…); S3 Files is a real type. */
export const isS3VolumeMember = (member: string): boolean =>
  /^s3/i.test(member) && member !== 's3filesVolumeConfiguration';

export const S3_MOUNT_EXPLANATION =
  'An S3 bucket cannot be mounted as a volume: S3 is an object store, not a file system, and ECS has no volume ' +
  'type for a bucket. Instead, load .env objects with environmentFiles, read and write objects from your code ' +
  'with the SDK and the task role, or share files through an EFS volume. (s3filesVolumeConfiguration mounts ' +
  'an Amazon S3 Files file system, not a bucket.)';
