import { pullImage, registryHint } from '../../catalog/images';
import { hexDigest } from '../../../lib/digest';
import { findEcrImage, parseEcrImage } from '../../ecr/images';
import { MANIFEST_MEDIA_TYPE, requireRepository } from '../../ecr/repositories';
import { AwsError } from '../../errors';
import type { EcrImage } from '../../model/storage';
import { pushImageSchema } from '../../schema/ecr';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type PushImageInput = Infer<typeof pushImageSchema>;

/**
 * sim PushImage: what `docker tag <sourceImage> <repositoryUri>:<tag>` and `docker push` do. The pushed image is
 * the source image (same digest, same behaviour when it runs); with `build` it is a new build of it (a commit's
 * image: the source's behaviour, a digest of its own). A tag already on another image moves to it in a MUTABLE
 * repository, leaving that image untagged if it was its last tag, and is refused in an IMMUTABLE one. The
 * lifecycle policy does not run here: it runs on the clock (ecr/schedule.ts).
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
    const digest = `sha256:${
      input.build === undefined ? pulled.image.digest : hexDigest(`${pulled.image.digest}/${input.build}`, 64)
    }`;
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
    };
  },
});
