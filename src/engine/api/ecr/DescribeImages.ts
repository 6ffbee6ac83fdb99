import { AwsError } from '../../errors';
import {
  CONFIG_MEDIA_TYPE,
  imageById,
  imageIdText,
  MANIFEST_MEDIA_TYPE,
  requireRepository,
} from '../../ecr/repositories';
import type { EcrImage } from '../../model/storage';
import { paginate } from '../../schema/pagination';
import { describeImagesSchema } from '../../schema/ecr';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DescribeImagesInput = Infer<typeof describeImagesSchema>;

/** ecr DescribeImages: the repository's images (oldest push first), or the ones named; an unknown one fails the request. */
export const DescribeImages = defineOperation({
  schema: describeImagesSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: DescribeImagesInput) {
    const repo = requireRepository(ctx, input.repositoryName, input.registryId);
    let images: EcrImage[];
    if (input.imageIds) {
      images = input.imageIds.map((id) => {
        const image = imageById(repo, id);
        if (!image) {
          throw new AwsError(
            'ImageNotFoundException',
            `The image with imageId ${imageIdText(id)} does not exist within the repository with name '${repo.repositoryName}' in the registry with id '${repo.registryId}'`,
            'imageIds',
          );
        }
        return image;
      });
    } else {
      const status = input.filter?.tagStatus ?? 'ANY';
      images = Object.values(repo.images)
        .filter((i) =>
          status === 'ANY' ? true : status === 'TAGGED' ? i.imageTags.length > 0 : i.imageTags.length === 0,
        )
        .sort((a, b) => a.imagePushedAt - b.imagePushedAt || (a.imageDigest < b.imageDigest ? -1 : 1));
    }
    const { page, nextToken } = paginate(images, input.maxResults, input.nextToken, 1000);
    return {
      imageDetails: page.map((i) => ({
        registryId: repo.registryId,
        repositoryName: repo.repositoryName,
        imageDigest: i.imageDigest,
        ...(i.imageTags.length ? { imageTags: i.imageTags } : {}),
        imageSizeInBytes: i.imageSizeInBytes,
        imagePushedAt: ctx.iso(i.imagePushedAt),
        imageManifestMediaType: MANIFEST_MEDIA_TYPE,
        artifactMediaType: CONFIG_MEDIA_TYPE,
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  },
});
