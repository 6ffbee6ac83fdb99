import type { OperationName } from '../../api/registry';
import type { SchemaDocs } from './schemaDocs';

/** Hover text for the S3 requests (schema/s3api.ts), in our own words. */

const bucketDoc = 'The bucket name.';
const keyDoc =
  'The object key, e.g. config/app.env. Slashes are just characters, shown as folders. An environment file for ECS is arn:aws:s3:::<bucket>/<key> and must end in .env.';
const ownerDoc = 'The account you expect to own the bucket: not checked (one account).';

const read = {
  Bucket: bucketDoc,
  Key: keyDoc,
  VersionId: 'A version of the object: not simulated (buckets are unversioned).',
  IfMatch: "Only if the object's ETag is this one (else PreconditionFailed).",
  IfNoneMatch: 'Only if the ETag differs: not simulated.',
  Range: 'Part of the object: not simulated (the whole body comes back).',
  ExpectedBucketOwner: ownerDoc,
};

const createBucketUnsimulated: SchemaDocs = {
  GrantFullControl: 'An ACL setting: not simulated (new buckets keep ACLs off).',
  GrantRead: 'An ACL setting: not simulated (new buckets keep ACLs off).',
  GrantReadACP: 'An ACL setting: not simulated (new buckets keep ACLs off).',
  GrantWrite: 'An ACL setting: not simulated (new buckets keep ACLs off).',
  GrantWriteACP: 'An ACL setting: not simulated (new buckets keep ACLs off).',
  BucketNamespace: 'Account-regional bucket names: not simulated.',
};

const putObjectUnsimulated: SchemaDocs = {
  ACL: 'An ACL setting: not simulated (new buckets keep ACLs off).',
  ContentDisposition: 'A header stored with the object: not simulated.',
  ContentEncoding: 'A header stored with the object: not simulated.',
  ContentLanguage: 'A header stored with the object: not simulated.',
  ContentLength: 'A header stored with the object: not simulated.',
  ContentMD5: 'An integrity checksum setting: not simulated.',
  ChecksumAlgorithm: 'An integrity checksum setting: not simulated.',
  ChecksumCRC32: 'An integrity checksum setting: not simulated.',
  ChecksumCRC32C: 'An integrity checksum setting: not simulated.',
  ChecksumCRC64NVME: 'An integrity checksum setting: not simulated.',
  ChecksumSHA1: 'An integrity checksum setting: not simulated.',
  ChecksumSHA256: 'An integrity checksum setting: not simulated.',
  ChecksumSHA512: 'An integrity checksum setting: not simulated.',
  ChecksumMD5: 'An integrity checksum setting: not simulated.',
  ChecksumXXHASH64: 'An integrity checksum setting: not simulated.',
  ChecksumXXHASH3: 'An integrity checksum setting: not simulated.',
  ChecksumXXHASH128: 'An integrity checksum setting: not simulated.',
  Expires: 'A header stored with the object: not simulated.',
  IfMatch: 'A conditional request: not simulated.',
  IfNoneMatch: 'A conditional request: not simulated.',
  GrantFullControl: 'An ACL setting: not simulated (new buckets keep ACLs off).',
  GrantRead: 'An ACL setting: not simulated (new buckets keep ACLs off).',
  GrantReadACP: 'An ACL setting: not simulated (new buckets keep ACLs off).',
  GrantWriteACP: 'An ACL setting: not simulated (new buckets keep ACLs off).',
  WriteOffsetBytes: 'Appending to an object: not simulated.',
  WebsiteRedirectLocation: 'A header stored with the object: not simulated.',
  SSECustomerAlgorithm: 'An encryption setting: not simulated (objects use S3 managed keys, AES256).',
  SSECustomerKey: 'An encryption setting: not simulated (objects use S3 managed keys, AES256).',
  SSECustomerKeyMD5: 'An encryption setting: not simulated (objects use S3 managed keys, AES256).',
  SSEKMSKeyId: 'An encryption setting: not simulated (objects use S3 managed keys, AES256).',
  SSEKMSEncryptionContext: 'An encryption setting: not simulated (objects use S3 managed keys, AES256).',
  BucketKeyEnabled: 'An encryption setting: not simulated (objects use S3 managed keys, AES256).',
  RequestPayer: 'Requester Pays: not simulated.',
  Tagging: 'Object tags: not simulated.',
  ObjectLockMode: 'Object Lock: not simulated.',
  ObjectLockRetainUntilDate: 'Object Lock: not simulated.',
  ObjectLockLegalHoldStatus: 'Object Lock: not simulated.',
};

const getObjectUnsimulated: SchemaDocs = {
  IfModifiedSince: 'A conditional request: not simulated.',
  IfUnmodifiedSince: 'A conditional request: not simulated.',
  ResponseCacheControl: 'Overrides a header of the response: not simulated.',
  ResponseContentDisposition: 'Overrides a header of the response: not simulated.',
  ResponseContentEncoding: 'Overrides a header of the response: not simulated.',
  ResponseContentLanguage: 'Overrides a header of the response: not simulated.',
  ResponseContentType: 'Overrides a header of the response: not simulated.',
  ResponseExpires: 'Overrides a header of the response: not simulated.',
  SSECustomerAlgorithm: 'An encryption setting: not simulated (objects use S3 managed keys, AES256).',
  SSECustomerKey: 'An encryption setting: not simulated (objects use S3 managed keys, AES256).',
  SSECustomerKeyMD5: 'An encryption setting: not simulated (objects use S3 managed keys, AES256).',
  RequestPayer: 'Requester Pays: not simulated.',
  PartNumber: 'One part of a multipart object: not simulated.',
  ChecksumMode: 'An integrity checksum setting: not simulated.',
};

const headObjectUnsimulated: SchemaDocs = {
  IfModifiedSince: 'A conditional request: not simulated.',
  IfUnmodifiedSince: 'A conditional request: not simulated.',
  ResponseCacheControl: 'Overrides a header of the response: not simulated.',
  ResponseContentDisposition: 'Overrides a header of the response: not simulated.',
  ResponseContentEncoding: 'Overrides a header of the response: not simulated.',
  ResponseContentLanguage: 'Overrides a header of the response: not simulated.',
  ResponseContentType: 'Overrides a header of the response: not simulated.',
  ResponseExpires: 'Overrides a header of the response: not simulated.',
  SSECustomerAlgorithm: 'An encryption setting: not simulated (objects use S3 managed keys, AES256).',
  SSECustomerKey: 'An encryption setting: not simulated (objects use S3 managed keys, AES256).',
  SSECustomerKeyMD5: 'An encryption setting: not simulated (objects use S3 managed keys, AES256).',
  RequestPayer: 'Requester Pays: not simulated.',
  PartNumber: 'One part of a multipart object: not simulated.',
  ChecksumMode: 'An integrity checksum setting: not simulated.',
};

const listObjectsV2Unsimulated: SchemaDocs = {
  RequestPayer: 'Requester Pays: not simulated.',
  OptionalObjectAttributes: 'Extra attributes to list: not simulated.',
};

const deleteObjectUnsimulated: SchemaDocs = {
  MFA: 'MFA delete: not simulated.',
  RequestPayer: 'Requester Pays: not simulated.',
  BypassGovernanceRetention: 'Object Lock: not simulated.',
  IfMatch: 'A conditional request: not simulated.',
  IfMatchLastModifiedTime: 'A conditional request: not simulated.',
  IfMatchSize: 'A conditional request: not simulated.',
};

export const s3apiDocs = {
  CreateBucket: {
    '': "Creates a bucket in the sandbox's Region. Bucket names are global in AWS; here only your account's names are known. In us-east-1, leave CreateBucketConfiguration out.",
    Bucket:
      'The name: 3–63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit.',
    ACL: 'A canned ACL: not simulated (new buckets enforce bucket-owner ownership, so ACLs are off anyway).',
    CreateBucketConfiguration:
      'Where to create it. Outside us-east-1, LocationConstraint must name the Region.',
    'CreateBucketConfiguration.LocationConstraint':
      'The Region, e.g. eu-west-1. Not allowed as us-east-1 (leave it out there).',
    'CreateBucketConfiguration.Location': 'Directory buckets: not simulated.',
    'CreateBucketConfiguration.Bucket': 'Directory buckets: not simulated.',
    ObjectLockEnabledForBucket: 'Object Lock: not simulated.',
    ObjectOwnership: 'Object ownership setting: not simulated.',
    ...createBucketUnsimulated,
  },
  ListBuckets: {
    '': 'Lists your buckets.',
    MaxBuckets: 'At most this many.',
    ContinuationToken: 'Not needed here: one page.',
    Prefix: 'Only buckets whose name starts with this.',
    BucketRegion: "Only buckets in this Region (all are in the sandbox's Region).",
  },
  DeleteBucket: {
    '': 'Deletes an empty bucket (delete its objects first, else BucketNotEmpty).',
    Bucket: bucketDoc,
    ExpectedBucketOwner: ownerDoc,
  },
  PutObject: {
    '': "Stores an object, replacing one with the same key. Here Body is the text itself (the real CLI's --body names a local file).",
    Bucket: bucketDoc,
    Key: keyDoc,
    Body: "The object's content, as text. For an ECS environment file: VARIABLE=VALUE lines, # for comments.",
    ContentType: 'The media type, e.g. text/plain. Default binary/octet-stream.',
    Metadata: 'Your own x-amz-meta-* headers, as a map.',
    ServerSideEncryption: 'Objects are always encrypted with S3 managed keys (AES256); KMS is not simulated.',
    StorageClass: 'Storage class: not simulated (STANDARD).',
    CacheControl: 'Caching header: not simulated.',
    ExpectedBucketOwner: ownerDoc,
    ...putObjectUnsimulated,
  },
  GetObject: {
    '': 'Reads an object. The real CLI writes the body to an outfile; here it comes back as Body (text).',
    ...read,
    ...getObjectUnsimulated,
  },
  HeadObject: {
    '': "Reads an object's headers only (size, ETag, type). A missing object answers a bare 404 Not Found: a HEAD response has no body to say more.",
    ...read,
    ...headObjectUnsimulated,
  },
  ListObjectsV2: {
    '': 'Lists keys in order. With Delimiter "/", keys below the next slash are rolled up into CommonPrefixes (folders).',
    Bucket: bucketDoc,
    Prefix: 'Only keys starting with this, e.g. config/.',
    Delimiter: 'Usually "/": groups keys into CommonPrefixes.',
    MaxKeys: 'At most this many keys and prefixes (default and maximum 1000).',
    ContinuationToken: 'The NextContinuationToken of the previous page.',
    StartAfter: 'Only keys after this one.',
    FetchOwner: 'Owner of each object: not simulated.',
    EncodingType: 'URL-encoding of keys: not simulated.',
    ExpectedBucketOwner: ownerDoc,
    ...listObjectsV2Unsimulated,
  },
  DeleteObject: {
    '': 'Deletes an object. Deleting a key that is not there succeeds too.',
    Bucket: bucketDoc,
    Key: keyDoc,
    VersionId: 'A version: not simulated.',
    ExpectedBucketOwner: ownerDoc,
    ...deleteObjectUnsimulated,
  },
} satisfies Readonly<Record<OperationName<'s3api'>, SchemaDocs>>;
