import { bool, int, notSimulated, obj, oneOf, str, stringMap } from './taskDefinitionBuilders';
import {
  createBucketUnsimulated,
  deleteObjectUnsimulated,
  getObjectUnsimulated,
  headObjectUnsimulated,
  listObjectsV2Unsimulated,
  putObjectUnsimulated,
} from './s3apiUnsimulated';

/** S3 request schemas (the `s3/2006-03-01` model's members for these operations; Body is text here). */

const bucket = str({ minLength: 1, maxLength: 255 });
const key = str({ minLength: 1, maxLength: 1024 });
const expectedOwner = notSimulated(str({ maxLength: 12 }));

export const createBucketSchema = obj(
  {
    Bucket: bucket,
    ACL: notSimulated(oneOf(['private', 'public-read', 'public-read-write', 'authenticated-read'])),
    CreateBucketConfiguration: obj({
      LocationConstraint: str({ minLength: 1, maxLength: 64 }),
      Location: notSimulated(obj({ Type: str({ maxLength: 64 }), Name: str({ maxLength: 128 }) })),
      Bucket: notSimulated(obj({ DataRedundancy: str({ maxLength: 64 }), Type: str({ maxLength: 64 }) })),
    }),
    ObjectLockEnabledForBucket: notSimulated(bool()),
    ObjectOwnership: notSimulated(oneOf(['BucketOwnerPreferred', 'ObjectWriter', 'BucketOwnerEnforced'])),
    ...createBucketUnsimulated,
  },
  ['Bucket'],
);

export const deleteBucketSchema = obj({ Bucket: bucket, ExpectedBucketOwner: expectedOwner }, ['Bucket']);

export const listBucketsSchema = obj({
  MaxBuckets: int(1, 10000),
  ContinuationToken: str({ maxLength: 1024 }),
  Prefix: str({ maxLength: 1024 }),
  BucketRegion: str({ maxLength: 64 }),
});

export const putObjectSchema = obj(
  {
    Bucket: bucket,
    Key: key,
    Body: str({ maxLength: 262144 }),
    ContentType: str({ maxLength: 256 }),
    Metadata: stringMap(100),
    ServerSideEncryption: notSimulated(oneOf(['AES256', 'aws:kms', 'aws:kms:dsse'])),
    StorageClass: notSimulated(str({ maxLength: 64 })),
    CacheControl: notSimulated(str({ maxLength: 1024 })),
    ExpectedBucketOwner: expectedOwner,
    ...putObjectUnsimulated,
  },
  ['Bucket', 'Key'],
);

const objectRead = {
  Bucket: bucket,
  Key: key,
  VersionId: notSimulated(str({ maxLength: 1024 })),
  IfMatch: str({ maxLength: 1024 }),
  IfNoneMatch: notSimulated(str({ maxLength: 1024 })),
  Range: notSimulated(str({ maxLength: 1024 })),
  ExpectedBucketOwner: expectedOwner,
};

export const getObjectSchema = obj({ ...objectRead, ...getObjectUnsimulated }, ['Bucket', 'Key']);
export const headObjectSchema = obj({ ...objectRead, ...headObjectUnsimulated }, ['Bucket', 'Key']);

export const listObjectsV2Schema = obj(
  {
    Bucket: bucket,
    Prefix: str({ maxLength: 1024 }),
    Delimiter: str({ maxLength: 1024 }),
    MaxKeys: int(0, 2147483647),
    ContinuationToken: str({ maxLength: 1024 }),
    StartAfter: str({ maxLength: 1024 }),
    FetchOwner: notSimulated(bool()),
    EncodingType: notSimulated(oneOf(['url'])),
    ExpectedBucketOwner: expectedOwner,
    ...listObjectsV2Unsimulated,
  },
  ['Bucket'],
);

export const deleteObjectSchema = obj(
  {
    Bucket: bucket,
    Key: key,
    VersionId: notSimulated(str({ maxLength: 1024 })),
    ExpectedBucketOwner: expectedOwner,
    ...deleteObjectUnsimulated,
  },
  ['Bucket', 'Key'],
);
