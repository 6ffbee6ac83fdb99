import { bool, int, list, notSimulated, obj, oneOf, str } from './taskDefinitionBuilders';

/** Amazon ECR request schemas (the `ecr/2015-09-21` model's members for these operations) and sim PushImage. */

export const REPOSITORY_NAME_PATTERN = '^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$';
const repositoryName = str({ minLength: 2, maxLength: 256, pattern: REPOSITORY_NAME_PATTERN });
const registryId = str({ pattern: '^[0-9]{12}$', maxLength: 12 });
const imageTag = str({ minLength: 1, maxLength: 300 });
const imageId = obj({ imageDigest: str({ maxLength: 1024 }), imageTag });
const tags = list(
  obj({ Key: str({ maxLength: 128 }), Value: str({ maxLength: 256 }) }, ['Key', 'Value']),
  200,
);

export const createRepositorySchema = obj(
  {
    registryId,
    repositoryName,
    tags,
    imageTagMutability: oneOf(['MUTABLE', 'IMMUTABLE', 'IMMUTABLE_WITH_EXCLUSION', 'MUTABLE_WITH_EXCLUSION']),
    imageTagMutabilityExclusionFilters: notSimulated(
      list(obj({ filterType: str({ maxLength: 64 }), filter: str({ maxLength: 128 }) }), 5),
    ),
    imageScanningConfiguration: obj({ scanOnPush: bool() }),
    encryptionConfiguration: notSimulated(
      obj({ encryptionType: oneOf(['AES256', 'KMS', 'KMS_DSSE']), kmsKey: str({ maxLength: 2048 }) }, [
        'encryptionType',
      ]),
    ),
  },
  ['repositoryName'],
);

export const describeRepositoriesSchema = obj({
  registryId,
  repositoryNames: list(repositoryName, 100, { minItems: 1 }),
  nextToken: str(),
  maxResults: int(1, 1000),
});

export const deleteRepositorySchema = obj({ registryId, repositoryName, force: bool() }, ['repositoryName']);

export const describeImagesSchema = obj(
  {
    registryId,
    repositoryName,
    imageIds: list(imageId, 100, { minItems: 1 }),
    nextToken: str(),
    maxResults: int(1, 1000),
    filter: obj({
      tagStatus: oneOf(['TAGGED', 'UNTAGGED', 'ANY']),
      imageStatus: notSimulated(oneOf(['ACTIVE', 'ARCHIVED', 'ACTIVATING', 'ANY'])),
    }),
  },
  ['repositoryName'],
);

export const batchDeleteImageSchema = obj(
  { registryId, repositoryName, imageIds: list(imageId, 100, { minItems: 1 }) },
  ['repositoryName', 'imageIds'],
);

export const putLifecyclePolicySchema = obj(
  { registryId, repositoryName, lifecyclePolicyText: str({ minLength: 100, maxLength: 30720 }) },
  ['repositoryName', 'lifecyclePolicyText'],
);

export const getLifecyclePolicySchema = obj({ registryId, repositoryName }, ['repositoryName']);

export const deleteLifecyclePolicySchema = obj({ registryId, repositoryName }, ['repositoryName']);

export const startLifecyclePolicyPreviewSchema = obj(
  { registryId, repositoryName, lifecyclePolicyText: str({ minLength: 100, maxLength: 30720 }) },
  ['repositoryName'],
);

export const getLifecyclePolicyPreviewSchema = obj(
  {
    registryId,
    repositoryName,
    imageIds: list(imageId, 100, { minItems: 1 }),
    nextToken: str(),
    maxResults: int(1, 100),
    filter: obj({ tagStatus: oneOf(['TAGGED', 'UNTAGGED', 'ANY']) }),
  },
  ['repositoryName'],
);

/** sim PushImage: what `docker tag` + `docker push` of a catalog image into a private repository does. */
export const pushImageSchema = obj(
  {
    repositoryName,
    imageTag: str({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$' }),
    sourceImage: str({ minLength: 1, maxLength: 512 }),
    build: str({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.-]+$' }),
  },
  ['repositoryName', 'sourceImage'],
);
