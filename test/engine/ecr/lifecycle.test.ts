import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../../src/engine';
import { anAccount, expectRejected } from '../../builders/account';

const DAY = 86_400;

const rule = (rulePriority: number, selection: Record<string, unknown>) => ({
  rulePriority,
  selection,
  action: { type: 'expire' },
});

/** keep 2 `release-` images; expire untagged images pushed more than 7 days ago */
const POLICY = JSON.stringify({
  rules: [
    rule(1, {
      tagStatus: 'tagged',
      tagPrefixList: ['release-'],
      countType: 'imageCountMoreThan',
      countNumber: 2,
    }),
    rule(2, { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 }),
  ],
});

/** A repository `api` with builds b1…b`n` pushed a day apart, each as `release-<i>` then moved off by `dev`. */
function history(n: number): Simulation {
  const sim = anAccount(1).build();
  sim.call('ecr', 'CreateRepository', { repositoryName: 'api' });
  for (let i = 1; i <= n; i++) {
    sim.call('sim', 'PushImage', {
      repositoryName: 'api',
      imageTag: `release-${i}`,
      sourceImage: 'nginx:latest',
      build: `b${i}`,
    });
    // a dev build pushed as `dev` takes the tag from the previous dev build, which is left untagged
    sim.call('sim', 'PushImage', {
      repositoryName: 'api',
      imageTag: 'dev',
      sourceImage: 'nginx:latest',
      build: `d${i}`,
    });
    sim.advance(DAY);
  }
  return sim;
}

const images = (sim: Simulation) => sim.call('ecr', 'DescribeImages', { repositoryName: 'api' }).imageDetails;
const untagged = (sim: Simulation) => images(sim).filter((i) => !i.imageTags);

describe('sim PushImage builds', () => {
  it('gives each build its own digest and leaves an image untagged when its last tag moves', () => {
    const sim = history(3);
    const all = images(sim);
    expect(new Set(all.map((i) => i.imageDigest)).size).toBe(6);
    expect(untagged(sim)).toHaveLength(2);
    // the same build pushed again is the same image
    const again = sim.call('sim', 'PushImage', {
      repositoryName: 'api',
      imageTag: 'release-1-again',
      sourceImage: 'nginx:latest',
      build: 'b1',
    });
    expect(images(sim)).toHaveLength(6);
    expect(again.image.imageId.imageDigest).toBe(
      all.find((i) => i.imageTags?.includes('release-1'))!.imageDigest,
    );
  });

  it('refuses to move a tag in an IMMUTABLE repository, build or not', () => {
    const sim = history(1);
    sim.call('ecr', 'PutImageTagMutability', { repositoryName: 'api', imageTagMutability: 'IMMUTABLE' });
    expectRejected(
      sim,
      () =>
        sim.call('sim', 'PushImage', {
          repositoryName: 'api',
          imageTag: 'dev',
          sourceImage: 'nginx:latest',
          build: 'd2',
        }),
      'ImageTagAlreadyExistsException',
      /cannot be overwritten because the repository is immutable/,
    );
  });
});

describe('ECR lifecycle policies on the clock', () => {
  it('expire nothing until the first run, 30 minutes after PutLifecyclePolicy, and log what they expire', () => {
    const sim = history(10);
    expect(images(sim)).toHaveLength(20);
    sim.call('ecr', 'PutLifecyclePolicy', { repositoryName: 'api', lifecyclePolicyText: POLICY });
    sim.advance(1_799);
    expect(images(sim)).toHaveLength(20);
    expect(sim.call('ecr', 'GetLifecyclePolicy', { repositoryName: 'api' }).lastEvaluatedAt).toBeUndefined();
    sim.advance(1);
    const left = images(sim);
    // release-9 and release-10 stay; d10 is tagged `dev` and no rule selects it; untagged d5–d9 are ≤ 7 days old
    expect(left.flatMap((i) => i.imageTags ?? []).sort()).toEqual(['dev', 'release-10', 'release-9']);
    expect(untagged(sim)).toHaveLength(5);
    const event = sim.events.findLast((e) => e.type === 'EcrImagesExpired');
    expect(event).toMatchObject({ repositoryName: 'api', remaining: 8 });
    expect(event?.type === 'EcrImagesExpired' && event.imageDigests).toHaveLength(12);
    expect(sim.call('ecr', 'GetLifecyclePolicy', { repositoryName: 'api' }).lastEvaluatedAt).toBeDefined();
  });

  it('runs again every day, so images that age past a rule go on a later run', () => {
    const sim = history(10);
    sim.call('ecr', 'PutLifecyclePolicy', { repositoryName: 'api', lifecyclePolicyText: POLICY });
    sim.advance(1_800);
    expect(untagged(sim)).toHaveLength(5);
    sim.advance(DAY);
    expect(untagged(sim)).toHaveLength(4);
    sim.advance(2 * DAY);
    expect(untagged(sim)).toHaveLength(2);
  });

  it('restarts the schedule when the policy is replaced and stops it when the policy is deleted', () => {
    const sim = history(10);
    sim.call('ecr', 'PutLifecyclePolicy', { repositoryName: 'api', lifecyclePolicyText: POLICY });
    sim.advance(1_000);
    sim.call('ecr', 'PutLifecyclePolicy', { repositoryName: 'api', lifecyclePolicyText: POLICY });
    sim.advance(1_000);
    // the first policy's run (at 1 800 s) is stale: nothing ran yet
    expect(images(sim)).toHaveLength(20);
    sim.advance(800);
    expect(images(sim)).toHaveLength(8);
    const deleted = sim.call('ecr', 'DeleteLifecyclePolicy', { repositoryName: 'api' });
    expect(deleted.lifecyclePolicyText).toBe(POLICY);
    expect(deleted.lastEvaluatedAt).toBeDefined();
    sim.advance(4 * DAY);
    expect(untagged(sim)).toHaveLength(5);
    expectRejected(
      sim,
      () => sim.call('ecr', 'DeleteLifecyclePolicy', { repositoryName: 'api' }),
      'LifecyclePolicyNotFoundException',
      /Lifecycle policy does not exist for the repository with name 'api'/,
    );
  });
});

describe('ECR lifecycle policy previews', () => {
  it('list what a policy would expire, with the rule that selects each, and expire nothing', () => {
    const sim = history(10);
    const started = sim.call('ecr', 'StartLifecyclePolicyPreview', {
      repositoryName: 'api',
      lifecyclePolicyText: POLICY,
    });
    expect(started).toMatchObject({
      repositoryName: 'api',
      status: 'IN_PROGRESS',
      lifecyclePolicyText: POLICY,
    });
    expect(sim.call('ecr', 'GetLifecyclePolicyPreview', { repositoryName: 'api' }).status).toBe(
      'IN_PROGRESS',
    );
    expectRejected(
      sim,
      () => sim.call('ecr', 'StartLifecyclePolicyPreview', { repositoryName: 'api' }),
      'LifecyclePolicyNotFoundException',
    );
    expectRejected(
      sim,
      () =>
        sim.call('ecr', 'StartLifecyclePolicyPreview', {
          repositoryName: 'api',
          lifecyclePolicyText: POLICY,
        }),
      'LifecyclePolicyPreviewInProgressException',
    );
    sim.advance(30);
    const preview = sim.call('ecr', 'GetLifecyclePolicyPreview', { repositoryName: 'api' });
    expect(preview.status).toBe('COMPLETE');
    // the preview ran at exactly 10 days: d4 is 7 days old, not more, so it stays (the run 30 minutes later takes it)
    expect(preview.summary).toEqual({ expiringImageTotalCount: 11 });
    expect(preview.previewResults).toHaveLength(11);
    expect(preview.previewResults.find((r) => r.imageTags?.includes('release-1'))).toMatchObject({
      imageTags: ['release-1'],
      action: { type: 'EXPIRE' },
      appliedRulePriority: 1,
    });
    const byRule = (p: number) => preview.previewResults.filter((r) => r.appliedRulePriority === p).length;
    expect([byRule(1), byRule(2)]).toEqual([8, 3]);
    const onlyUntagged = sim.call('ecr', 'GetLifecyclePolicyPreview', {
      repositoryName: 'api',
      filter: { tagStatus: 'UNTAGGED' },
      maxResults: 2,
    });
    expect(onlyUntagged.previewResults).toHaveLength(2);
    expect(onlyUntagged.nextToken).toBeDefined();
    expect(
      sim.call('ecr', 'GetLifecyclePolicyPreview', {
        repositoryName: 'api',
        imageIds: [{ imageTag: 'release-2' }],
      }).previewResults,
    ).toHaveLength(1);
    expect(images(sim)).toHaveLength(20);
  });

  it('says when there is no preview', () => {
    const sim = history(1);
    expectRejected(
      sim,
      () => sim.call('ecr', 'GetLifecyclePolicyPreview', { repositoryName: 'api' }),
      'LifecyclePolicyPreviewNotFoundException',
    );
  });
});
