import { int, list, obj, oneOf, str } from './taskDefinitionBuilders';

/**
 * Requests of the AWS Cloud Map operations the sandbox answers (the `servicediscovery` API; PascalCase members,
 * limits from its API model). Namespaces are created at once (the operation is SUCCESS when the call returns).
 */

const tagsSchema = list(
  obj({ Key: str({ minLength: 1, maxLength: 128 }), Value: str({ maxLength: 256 }) }, ['Key', 'Value']),
  200,
);

/** A namespace name: 1–1024 printable ASCII characters, not an ARN. */
const namespaceName = str({ minLength: 1, maxLength: 1024, pattern: '^(?!arn:)[!-~]{1,1024}$' });

export const createHttpNamespaceSchema = obj(
  {
    Name: namespaceName,
    CreatorRequestId: str({ maxLength: 64 }),
    Description: str({ maxLength: 1024 }),
    Tags: tagsSchema,
  },
  ['Name'],
);

export const createPrivateDnsNamespaceSchema = obj(
  {
    Name: str({ minLength: 1, maxLength: 253, pattern: '^[!-~]{1,253}$' }),
    Vpc: str({ minLength: 1, maxLength: 64 }),
    CreatorRequestId: str({ maxLength: 64 }),
    Description: str({ maxLength: 1024 }),
    Tags: tagsSchema,
  },
  ['Name', 'Vpc'],
);

const idMember = str({ minLength: 1, maxLength: 255 });

export const getNamespaceSchema = obj({ Id: idMember }, ['Id']);
export const deleteNamespaceSchema = obj({ Id: idMember }, ['Id']);

export const listNamespacesSchema = obj({
  MaxResults: int(1, 100),
  NextToken: str({ maxLength: 4096 }),
  Filters: list(
    obj(
      {
        Name: oneOf(['TYPE', 'NAME', 'HTTP_NAME']),
        Values: list(str({ maxLength: 255 }), 10),
        Condition: oneOf(['EQ', 'IN', 'BETWEEN', 'BEGINS_WITH']),
      },
      ['Name', 'Values'],
    ),
    3,
  ),
});

export const listServicesSchema = obj({
  MaxResults: int(1, 100),
  NextToken: str({ maxLength: 4096 }),
  Filters: list(
    obj(
      {
        Name: oneOf(['NAMESPACE_ID']),
        Values: list(str({ maxLength: 255 }), 10),
        Condition: oneOf(['EQ', 'IN', 'BETWEEN', 'BEGINS_WITH']),
      },
      ['Name', 'Values'],
    ),
    1,
  ),
});

export const discoverInstancesSchema = obj(
  {
    NamespaceName: str({ minLength: 1, maxLength: 1024 }),
    ServiceName: str({ minLength: 1, maxLength: 127 }),
    MaxResults: int(1, 1000),
    HealthStatus: oneOf(['HEALTHY', 'UNHEALTHY', 'ALL', 'HEALTHY_OR_ELSE_ALL']),
  },
  ['NamespaceName', 'ServiceName'],
);
