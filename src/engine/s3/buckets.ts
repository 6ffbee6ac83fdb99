import type { EngineContext } from '../context';
import { AwsError } from '../errors';
import type { S3Bucket } from '../model/storage';

export const noSuchBucket = () =>
  new AwsError('NoSuchBucket', 'The specified bucket does not exist', 'Bucket');
export const noSuchKey = () => new AwsError('NoSuchKey', 'The specified key does not exist.', 'Key');

/** The bucket, or NoSuchBucket. */
export function requireBucket(ctx: EngineContext, name: string): S3Bucket {
  const buckets = ctx.state.s3.buckets;
  const bucket = Object.prototype.hasOwnProperty.call(buckets, name) ? buckets[name] : undefined;
  if (!bucket) throw noSuchBucket();
  return bucket;
}

/**
 * Whether `name` is a valid general purpose bucket name: 3–63 characters of lowercase letters, digits, dots and
 * hyphens; begins and ends with a letter or digit; no two adjacent dots; not an IP address; none of the
 * reserved prefixes and suffixes.
 */
export function validBucketName(name: string): boolean {
  if (name.length < 3 || name.length > 63) return false;
  if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name)) return false;
  if (name.includes('..') || /^\d+\.\d+\.\d+\.\d+$/.test(name)) return false;
  if (/^(xn--|sthree-|amzn-s3-demo-)/.test(name)) return false;
  if (/(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(name)) return false;
  return true;
}
