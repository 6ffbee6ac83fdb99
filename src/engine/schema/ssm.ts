import { bool, int, list, notSimulated, obj, oneOf, str } from './taskDefinitionBuilders';

/** Systems Manager Parameter Store request schemas (the `ssm/2014-11-06` model's members for these operations). */

const parameterName = str({ minLength: 1, maxLength: 2048 });
const tags = list(
  obj({ Key: str({ minLength: 1, maxLength: 128 }), Value: str({ maxLength: 256 }) }, ['Key', 'Value']),
  1000,
);

export const putParameterSchema = obj(
  {
    Name: parameterName,
    Description: str({ maxLength: 1024 }),
    Value: str({ minLength: 1, maxLength: 8192 }),
    Type: oneOf(['String', 'StringList', 'SecureString']),
    KeyId: str({ minLength: 1, maxLength: 256 }),
    Overwrite: bool(),
    AllowedPattern: str({ maxLength: 1024 }),
    Tags: tags,
    Tier: oneOf(['Standard', 'Advanced', 'Intelligent-Tiering']),
    Policies: notSimulated(str({ minLength: 1, maxLength: 4096 })),
    DataType: oneOf(['text', 'aws:ec2:image', 'aws:ssm:integration']),
  },
  ['Name', 'Value'],
);

export const getParameterSchema = obj({ Name: parameterName, WithDecryption: bool() }, ['Name']);

export const getParametersSchema = obj(
  { Names: list(parameterName, 10, { minItems: 1 }), WithDecryption: bool() },
  ['Names'],
);

export const describeParametersSchema = obj({
  Filters: list(
    obj(
      {
        Key: oneOf(['Name', 'Type', 'KeyId']),
        Values: list(str({ minLength: 1, maxLength: 1024 }), 50, { minItems: 1 }),
      },
      ['Key', 'Values'],
    ),
    50,
  ),
  ParameterFilters: list(
    obj(
      {
        Key: str({ minLength: 1, maxLength: 132 }),
        Option: str({ minLength: 1, maxLength: 10 }),
        Values: list(str({ minLength: 1, maxLength: 1024 }), 50, { minItems: 1 }),
      },
      ['Key'],
    ),
    50,
  ),
  MaxResults: int(1, 50),
  NextToken: str(),
  Shared: notSimulated(bool()),
});

export const deleteParameterSchema = obj({ Name: parameterName }, ['Name']);
