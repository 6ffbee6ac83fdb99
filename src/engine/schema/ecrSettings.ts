import { REPOSITORY_NAME_PATTERN } from './ecr';
import { bool, notSimulated, list, obj, oneOf, str } from './taskDefinitionBuilders';

/** Request schemas of the ECR repository settings operations (the `ecr/2015-09-21` model's members). */

const repositoryName = str({ minLength: 2, maxLength: 256, pattern: REPOSITORY_NAME_PATTERN });
const registryId = str({ pattern: '^[0-9]{12}$', maxLength: 12 });

export const putImageTagMutabilitySchema = obj(
  {
    registryId,
    repositoryName,
    imageTagMutability: oneOf(['MUTABLE', 'IMMUTABLE', 'IMMUTABLE_WITH_EXCLUSION', 'MUTABLE_WITH_EXCLUSION']),
    imageTagMutabilityExclusionFilters: notSimulated(
      list(obj({ filterType: str({ maxLength: 64 }), filter: str({ maxLength: 128 }) }), 5),
    ),
  },
  ['repositoryName', 'imageTagMutability'],
);

export const putImageScanningConfigurationSchema = obj(
  { registryId, repositoryName, imageScanningConfiguration: obj({ scanOnPush: bool() }) },
  ['repositoryName', 'imageScanningConfiguration'],
);
