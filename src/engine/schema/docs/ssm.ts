import type { OperationName } from '../../api/registry';
import type { SchemaDocs } from './schemaDocs';

/** Hover text for the Parameter Store requests (schema/ssm.ts), in our own words. */

const nameDoc =
  'The parameter name. A path such as /myapp/prod/db-url starts with a slash; names are case-sensitive. ECS `secrets` take it (same Region) or its ARN as valueFrom.';

export const ssmDocs = {
  PutParameter: {
    '': 'Creates a parameter, or with Overwrite a new version of it (versions count up from 1). Tasks read parameters once, when they start; running tasks keep the value they got.',
    Name: nameDoc,
    Description: 'Free text about the parameter.',
    Value:
      'The value: up to 4 KB in the Standard tier (8 KB Advanced). A StringList is comma-separated. ECS injects it as an environment variable.',
    Type: 'String, StringList or SecureString (kept encrypted with a KMS key; reads show it encrypted unless WithDecryption is true). Required when creating.',
    KeyId:
      'SecureString only: the KMS key to encrypt with. Default: the AWS managed key alias/aws/ssm. With a customer managed key, the execution role also needs kms:Decrypt.',
    Overwrite:
      'true to write a new version of an existing parameter; without it, an existing name fails with ParameterAlreadyExists.',
    AllowedPattern: 'A regular expression the value must match, e.g. ^\\d+$.',
    Tags: 'Key/value tags (only when creating; not together with Overwrite).',
    'Tags[].Key': "The tag's key.",
    'Tags[].Value': "The tag's value.",
    Tier: 'Standard (default, free, 4 KB) or Advanced (8 KB, policies). Intelligent-Tiering picks one.',
    Policies: 'Parameter policies (expiration, notifications): not simulated.',
    DataType: 'text (default), aws:ec2:image (an AMI id) or aws:ssm:integration.',
  },
  GetParameter: {
    '': 'Reads one parameter. Name may be the name, its ARN, or name:version for an older version.',
    Name: `${nameDoc} Add :<version> (e.g. /myapp/db:2) to read that version.`,
    WithDecryption:
      'true shows a SecureString in clear text (needs kms:Decrypt on its key); otherwise you see the ciphertext.',
  },
  GetParameters: {
    '': "Reads up to 10 parameters at once, as the ECS agent does for a task's secrets. Names that do not exist are listed under InvalidParameters instead of failing the call.",
    Names: 'The names (or ARNs, or name:version), 1 to 10.',
    WithDecryption: 'true shows SecureString values in clear text.',
  },
  DescribeParameters: {
    '': 'Lists parameters with their metadata (type, version, key, dates), never their values.',
    Filters:
      'Older filter form: Key Name, Type or KeyId, with the values to match. Not together with ParameterFilters.',
    'Filters[].Key': 'Name, Type or KeyId.',
    'Filters[].Values': 'Values to match (any of them).',
    ParameterFilters:
      'Filters: Name (Equals, BeginsWith, Contains), Type, KeyId, Tier, DataType (Equals), Path (OneLevel or Recursive) and tag:<key>.',
    'ParameterFilters[].Key': 'Name, Type, KeyId, Path, Tier, DataType, Label or tag:<tag key>.',
    'ParameterFilters[].Option':
      'How to match: Equals (default), BeginsWith, Contains (Name); OneLevel (default) or Recursive (Path).',
    'ParameterFilters[].Values': 'Values to match (any of them).',
    MaxResults: 'At most this many per page (1–50).',
    NextToken: 'The NextToken of the previous page.',
    Shared: 'Parameters shared with you by other accounts: not simulated (one account).',
  },
  DeleteParameter: {
    '': 'Deletes a parameter and all its versions. Tasks that already started keep their values; new tasks that name it fail to start.',
    Name: nameDoc,
  },
} satisfies Readonly<Record<OperationName<'ssm'>, SchemaDocs>>;
