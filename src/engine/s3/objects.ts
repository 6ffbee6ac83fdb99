import type { S3Object } from '../model/storage';
import type { DeepReadonly } from '../simulation';
import type { SimState } from '../state';

/** a read-only view, so the UI can ask the same questions of the state it is given */
type State = DeepReadonly<SimState>;

/** `arn:aws:s3:::<bucket>/<key>` (S3 ARNs carry no Region or account). */
export const objectArn = (bucket: string, key: string): string => `arn:aws:s3:::${bucket}/${key}`;
export const bucketArn = (bucket: string): string => `arn:aws:s3:::${bucket}`;

/**
 * Takes an S3 object ARN apart (`arn:aws:s3:::bucket/path/to/file.env`, what `environmentFiles[].value` holds).
 * Undefined when it is not an object ARN (no key, or another service).
 */
export function parseS3Arn(arn: string): { readonly bucket: string; readonly key: string } | undefined {
  const m = /^arn:aws[a-z-]*:s3:::([^/]+)\/(.+)$/.exec(arn);
  if (!m) return undefined;
  return { bucket: m[1]!, key: m[2]! };
}

/** The object `key` in `bucket`, or undefined when the bucket or the object does not exist. */
export function getObject(state: State, bucket: string, key: string): S3Object | undefined {
  const b = Object.prototype.hasOwnProperty.call(state.s3.buckets, bucket)
    ? state.s3.buckets[bucket]
    : undefined;
  if (!b) return undefined;
  return Object.prototype.hasOwnProperty.call(b.objects, key) ? b.objects[key] : undefined;
}

/** S3's ETag of a text body: a quoted 32-hex-digit digest (deterministic; not a real MD5). */
export function etagOf(body: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  let out = '';
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < body.length; i++) {
      a = Math.imul(a ^ body.charCodeAt(i), 16777619) >>> 0;
      b = Math.imul(b ^ (body.charCodeAt(i) + round), 2246822519) >>> 0;
    }
    a = Math.imul(a ^ (round + body.length), 16777619) >>> 0;
    out += ((a ^ b) >>> 0).toString(16).padStart(8, '0');
  }
  return `"${out}"`;
}

/** Bytes of a UTF-8 text body (ContentLength, Size). */
export function byteLength(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
