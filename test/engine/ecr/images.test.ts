import { describe, expect, it } from 'vitest';
import { findEcrImage, parseEcrImage } from '../../../src/engine/ecr/images';
import { anAccount, expectRejected } from '../../builders/account';

const URI = '123456789012.dkr.ecr.us-east-1.amazonaws.com';

describe('Amazon ECR', () => {
  it('creates repositories with their URI and refuses duplicates and unknown names', () => {
    const sim = anAccount(1).build();
    const repo = sim.call('ecr', 'CreateRepository', { repositoryName: 'team/web' }).repository;
    expect(repo).toMatchObject({
      repositoryUri: `${URI}/team/web`,
      repositoryArn: 'arn:aws:ecr:us-east-1:123456789012:repository/team/web',
      imageTagMutability: 'MUTABLE',
    });
    expectRejected(
      sim,
      () => sim.call('ecr', 'CreateRepository', { repositoryName: 'team/web' }),
      'RepositoryAlreadyExistsException',
      /already exists in the registry with id '123456789012'/,
    );
    expectRejected(
      sim,
      () => sim.call('ecr', 'DescribeRepositories', { repositoryNames: ['nope'] }),
      'RepositoryNotFoundException',
      /name 'nope' does not exist/,
    );
  });

  it('pushes catalog images, moves a mutable tag, keeps an immutable one, and deletes by tag and digest', () => {
    const sim = anAccount(1).build();
    sim.call('ecr', 'CreateRepository', { repositoryName: 'web' });
    const a = sim.call('sim', 'PushImage', {
      repositoryName: 'web',
      imageTag: 'v1',
      sourceImage: 'nginx:latest',
    });
    expect(a.imageUri).toBe(`${URI}/web:v1`);
    sim.call('sim', 'PushImage', { repositoryName: 'web', imageTag: 'latest', sourceImage: 'nginx:latest' });
    let images = sim.call('ecr', 'DescribeImages', { repositoryName: 'web' }).imageDetails;
    expect(images).toHaveLength(1);
    expect(images[0]!.imageTags).toEqual(['v1', 'latest']);
    // latest moves to another image; the nginx image keeps v1
    sim.call('sim', 'PushImage', { repositoryName: 'web', sourceImage: 'httpd:2.4' });
    images = sim.call('ecr', 'DescribeImages', { repositoryName: 'web' }).imageDetails;
    expect(images.map((i) => i.imageTags)).toEqual([['v1'], ['latest']]);
    const found = findEcrImage(sim.state, `${URI}/web`);
    expect(found?.image.sourceImage).toBe('docker.io/library/httpd:2.4');
    expect(findEcrImage(sim.state, `${URI}/web:v1`)?.image.imageDigest).toBe(a.image.imageId.imageDigest);
    expect(findEcrImage(sim.state, `${URI}/web@${a.image.imageId.imageDigest}`)?.image.imageTags).toEqual([
      'v1',
    ]);
    expect(findEcrImage(sim.state, `${URI}/web:v9`)).toBeUndefined();
    expect(findEcrImage(sim.state, '999999999999.dkr.ecr.us-east-1.amazonaws.com/web:v1')).toBeUndefined();
    expectRejected(
      sim,
      () => sim.call('ecr', 'DescribeImages', { repositoryName: 'web', imageIds: [{ imageTag: 'v9' }] }),
      'ImageNotFoundException',
      /imageId \{imageDigest:'null', imageTag:'v9'\} does not exist within the repository with name 'web'/,
    );
    const del = sim.call('ecr', 'BatchDeleteImage', {
      repositoryName: 'web',
      imageIds: [{ imageTag: 'latest' }, { imageTag: 'gone' }],
    });
    expect(del.imageIds).toHaveLength(1);
    expect(del.failures).toEqual([
      {
        imageId: { imageTag: 'gone' },
        failureCode: 'ImageNotFound',
        failureReason: 'Requested image not found',
      },
    ]);
    expect(sim.call('ecr', 'DescribeImages', { repositoryName: 'web' }).imageDetails).toHaveLength(1);
    expectRejected(
      sim,
      () => sim.call('ecr', 'DeleteRepository', { repositoryName: 'web' }),
      'RepositoryNotEmptyException',
    );

    sim.call('ecr', 'CreateRepository', { repositoryName: 'fixed', imageTagMutability: 'IMMUTABLE' });
    sim.call('sim', 'PushImage', { repositoryName: 'fixed', imageTag: 'v1', sourceImage: 'nginx:latest' });
    expectRejected(
      sim,
      () =>
        sim.call('sim', 'PushImage', { repositoryName: 'fixed', imageTag: 'v1', sourceImage: 'httpd:2.4' }),
      'ImageTagAlreadyExistsException',
      /cannot be overwritten because the repository is immutable/,
    );
    expectRejected(
      sim,
      () => sim.call('sim', 'PushImage', { repositoryName: 'fixed', sourceImage: 'no-such-image:1' }),
      'InvalidParameterException',
    );
  });

  it('checks and keeps a lifecycle policy', () => {
    const sim = anAccount(1).build();
    sim.call('ecr', 'CreateRepository', { repositoryName: 'web' });
    expectRejected(
      sim,
      () => sim.call('ecr', 'GetLifecyclePolicy', { repositoryName: 'web' }),
      'LifecyclePolicyNotFoundException',
    );
    const policy = JSON.stringify({
      rules: [
        {
          rulePriority: 1,
          selection: {
            tagStatus: 'untagged',
            countType: 'sinceImagePushed',
            countUnit: 'days',
            countNumber: 14,
          },
          action: { type: 'expire' },
        },
      ],
    });
    sim.call('ecr', 'PutLifecyclePolicy', { repositoryName: 'web', lifecyclePolicyText: policy });
    expect(sim.call('ecr', 'GetLifecyclePolicy', { repositoryName: 'web' }).lifecyclePolicyText).toBe(policy);
    const bad = policy.replace('"expire"', '"archive"');
    expectRejected(
      sim,
      () => sim.call('ecr', 'PutLifecyclePolicy', { repositoryName: 'web', lifecyclePolicyText: bad }),
      'InvalidParameterException',
      /Lifecycle policy validation failure/,
    );
  });

  it('parses private ECR image references only', () => {
    expect(parseEcrImage(`${URI}/team/web:v1`)).toEqual({
      registryId: '123456789012',
      region: 'us-east-1',
      repositoryName: 'team/web',
      tag: 'v1',
    });
    expect(parseEcrImage(`${URI}/web`)).toEqual({
      registryId: '123456789012',
      region: 'us-east-1',
      repositoryName: 'web',
    });
    expect(parseEcrImage(`${URI}/web@sha256:${'a'.repeat(64)}`)?.digest).toBe(`sha256:${'a'.repeat(64)}`);
    expect(parseEcrImage('public.ecr.aws/nginx/nginx:latest')).toBeUndefined();
    expect(parseEcrImage('nginx:latest')).toBeUndefined();
    expect(parseEcrImage(`${URI}/Web:v1`)).toBeUndefined();
  });
});

describe('ECR lifecycle policies', () => {
  it('keep the newest tagged images a rule selects and expire untagged ones, when the policy runs', () => {
    const sim = anAccount(1).build();
    sim.call('ecr', 'CreateRepository', { repositoryName: 'web' });
    const rule = (rulePriority: number, selection: Record<string, unknown>) => ({
      rulePriority,
      selection,
      action: { type: 'expire' },
    });
    sim.call('ecr', 'PutLifecyclePolicy', {
      repositoryName: 'web',
      lifecyclePolicyText: JSON.stringify({
        rules: [
          rule(1, { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 1 }),
          rule(2, {
            tagStatus: 'tagged',
            tagPrefixList: ['v'],
            countType: 'imageCountMoreThan',
            countNumber: 2,
          }),
        ],
      }),
    });
    for (const [tag, source] of [
      ['v1', 'nginx:latest'],
      ['v2', 'httpd:2.4'],
      ['v3', 'busybox:latest'],
    ] as const) {
      sim.advance(60);
      sim.call('sim', 'PushImage', { repositoryName: 'web', imageTag: tag, sourceImage: source });
    }
    const tags = () =>
      sim.call('ecr', 'DescribeImages', { repositoryName: 'web' }).imageDetails.map((i) => i.imageTags ?? []);
    // the policy runs on the clock (first run 30 minutes after PutLifecyclePolicy), not at the push
    expect(tags()).toEqual([['v1'], ['v2'], ['v3']]);
    sim.advance(1_800);
    expect(tags()).toEqual([['v2'], ['v3']]);
    expectRejected(
      sim,
      () =>
        sim.call('ecr', 'PutLifecyclePolicy', {
          repositoryName: 'web',
          lifecyclePolicyText: JSON.stringify({
            rules: [
              rule(1, { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 1 }),
              rule(2, { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 1 }),
            ],
          }),
        }),
      'InvalidParameterException',
      /tagStatus "any" must have the highest rulePriority/,
    );
  });
});
