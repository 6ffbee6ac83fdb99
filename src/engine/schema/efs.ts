import { bool, int, list, notSimulated, num, obj, oneOf, str } from './taskDefinitionBuilders';

/** Amazon EFS request schemas (members of the `elasticfilesystem/2015-02-01` model for these operations). */

const fileSystemId = str({
  maxLength: 128,
  pattern: '^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:file-system/fs-[0-9a-f]{8,40}|fs-[0-9a-f]{8,40})$',
});
const mountTargetId = str({ minLength: 13, maxLength: 45, pattern: '^fsmt-[0-9a-f]{8,40}$' });
const accessPointId = str({
  maxLength: 128,
  pattern:
    '^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:access-point/fsap-[0-9a-f]{8,40}|fsap-[0-9a-f]{8,40})$',
});
const tags = list(
  obj({ Key: str({ minLength: 1, maxLength: 128 }), Value: str({ maxLength: 256 }) }, ['Key', 'Value']),
  50,
);
const maxItems = int(1, 2_147_483_647);
const marker = str({ minLength: 1, maxLength: 128 });

export const createFileSystemSchema = obj({
  CreationToken: str({ minLength: 1, maxLength: 64 }),
  PerformanceMode: oneOf(['generalPurpose', 'maxIO']),
  Encrypted: bool(),
  KmsKeyId: notSimulated(str({ maxLength: 2048 })),
  ThroughputMode: oneOf(['bursting', 'provisioned', 'elastic']),
  ProvisionedThroughputInMibps: num(1, 1_000_000),
  AvailabilityZoneName: notSimulated(str({ minLength: 1, maxLength: 64 })),
  Backup: bool(),
  Tags: tags,
});

export const createMountTargetSchema = obj(
  {
    FileSystemId: fileSystemId,
    SubnetId: str({ minLength: 15, maxLength: 47 }),
    IpAddress: str({ minLength: 7, maxLength: 15 }),
    IpAddressType: notSimulated(oneOf(['IPV4_ONLY', 'IPV6_ONLY', 'DUAL_STACK'])),
    Ipv6Address: notSimulated(str({ minLength: 3, maxLength: 39 })),
    SecurityGroups: list(str({ minLength: 11, maxLength: 43 }), 100),
  },
  ['FileSystemId', 'SubnetId'],
);

export const createAccessPointSchema = obj(
  {
    ClientToken: str({ minLength: 1, maxLength: 64 }),
    Tags: tags,
    FileSystemId: fileSystemId,
    PosixUser: obj(
      {
        Uid: int(0, 4_294_967_295),
        Gid: int(0, 4_294_967_295),
        SecondaryGids: list(int(0, 4_294_967_295), 16),
      },
      ['Uid', 'Gid'],
    ),
    RootDirectory: obj({
      Path: str({ minLength: 1, maxLength: 100 }),
      CreationInfo: obj(
        {
          OwnerUid: int(0, 4_294_967_295),
          OwnerGid: int(0, 4_294_967_295),
          Permissions: str({ minLength: 3, maxLength: 4, pattern: '^[0-7]{3,4}$' }),
        },
        ['OwnerUid', 'OwnerGid', 'Permissions'],
      ),
    }),
  },
  ['FileSystemId'],
);

export const describeFileSystemsSchema = obj({
  MaxItems: maxItems,
  Marker: marker,
  CreationToken: str({ minLength: 1, maxLength: 64 }),
  FileSystemId: fileSystemId,
});

export const describeMountTargetsSchema = obj({
  MaxItems: maxItems,
  Marker: marker,
  FileSystemId: fileSystemId,
  MountTargetId: mountTargetId,
  AccessPointId: accessPointId,
});

export const describeAccessPointsSchema = obj({
  MaxResults: maxItems,
  NextToken: str({ minLength: 1, maxLength: 128 }),
  AccessPointId: accessPointId,
  FileSystemId: fileSystemId,
});

export const deleteMountTargetSchema = obj({ MountTargetId: mountTargetId }, ['MountTargetId']);
export const deleteFileSystemSchema = obj({ FileSystemId: fileSystemId }, ['FileSystemId']);
export const deleteAccessPointSchema = obj({ AccessPointId: accessPointId }, ['AccessPointId']);

export const putFileSystemPolicySchema = obj(
  {
    FileSystemId: fileSystemId,
    /** the policy document as JSON text, as the API takes it */
    Policy: str({ minLength: 1, maxLength: 20_000 }),
    BypassPolicyLockoutSafetyCheck: bool(),
  },
  ['FileSystemId', 'Policy'],
);
export const describeFileSystemPolicySchema = obj({ FileSystemId: fileSystemId }, ['FileSystemId']);
