import type { OperationName } from '../../api/registry';
import type { SchemaDocs } from './schemaDocs';

/** Hover text for the Secrets Manager requests (schema/secretsManager.ts), in our own words. */

const secretIdDoc =
  'The secret: its name, its full ARN (ending in -XXXXXX) or the ARN without those six characters.';
const tokenDoc =
  'The new version id (32–64 characters; the CLI makes a UUID when you leave it out). Retrying with the same token and value changes nothing.';
const binaryDoc = 'A binary value: not simulated (the sandbox keeps text; put it in SecretString).';

export const secretsManagerDocs = {
  CreateSecret: {
    '': 'Creates a secret. Its ARN ends in a hyphen and six random characters, which ECS task definitions must include (or use the partial ARN). With a SecretString, that first version is AWSCURRENT.',
    Name: 'The name, unique in the account and Region: letters, digits and /_+=.@- (a path like prod/myapp/db is fine).',
    ClientRequestToken: tokenDoc,
    Description: 'Free text about the secret.',
    KmsKeyId:
      'The KMS key to encrypt with. Default: aws/secretsmanager. With a customer managed key, whoever reads it also needs kms:Decrypt.',
    SecretBinary: binaryDoc,
    SecretString:
      'The value, usually JSON such as {"username":"app","password":"…"}; ECS can inject one key of it (valueFrom …:secret:name-AbCdEf:password::).',
    Tags: 'Key/value tags.',
    'Tags[].Key': "The tag's key.",
    'Tags[].Value': "The tag's value.",
    AddReplicaRegions: 'Copies in other Regions: not simulated.',
    ForceOverwriteReplicaSecret: 'Replica handling: not simulated.',
    Type: 'Managed external secret type: not simulated.',
  },
  PutSecretValue: {
    '': 'Stores a new version of the value. It takes the AWSCURRENT label (unless VersionStages says otherwise) and the old current version becomes AWSPREVIOUS. Running tasks keep the value they started with.',
    SecretId: secretIdDoc,
    ClientRequestToken: tokenDoc,
    SecretBinary: binaryDoc,
    SecretString: 'The new value.',
    VersionStages: 'Labels for the new version (default AWSCURRENT). A label moves: other versions lose it.',
    RotationToken: 'Used by rotation functions: not simulated.',
  },
  GetSecretValue: {
    '': 'Reads a version of the secret: AWSCURRENT unless VersionId or VersionStage picks another.',
    SecretId: secretIdDoc,
    VersionId: 'The version to read.',
    VersionStage: 'The label of the version to read, e.g. AWSPREVIOUS.',
  },
  DescribeSecret: {
    '': "Shows a secret's details and which version carries which label (VersionIdsToStages), never the value.",
    SecretId: secretIdDoc,
  },
  ListSecrets: {
    '': 'Lists the secrets (no values), newest first by default.',
    IncludePlannedDeletion: 'true also lists secrets scheduled for deletion.',
    MaxResults: 'At most this many per page (1–100).',
    NextToken: 'The NextToken of the previous page.',
    Filters:
      'Keep secrets whose field starts with one of the values (case-insensitive; a leading ! excludes).',
    'Filters[].Key': 'name, description, tag-key, tag-value or all.',
    'Filters[].Values': 'The prefixes to match.',
    SortOrder: 'asc or desc (default).',
    SortBy: 'created-date (default), last-changed-date or name.',
  },
  UpdateSecret: {
    '': 'Changes the description or key; with a SecretString it also stores a new AWSCURRENT version (like PutSecretValue).',
    SecretId: secretIdDoc,
    ClientRequestToken: tokenDoc,
    Description: 'The new description.',
    KmsKeyId: 'The new KMS key for new versions.',
    SecretBinary: binaryDoc,
    SecretString: 'A new value.',
    Type: 'Managed external secret type: not simulated.',
  },
  DeleteSecret: {
    '': 'Schedules the secret for deletion after a recovery window (default 30 days); until then its value cannot be read and RestoreSecret cancels. Tasks starting meanwhile fail to get it.',
    SecretId: secretIdDoc,
    RecoveryWindowInDays: 'Days before it is really deleted: 7 to 30 (default 30).',
    ForceDeleteWithoutRecovery:
      'true deletes it at once, with no way back. Not together with RecoveryWindowInDays.',
  },
  RestoreSecret: {
    '': 'Cancels a scheduled deletion; the secret can be read again.',
    SecretId: secretIdDoc,
  },
} satisfies Readonly<Record<OperationName<'secretsmanager'>, SchemaDocs>>;
