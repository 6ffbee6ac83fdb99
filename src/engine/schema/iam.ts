import { bool, int, list, notSimulated, obj, oneOf, str } from './taskDefinitionBuilders';

/** IAM request schemas (the members of the `iam/2010-05-08` model for these operations). */

const NAME = '^[\\w+=,.@-]+$';
const roleName = str({ minLength: 1, maxLength: 64, pattern: NAME });
const policyName = str({ minLength: 1, maxLength: 128, pattern: NAME });
const instanceProfileName = str({ minLength: 1, maxLength: 128, pattern: NAME });
const path = str({ minLength: 1, maxLength: 512, pattern: '^(/|/[\\u0021-\\u007E]+/)$' });
const pathPrefix = str({ minLength: 1, maxLength: 512, pattern: '^/[\\u0021-\\u007F]*$' });
/** a policy document: JSON text, as the API takes it */
const policyDocument = str({ minLength: 1, maxLength: 131_072 });
const policyArn = str({ minLength: 20, maxLength: 2048 });
const marker = str({ minLength: 1, maxLength: 320 });
const maxItems = int(1, 1000);
const tags = notSimulated(
  list(
    obj({ Key: str({ minLength: 1, maxLength: 128 }), Value: str({ maxLength: 256 }) }, ['Key', 'Value']),
    50,
  ),
);

export const createRoleSchema = obj(
  {
    Path: path,
    RoleName: roleName,
    AssumeRolePolicyDocument: policyDocument,
    Description: str({ maxLength: 1000 }),
    MaxSessionDuration: int(3600, 43_200),
    PermissionsBoundary: notSimulated(policyArn),
    Tags: tags,
  },
  ['RoleName', 'AssumeRolePolicyDocument'],
);

export const roleNameSchema = obj({ RoleName: roleName }, ['RoleName']);

export const updateAssumeRolePolicySchema = obj({ RoleName: roleName, PolicyDocument: policyDocument }, [
  'RoleName',
  'PolicyDocument',
]);

export const listRolesSchema = obj({ PathPrefix: pathPrefix, Marker: marker, MaxItems: maxItems });

export const rolePolicyArnSchema = obj({ RoleName: roleName, PolicyArn: policyArn }, [
  'RoleName',
  'PolicyArn',
]);

export const listAttachedRolePoliciesSchema = obj(
  { RoleName: roleName, PathPrefix: pathPrefix, Marker: marker, MaxItems: maxItems },
  ['RoleName'],
);

export const putRolePolicySchema = obj(
  { RoleName: roleName, PolicyName: policyName, PolicyDocument: policyDocument },
  ['RoleName', 'PolicyName', 'PolicyDocument'],
);

export const rolePolicyNameSchema = obj({ RoleName: roleName, PolicyName: policyName }, [
  'RoleName',
  'PolicyName',
]);

export const listRolePoliciesSchema = obj({ RoleName: roleName, Marker: marker, MaxItems: maxItems }, [
  'RoleName',
]);

export const createInstanceProfileSchema = obj(
  { InstanceProfileName: instanceProfileName, Path: path, Tags: tags },
  ['InstanceProfileName'],
);

export const instanceProfileNameSchema = obj({ InstanceProfileName: instanceProfileName }, [
  'InstanceProfileName',
]);

export const instanceProfileRoleSchema = obj(
  { InstanceProfileName: instanceProfileName, RoleName: roleName },
  ['InstanceProfileName', 'RoleName'],
);

export const listInstanceProfilesSchema = obj({ PathPrefix: pathPrefix, Marker: marker, MaxItems: maxItems });

export const simulatePrincipalPolicySchema = obj(
  {
    PolicySourceArn: str({ minLength: 20, maxLength: 2048 }),
    PolicyInputList: list(policyDocument, 100),
    PermissionsBoundaryPolicyInputList: notSimulated(list(policyDocument, 100)),
    ActionNames: list(str({ minLength: 3, maxLength: 128 }), 1000, { minItems: 1 }),
    ResourceArns: list(str({ minLength: 1, maxLength: 2048 }), 1000),
    ResourcePolicy: notSimulated(policyDocument),
    ResourceOwner: notSimulated(str({ minLength: 1, maxLength: 2048 })),
    CallerArn: notSimulated(str({ minLength: 1, maxLength: 2048 })),
    ContextEntries: list(
      obj({
        ContextKeyName: str({ minLength: 5, maxLength: 256 }),
        ContextKeyValues: list(str({ maxLength: 4096 }), 100),
        ContextKeyType: oneOf([
          'string',
          'stringList',
          'numeric',
          'numericList',
          'boolean',
          'booleanList',
          'ip',
          'ipList',
          'binary',
          'binaryList',
          'date',
          'dateList',
        ]),
      }),
      100,
    ),
    ResourceHandlingOption: notSimulated(str({ minLength: 1, maxLength: 64 })),
    MaxItems: maxItems,
    Marker: marker,
  },
  ['PolicySourceArn', 'ActionNames'],
);

export const listPoliciesSchema = obj({
  Scope: oneOf(['All', 'AWS', 'Local']),
  OnlyAttached: bool(),
  PathPrefix: pathPrefix,
  PolicyUsageFilter: oneOf(['PermissionsPolicy', 'PermissionsBoundary']),
  Marker: marker,
  MaxItems: maxItems,
});

export const getPolicySchema = obj({ PolicyArn: policyArn }, ['PolicyArn']);

export const getPolicyVersionSchema = obj(
  { PolicyArn: policyArn, VersionId: str({ pattern: '^v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?$', maxLength: 64 }) },
  ['PolicyArn', 'VersionId'],
);
