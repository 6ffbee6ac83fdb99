import { describe, expect, it } from 'vitest';
import { createSimulation, isAwsError } from '../../../src/engine';

function withRepository() {
  const sim = createSimulation({ seed: 9 });
  sim.call('ecr', 'CreateRepository', { repositoryName: 'shop/api' });
  return sim;
}

const refusal = (call: () => unknown) => {
  try {
    call();
    return '';
  } catch (e) {
    return isAwsError(e) ? `${e.name}: ${e.message}` : String(e);
  }
};

describe('ecr PutImageTagMutability', () => {
  it('makes tags immutable: a push of an existing tag with other content is refused, the same content is not', () => {
    const sim = withRepository();
    sim.call('sim', 'PushImage', { repositoryName: 'shop/api', imageTag: 'v1', sourceImage: 'nginx:latest' });
    const out = sim.call('ecr', 'PutImageTagMutability', {
      repositoryName: 'shop/api',
      imageTagMutability: 'IMMUTABLE',
    });
    expect(out).toEqual({
      registryId: '123456789012',
      repositoryName: 'shop/api',
      imageTagMutability: 'IMMUTABLE',
    });
    expect(
      refusal(() =>
        sim.call('sim', 'PushImage', {
          repositoryName: 'shop/api',
          imageTag: 'v1',
          sourceImage: 'busybox:latest',
        }),
      ),
    ).toMatch(
      /^ImageTagAlreadyExistsException: The image tag 'v1' already exists in the 'shop\/api' repository/,
    );
    expect(
      refusal(() =>
        sim.call('sim', 'PushImage', {
          repositoryName: 'shop/api',
          imageTag: 'v1',
          sourceImage: 'nginx:latest',
        }),
      ),
    ).toBe('');
    sim.call('ecr', 'PutImageTagMutability', { repositoryName: 'shop/api', imageTagMutability: 'MUTABLE' });
    expect(
      refusal(() =>
        sim.call('sim', 'PushImage', {
          repositoryName: 'shop/api',
          imageTag: 'v1',
          sourceImage: 'busybox:latest',
        }),
      ),
    ).toBe('');
  });

  it('refuses exclusion modes and unknown repositories', () => {
    const sim = withRepository();
    expect(
      refusal(() =>
        sim.call('ecr', 'PutImageTagMutability', {
          repositoryName: 'shop/api',
          imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
        }),
      ),
    ).toMatch(/exclusion filters are not simulated/);
    expect(
      refusal(() =>
        sim.call('ecr', 'PutImageTagMutability', {
          repositoryName: 'shop/web',
          imageTagMutability: 'IMMUTABLE',
        }),
      ),
    ).toMatch(/^RepositoryNotFoundException/);
  });
});

describe('ecr PutImageScanningConfiguration', () => {
  it('records scan on push, as DescribeRepositories shows', () => {
    const sim = withRepository();
    const out = sim.call('ecr', 'PutImageScanningConfiguration', {
      repositoryName: 'shop/api',
      imageScanningConfiguration: { scanOnPush: true },
    });
    expect(out.imageScanningConfiguration).toEqual({ scanOnPush: true });
    const repo = sim.call('ecr', 'DescribeRepositories', { repositoryNames: ['shop/api'] }).repositories[0]!;
    expect(repo.imageScanningConfiguration).toEqual({ scanOnPush: true });
  });
});
