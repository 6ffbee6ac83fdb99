import { bool, int, notSimulated, oneOf, str, strings } from './taskDefinitionBuilders';

/* Generated once from botocore's s3/2006-03-01 model: request members outside what the sandbox models. */

/** CreateBucket members of the S3 model the sandbox accepts and ignores. */
export const createBucketUnsimulated = {
  GrantFullControl: notSimulated(str({ maxLength: 2048 })),
  GrantRead: notSimulated(str({ maxLength: 2048 })),
  GrantReadACP: notSimulated(str({ maxLength: 2048 })),
  GrantWrite: notSimulated(str({ maxLength: 2048 })),
  GrantWriteACP: notSimulated(str({ maxLength: 2048 })),
  BucketNamespace: notSimulated(oneOf(['account-regional', 'global'])),
};

/** PutObject members of the S3 model the sandbox accepts and ignores. */
export const putObjectUnsimulated = {
  ACL: notSimulated(
    oneOf([
      'private',
      'public-read',
      'public-read-write',
      'authenticated-read',
      'aws-exec-read',
      'bucket-owner-read',
      'bucket-owner-full-control',
    ]),
  ),
  ContentDisposition: notSimulated(str({ maxLength: 2048 })),
  ContentEncoding: notSimulated(str({ maxLength: 2048 })),
  ContentLanguage: notSimulated(str({ maxLength: 2048 })),
  ContentLength: notSimulated(int(0, Number.MAX_SAFE_INTEGER)),
  ContentMD5: notSimulated(str({ maxLength: 2048 })),
  ChecksumAlgorithm: notSimulated(
    oneOf([
      'CRC32',
      'CRC32C',
      'SHA1',
      'SHA256',
      'CRC64NVME',
      'SHA512',
      'MD5',
      'XXHASH64',
      'XXHASH3',
      'XXHASH128',
    ]),
  ),
  ChecksumCRC32: notSimulated(str({ maxLength: 2048 })),
  ChecksumCRC32C: notSimulated(str({ maxLength: 2048 })),
  ChecksumCRC64NVME: notSimulated(str({ maxLength: 2048 })),
  ChecksumSHA1: notSimulated(str({ maxLength: 2048 })),
  ChecksumSHA256: notSimulated(str({ maxLength: 2048 })),
  ChecksumSHA512: notSimulated(str({ maxLength: 2048 })),
  ChecksumMD5: notSimulated(str({ maxLength: 2048 })),
  ChecksumXXHASH64: notSimulated(str({ maxLength: 2048 })),
  ChecksumXXHASH3: notSimulated(str({ maxLength: 2048 })),
  ChecksumXXHASH128: notSimulated(str({ maxLength: 2048 })),
  Expires: notSimulated(str({ maxLength: 2048 })),
  IfMatch: notSimulated(str({ maxLength: 2048 })),
  IfNoneMatch: notSimulated(str({ maxLength: 2048 })),
  GrantFullControl: notSimulated(str({ maxLength: 2048 })),
  GrantRead: notSimulated(str({ maxLength: 2048 })),
  GrantReadACP: notSimulated(str({ maxLength: 2048 })),
  GrantWriteACP: notSimulated(str({ maxLength: 2048 })),
  WriteOffsetBytes: notSimulated(int(0, Number.MAX_SAFE_INTEGER)),
  WebsiteRedirectLocation: notSimulated(str({ maxLength: 2048 })),
  SSECustomerAlgorithm: notSimulated(str({ maxLength: 2048 })),
  SSECustomerKey: notSimulated(str({ maxLength: 2048 })),
  SSECustomerKeyMD5: notSimulated(str({ maxLength: 2048 })),
  SSEKMSKeyId: notSimulated(str({ maxLength: 2048 })),
  SSEKMSEncryptionContext: notSimulated(str({ maxLength: 2048 })),
  BucketKeyEnabled: notSimulated(bool()),
  RequestPayer: notSimulated(oneOf(['requester'])),
  Tagging: notSimulated(str({ maxLength: 2048 })),
  ObjectLockMode: notSimulated(oneOf(['GOVERNANCE', 'COMPLIANCE'])),
  ObjectLockRetainUntilDate: notSimulated(str({ maxLength: 2048 })),
  ObjectLockLegalHoldStatus: notSimulated(oneOf(['ON', 'OFF'])),
};

/** GetObject members of the S3 model the sandbox accepts and ignores. */
export const getObjectUnsimulated = {
  IfModifiedSince: notSimulated(str({ maxLength: 2048 })),
  IfUnmodifiedSince: notSimulated(str({ maxLength: 2048 })),
  ResponseCacheControl: notSimulated(str({ maxLength: 2048 })),
  ResponseContentDisposition: notSimulated(str({ maxLength: 2048 })),
  ResponseContentEncoding: notSimulated(str({ maxLength: 2048 })),
  ResponseContentLanguage: notSimulated(str({ maxLength: 2048 })),
  ResponseContentType: notSimulated(str({ maxLength: 2048 })),
  ResponseExpires: notSimulated(str({ maxLength: 2048 })),
  SSECustomerAlgorithm: notSimulated(str({ maxLength: 2048 })),
  SSECustomerKey: notSimulated(str({ maxLength: 2048 })),
  SSECustomerKeyMD5: notSimulated(str({ maxLength: 2048 })),
  RequestPayer: notSimulated(oneOf(['requester'])),
  PartNumber: notSimulated(int(1, 10000)),
  ChecksumMode: notSimulated(oneOf(['ENABLED'])),
};

/** HeadObject members of the S3 model the sandbox accepts and ignores. */
export const headObjectUnsimulated = {
  IfModifiedSince: notSimulated(str({ maxLength: 2048 })),
  IfUnmodifiedSince: notSimulated(str({ maxLength: 2048 })),
  ResponseCacheControl: notSimulated(str({ maxLength: 2048 })),
  ResponseContentDisposition: notSimulated(str({ maxLength: 2048 })),
  ResponseContentEncoding: notSimulated(str({ maxLength: 2048 })),
  ResponseContentLanguage: notSimulated(str({ maxLength: 2048 })),
  ResponseContentType: notSimulated(str({ maxLength: 2048 })),
  ResponseExpires: notSimulated(str({ maxLength: 2048 })),
  SSECustomerAlgorithm: notSimulated(str({ maxLength: 2048 })),
  SSECustomerKey: notSimulated(str({ maxLength: 2048 })),
  SSECustomerKeyMD5: notSimulated(str({ maxLength: 2048 })),
  RequestPayer: notSimulated(oneOf(['requester'])),
  PartNumber: notSimulated(int(1, 10000)),
  ChecksumMode: notSimulated(oneOf(['ENABLED'])),
};

/** ListObjectsV2 members of the S3 model the sandbox accepts and ignores. */
export const listObjectsV2Unsimulated = {
  RequestPayer: notSimulated(oneOf(['requester'])),
  OptionalObjectAttributes: notSimulated(strings(10, 64)),
};

/** DeleteObject members of the S3 model the sandbox accepts and ignores. */
export const deleteObjectUnsimulated = {
  MFA: notSimulated(str({ maxLength: 2048 })),
  RequestPayer: notSimulated(oneOf(['requester'])),
  BypassGovernanceRetention: notSimulated(bool()),
  IfMatch: notSimulated(str({ maxLength: 2048 })),
  IfMatchLastModifiedTime: notSimulated(str({ maxLength: 2048 })),
  IfMatchSize: notSimulated(int(0, Number.MAX_SAFE_INTEGER)),
};
