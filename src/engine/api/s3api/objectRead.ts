import type { EngineContext } from '../../context';
import { AwsError } from '../../errors';
import type { S3Object } from '../../model/storage';
import { requireBucket } from '../../s3/buckets';

/** What GetObject and HeadObject share: the object's headers, and the conditional-request checks. */
export function readObject(
  ctx: EngineContext,
  input: {
    readonly Bucket: string;
    readonly Key: string;
    readonly IfMatch?: string;
    readonly IfNoneMatch?: string;
  },
  missing: () => AwsError,
): S3Object {
  const bucket = requireBucket(ctx, input.Bucket);
  const object = Object.prototype.hasOwnProperty.call(bucket.objects, input.Key)
    ? bucket.objects[input.Key]
    : undefined;
  if (!object) throw missing();
  const unquote = (s: string) => s.replace(/^"|"$/g, '');
  if (
    input.IfMatch !== undefined &&
    input.IfMatch !== '*' &&
    unquote(input.IfMatch) !== unquote(object.ETag)
  ) {
    throw new AwsError(
      'PreconditionFailed',
      'At least one of the pre-conditions you specified did not hold',
      'IfMatch',
    );
  }
  return object;
}

export const objectHeaders = (ctx: EngineContext, o: S3Object) => ({
  AcceptRanges: 'bytes',
  LastModified: ctx.iso(o.LastModified),
  ContentLength: o.Size,
  ETag: o.ETag,
  ContentType: o.ContentType ?? 'binary/octet-stream',
  ServerSideEncryption: 'AES256',
  Metadata: o.Metadata ?? {},
});
