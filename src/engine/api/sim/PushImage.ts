import { pullImage, registryHint } from '../../catalog/images';
import { findEcrImage, parseEcrImage } from '../../ecr/images';
import { expiredImages } from '../../ecr/lifecycle';
import { MANIFEST_MEDIA_TYPE, requireRepository } from '../../ecr/repositories';
import { AwsError } from '../../errors';
import type { EcrImage } from '../../model/storage';
import { pushImageSchema } from '../../schema/ecr';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type PushImageInput = Infer<typeof pushImageSchema>;

/**
 * sim PushImage: what `docker tag <sourceImage> <repositoryUri>:<tag>` and `docker push` do. The pushed image is
 * the source image (same digest, same behaviour when it runs); a tag already on another image moves to it in a
 * MUTABLE repository and is refused in an IMMUTABLE one. The repository's lifecycle policy then runs (sandbox
 * model: at once, where AWS runs it within 24 hours), and what it expires is listed in the answer.
 */
export const PushImage = defineOperation({
  schema: pushImageSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: PushImageInput) {
    const repo = requireRepository(ctx, input.repositoryName, undefined);
    const tag = input.imageTag ?? 'latest';
    // a private ECR image can be the source too: it stands for its own source image
    const fromEcr = parseEcrImage(input.sourceImage) ? findEcrImage(ctx.state, input.sourceImage) : undefined;
    if (parseEcrImage(input.sourceImage) && !fromEcr) {
      throw new AwsError(
        'InvalidParameterException',
        `sourceImage ${input.sourceImage}: no such image in your private registry (see ecr DescribeImages).`,
        'sourceImage',
      );
    }
    const source = fromEcr ? fromEcr.image.sourceImage : input.sourceImage;
    const pulled = pullImage(source);
    if (!pulled.ok) {
      const hint = registryHint(source, pulled);
      throw new AwsError(
        'InvalidParameterException',
        `sourceImage ${source}: the simulated registry has no such image to push${hint ? ` (${hint})` : ''}.`,
        'sourceImage',
      );
    }
    const digest = `sha256:${pulled.image.digest}`;
    const holder = Object.values(repo.images).find((i) => i.imageTags.includes(tag));
    if (holder && holder.imageDigest !== digest && repo.imageTagMutability === 'IMMUTABLE') {
      throw new AwsError(
        'ImageTagAlreadyExistsException',
        `The image tag '${tag}' already exists in the '${repo.repositoryName}' repository and cannot be overwritten because the repository is immutable.`,
        'imageTag',
      );
    }
    const images: Record<string, EcrImage> = { ...repo.images };
    if (holder && holder.imageDigest !== digest) {
      images[holder.imageDigest] = { ...holder, imageTags: holder.imageTags.filter((t) => t !== tag) };
    }
    const existing = images[digest];
    images[digest] = existing
      ? {
          ...existing,
          imageTags: existing.imageTags.includes(tag) ? existing.imageTags : [...existing.imageTags, tag],
        }
      : {
          imageDigest: digest,
          imageTags: [tag],
          imagePushedAt: ctx.now,
          imageSizeInBytes: Math.round(pulled.image.sizeMiB * 1024 * 1024 * 0.4),
          sourceImage: pulled.reference.canonical,
        };
    // the lifecycle policy runs after the push (AWS runs it within a day; the sandbox at once)
    const expired = repo.lifecyclePolicyText
      ? expiredImages(repo.lifecyclePolicyText, Object.values(images), ctx.now)
      : new Set<string>();
    for (const d of expired) delete images[d];
    ctx.tx.set(ctx.state.ecr.repositories, repo.repositoryName, { ...repo, images });
    return {
      image: {
        registryId: repo.registryId,
        repositoryName: repo.repositoryName,
        imageId: { imageDigest: digest, imageTag: tag },
        imageManifestMediaType: MANIFEST_MEDIA_TYPE,
      },
      imageUri: `${repo.repositoryUri}:${tag}`,
      sourceImage: pulled.reference.canonical,
      ...(expired.size ? { expiredImageDigests: [...expired].sort() } : {}),
    };
  },
});
