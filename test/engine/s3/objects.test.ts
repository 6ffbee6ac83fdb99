import { describe, expect, it } from 'vitest';
import { getObject, parseS3Arn } from '../../../src/engine/s3/objects';
import { anAccount, expectRejected } from '../../builders/account';

describe('S3 (s3api)', () => {
  it('stores text objects, reads them back with their headers, and lists them like folders', () => {
    const sim = anAccount(1).build();
    expect(sim.call('s3api', 'CreateBucket', { Bucket: 'my-config' })).toEqual({ Location: '/my-config' });
    const put = sim.call('s3api', 'PutObject', {
      Bucket: 'my-config',
      Key: 'env/app.env',
      Body: 'A=1\n# c\nB=2\n',
    });
    expect(put.ETag).toMatch(/^"[0-9a-f]{32}"$/);
    sim.call('s3api', 'PutObject', { Bucket: 'my-config', Key: 'env/other.env', Body: 'X=é' });
    sim.call('s3api', 'PutObject', { Bucket: 'my-config', Key: 'readme.txt', Body: 'hi' });
    const got = sim.call('s3api', 'GetObject', { Bucket: 'my-config', Key: 'env/app.env' });
    expect(got).toMatchObject({ Body: 'A=1\n# c\nB=2\n', ContentLength: 12, ETag: put.ETag });
    expect(sim.call('s3api', 'HeadObject', { Bucket: 'my-config', Key: 'env/other.env' }).ContentLength).toBe(
      4,
    );
    const folders = sim.call('s3api', 'ListObjectsV2', { Bucket: 'my-config', Delimiter: '/' });
    expect(folders.CommonPrefixes).toEqual([{ Prefix: 'env/' }]);
    expect(folders.Contents?.map((c) => c.Key)).toEqual(['readme.txt']);
    const page = sim.call('s3api', 'ListObjectsV2', { Bucket: 'my-config', MaxKeys: 2 });
    expect(page.Contents?.map((c) => c.Key)).toEqual(['env/app.env', 'env/other.env']);
    expect(page.IsTruncated).toBe(true);
    const rest = sim.call('s3api', 'ListObjectsV2', {
      Bucket: 'my-config',
      ContinuationToken: page.NextContinuationToken!,
    });
    expect(rest.Contents?.map((c) => c.Key)).toEqual(['readme.txt']);
    expect(getObject(sim.state, 'my-config', 'env/app.env')?.Body).toContain('B=2');
    expect(parseS3Arn('arn:aws:s3:::my-config/env/app.env')).toEqual({
      bucket: 'my-config',
      key: 'env/app.env',
    });
    expect(parseS3Arn('arn:aws:s3:::my-config')).toBeUndefined();
  });

  it('answers with S3’s error codes', () => {
    const sim = anAccount(1).build();
    sim.call('s3api', 'CreateBucket', { Bucket: 'b-one' });
    expectRejected(sim, () => sim.call('s3api', 'CreateBucket', { Bucket: 'Bad_Name' }), 'InvalidBucketName');
    expectRejected(
      sim,
      () =>
        sim.call('s3api', 'CreateBucket', {
          Bucket: 'b-two',
          CreateBucketConfiguration: { LocationConstraint: 'us-east-1' },
        }),
      'InvalidLocationConstraint',
    );
    expectRejected(sim, () => sim.call('s3api', 'GetObject', { Bucket: 'nope', Key: 'k' }), 'NoSuchBucket');
    expectRejected(sim, () => sim.call('s3api', 'GetObject', { Bucket: 'b-one', Key: 'k' }), 'NoSuchKey');
    expectRejected(sim, () => sim.call('s3api', 'HeadObject', { Bucket: 'b-one', Key: 'k' }), '404');
    // us-east-1 answers a repeated create of your own bucket with success, as S3 does there
    expect(sim.call('s3api', 'CreateBucket', { Bucket: 'b-one' })).toEqual({ Location: '/b-one' });
    sim.call('s3api', 'PutObject', { Bucket: 'b-one', Key: 'k', Body: 'x' });
    expectRejected(sim, () => sim.call('s3api', 'DeleteBucket', { Bucket: 'b-one' }), 'BucketNotEmpty');
    sim.call('s3api', 'DeleteObject', { Bucket: 'b-one', Key: 'k' });
    sim.call('s3api', 'DeleteObject', { Bucket: 'b-one', Key: 'k' });
    sim.call('s3api', 'DeleteBucket', { Bucket: 'b-one' });
    expect(sim.call('s3api', 'ListBuckets', {}).Buckets).toEqual([]);
  });
});
