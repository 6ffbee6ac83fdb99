import { CreateBucket } from './CreateBucket';
import { DeleteBucket } from './DeleteBucket';
import { DeleteObject } from './DeleteObject';
import { GetObject } from './GetObject';
import { HeadObject } from './HeadObject';
import { ListBuckets } from './ListBuckets';
import { ListObjectsV2 } from './ListObjectsV2';
import { PutObject } from './PutObject';

/** The S3 operations the simulator answers (as `aws s3api`; text objects only). */
export const s3apiOperations = {
  CreateBucket,
  ListBuckets,
  DeleteBucket,
  PutObject,
  GetObject,
  HeadObject,
  ListObjectsV2,
  DeleteObject,
} as const;
