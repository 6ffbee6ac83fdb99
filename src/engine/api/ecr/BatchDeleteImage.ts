import { imageById, requireRepository } from '../../ecr/repositories';
import type { EcrImage } from '../../model/storage';
import { batchDeleteImageSchema } from '../../schema/ecr';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type BatchDeleteImageInput = Infer<typeof batchDeleteImageSchema>;

interface ImageId {
  readonly imageDigest?: string;
  readonly imageTag?: string;
}

/**
 * ecr BatchDeleteImage: by digest deletes the image with all its tags; by tag removes that tag, and the image
 * goes with its last tag. What cannot be found is listed in `failures`; the request itself succeeds.
 */
export const BatchDeleteImage = defineOperation({
  schema: batchDeleteImageSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: BatchDeleteImageInput) {
    const repo = requireRepository(ctx, input.repositoryName, input.registryId);
    const images: Record<string, EcrImage> = { ...repo.images };
    const imageIds: ImageId[] = [];
    const failures: { imageId: ImageId; failureCode: string; failureReason: string }[] = [];
    for (const id of input.imageIds) {
      if (id.imageDigest === undefined && id.imageTag === undefined) {
        failures.push({
          imageId: id,
          failureCode: 'MissingDigestAndTag',
          failureReason: 'Invalid request parameters: both tag and digest cannot be null',
        });
        continue;
      }
      const image = imageById({ ...repo, images }, id);
      if (!image) {
        failures.push({
          imageId: id,
          failureCode: 'ImageNotFound',
          failureReason: 'Requested image not found',
        });
        continue;
      }
      if (id.imageDigest === undefined) {
        const tags = image.imageTags.filter((t) => t !== id.imageTag);
        if (tags.length) images[image.imageDigest] = { ...image, imageTags: tags };
        else delete images[image.imageDigest];
        imageIds.push({ imageDigest: image.imageDigest, imageTag: id.imageTag! });
      } else {
        delete images[image.imageDigest];
        if (image.imageTags.length === 0) imageIds.push({ imageDigest: image.imageDigest });
        for (const tag of image.imageTags) imageIds.push({ imageDigest: image.imageDigest, imageTag: tag });
      }
    }
    if (imageIds.length) ctx.tx.set(ctx.state.ecr.repositories, repo.repositoryName, { ...repo, images });
    return { imageIds, failures };
  },
});
