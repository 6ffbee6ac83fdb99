import { bool, int, list, notSimulated, obj, oneOf, str } from './taskDefinitionBuilders';

/** Secrets Manager request schemas (the `secretsmanager/2017-10-17` model's members for these operations). */

const secretId = str({ minLength: 1, maxLength: 2048 });
const secretName = str({ minLength: 1, maxLength: 512 });
const token = str({ minLength: 32, maxLength: 64 });
const secretString = str({ maxLength: 65536 });
const secretBinary = notSimulated(str({ maxLength: 87384 }));
const kmsKeyId = str({ maxLength: 2048 });
const versionStage = str({ minLength: 1, maxLength: 256 });
const versionId = str({ minLength: 32, maxLength: 64 });
const tags = list(obj({ Key: str({ minLength: 1, maxLength: 128 }), Value: str({ maxLength: 256 }) }), 50);

export const createSecretSchema = obj(
  {
    Name: secretName,
    ClientRequestToken: token,
    Description: str({ maxLength: 2048 }),
    KmsKeyId: kmsKeyId,
    SecretBinary: secretBinary,
    SecretString: secretString,
    Tags: tags,
    AddReplicaRegions: notSimulated(
      list(obj({ Region: str({ minLength: 1, maxLength: 128 }), KmsKeyId: kmsKeyId }), 10),
    ),
    ForceOverwriteReplicaSecret: notSimulated(bool()),
    Type: notSimulated(str({ minLength: 1, maxLength: 256 })),
  },
  ['Name'],
);

export const putSecretValueSchema = obj(
  {
    SecretId: secretId,
    ClientRequestToken: token,
    SecretBinary: secretBinary,
    SecretString: secretString,
    VersionStages: list(versionStage, 20, { minItems: 1 }),
    RotationToken: notSimulated(str({ minLength: 36, maxLength: 256 })),
  },
  ['SecretId'],
);

export const getSecretValueSchema = obj(
  { SecretId: secretId, VersionId: versionId, VersionStage: versionStage },
  ['SecretId'],
);

export const describeSecretSchema = obj({ SecretId: secretId }, ['SecretId']);

export const listSecretsSchema = obj({
  IncludePlannedDeletion: bool(),
  MaxResults: int(1, 100),
  NextToken: str({ minLength: 1, maxLength: 4096 }),
  Filters: list(
    obj(
      {
        Key: oneOf([
          'description',
          'name',
          'tag-key',
          'tag-value',
          'primary-region',
          'owning-service',
          'all',
        ]),
        Values: list(str({ minLength: 1, maxLength: 512 }), 10, { minItems: 1 }),
      },
      ['Key', 'Values'],
    ),
    10,
  ),
  SortOrder: oneOf(['asc', 'desc']),
  SortBy: oneOf(['created-date', 'last-accessed-date', 'last-changed-date', 'name']),
});

export const updateSecretSchema = obj(
  {
    SecretId: secretId,
    ClientRequestToken: token,
    Description: str({ maxLength: 2048 }),
    KmsKeyId: kmsKeyId,
    SecretBinary: secretBinary,
    SecretString: secretString,
    Type: notSimulated(str({ minLength: 1, maxLength: 256 })),
  },
  ['SecretId'],
);

export const deleteSecretSchema = obj(
  {
    SecretId: secretId,
    RecoveryWindowInDays: int(-9007199254740991, 9007199254740991),
    ForceDeleteWithoutRecovery: bool(),
  },
  ['SecretId'],
);

export const restoreSecretSchema = obj({ SecretId: secretId }, ['SecretId']);
