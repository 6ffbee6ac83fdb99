import type { EngineContext } from '../context';
import { AwsError } from '../errors';
import type { EcrImage, EcrRepository } from '../model/storage';

/** The repository, or RepositoryNotFoundException as ECR words it. */
export function requireRepository(
  ctx: EngineContext,
  name: string,
  registryId: string | undefined,
): EcrRepository {
  const registry = registryId ?? ctx.state.accountId;
  const repos = ctx.state.ecr.repositories;
  const repo =
    registry === ctx.state.accountId && Object.prototype.hasOwnProperty.call(repos, name)
      ? repos[name]
      : undefined;
  if (!repo) {
    throw new AwsError(
      'RepositoryNotFoundException',
      `The repository with name '${name}' does not exist in the registry with id '${registry}'`,
      'repositoryName',
    );
  }
  return repo;
}

export const repositoryOutput = (ctx: EngineContext, r: EcrRepository) => ({
  repositoryArn: r.repositoryArn,
  registryId: r.registryId,
  repositoryName: r.repositoryName,
  repositoryUri: r.repositoryUri,
  createdAt: ctx.iso(r.createdAt),
  imageTagMutability: r.imageTagMutability,
  imageScanningConfiguration: r.imageScanningConfiguration,
  encryptionConfiguration: { encryptionType: 'AES256' },
});

export const MANIFEST_MEDIA_TYPE = 'application/vnd.docker.distribution.manifest.v2+json';
export const CONFIG_MEDIA_TYPE = 'application/vnd.docker.container.image.v1+json';

/** An image id as ECR prints it in its error messages (`{imageDigest:'null', imageTag:'v2'}`). */
export const imageIdText = (id: { readonly imageDigest?: string; readonly imageTag?: string }) =>
  `{imageDigest:'${id.imageDigest ?? 'null'}', imageTag:'${id.imageTag ?? 'null'}'}`;

/** The image an image id (digest and/or tag) names in a repository, or undefined. */
export function imageById(
  repo: EcrRepository,
  id: { readonly imageDigest?: string; readonly imageTag?: string },
): EcrImage | undefined {
  if (id.imageDigest !== undefined) {
    const image = Object.prototype.hasOwnProperty.call(repo.images, id.imageDigest)
      ? repo.images[id.imageDigest]
      : undefined;
    if (!image) return undefined;
    return id.imageTag === undefined || image.imageTags.includes(id.imageTag) ? image : undefined;
  }
  if (id.imageTag === undefined) return undefined;
  return Object.values(repo.images).find((i) => i.imageTags.includes(id.imageTag!));
}
