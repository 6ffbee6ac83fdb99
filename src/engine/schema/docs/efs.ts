import type { OperationName } from '../../api/registry';
import type { SchemaDocs } from './schemaDocs';

/** Hover text for the Amazon EFS requests (schema/efs.ts) and the file view controls (schema/files.ts), in our own words. */

const fsIdDoc = 'The file system: its id (fs-…) or ARN.';
const tagsDocs: SchemaDocs = {
  Tags: 'Key/value labels; a tag with Key Name names the resource in listings.',
  'Tags[].Key': 'The tag key (1–128 characters).',
  'Tags[].Value': 'The tag value (up to 256 characters).',
};
const markerDocs: SchemaDocs = {
  MaxItems: 'At most this many results per page.',
  Marker: 'The NextMarker of the previous page, to continue.',
};

export const efsDocs = {
  CreateFileSystem: {
    '': 'Creates an EFS file system: regional, elastic NFS storage that every task mounting it shares, across Availability Zones. Add a mount target in each AZ your tasks run in (CreateMountTarget).',
    CreationToken:
      'An idempotency token (up to 64 characters). Asking again with a token already used creates nothing and fails with FileSystemAlreadyExists. Default: one is made up.',
    PerformanceMode: 'generalPurpose (default; lowest latency) or maxIO (older, for very many clients).',
    Encrypted: 'true: data at rest is encrypted with KMS. Default false.',
    KmsKeyId: 'The KMS key for encryption at rest (default: the AWS managed key for EFS).',
    ThroughputMode: 'bursting (default here), provisioned (set ProvisionedThroughputInMibps) or elastic.',
    ProvisionedThroughputInMibps: 'With ThroughputMode provisioned: the throughput to pay for, in MiB/s.',
    AvailabilityZoneName:
      'One Zone storage: keeps the data in one AZ (not simulated; the sandbox creates Regional file systems).',
    Backup: 'true: AWS Backup protects the file system automatically.',
    ...tagsDocs,
  },
  CreateMountTarget: {
    '': 'Creates the file system’s NFS endpoint in one subnet. It serves the whole Availability Zone of that subnet; one per AZ. Tasks in an AZ without a mount target cannot mount the file system.',
    FileSystemId: fsIdDoc,
    SubnetId: 'The subnet to place it in; its AZ must not have a mount target of this file system yet.',
    IpAddress: 'A fixed private IPv4 address in the subnet. Default: the next free one.',
    IpAddressType: 'IPV4_ONLY, IPV6_ONLY or DUAL_STACK.',
    Ipv6Address: 'A fixed IPv6 address in the subnet.',
    SecurityGroups:
      'Up to five security groups for the mount target; they must allow NFS (TCP 2049) from the tasks. Not enforced by the sandbox.',
  },
  CreateAccessPoint: {
    '': 'Creates an access point: an entry into the file system with its own root directory and, optionally, a POSIX user every request is made as. Tasks use it with efsVolumeConfiguration.authorizationConfig.accessPointId (transit encryption required).',
    ClientToken: 'An idempotency token. Default: one is made up.',
    FileSystemId: fsIdDoc,
    PosixUser: 'The user and group every file operation through the access point runs as.',
    'PosixUser.Uid': 'POSIX user id.',
    'PosixUser.Gid': 'POSIX group id.',
    'PosixUser.SecondaryGids': 'Further group ids.',
    RootDirectory: 'The directory clients see as the root ("/" by default).',
    'RootDirectory.Path': 'An absolute path of up to four levels and 100 characters, e.g. /app/uploads.',
    'RootDirectory.CreationInfo':
      'Owner and permissions to create the directory with when it does not exist yet.',
    'RootDirectory.CreationInfo.OwnerUid': 'Owner user id of the created directory.',
    'RootDirectory.CreationInfo.OwnerGid': 'Owner group id of the created directory.',
    'RootDirectory.CreationInfo.Permissions': 'Octal mode of the created directory, e.g. 755.',
    ...tagsDocs,
  },
  DescribeFileSystems: {
    '': 'Lists file systems: one (FileSystemId), those made with a CreationToken, or all of them.',
    FileSystemId: fsIdDoc,
    CreationToken: 'Only the file system created with this token.',
    ...markerDocs,
  },
  DescribeMountTargets: {
    '': 'Lists mount targets of a file system (or of an access point’s file system), or one mount target: give exactly one of the three ids.',
    FileSystemId: fsIdDoc,
    MountTargetId: 'One mount target (fsmt-…).',
    AccessPointId: 'The mount targets of this access point’s file system.',
    ...markerDocs,
  },
  DescribeAccessPoints: {
    '': 'Lists access points: one, those of a file system, or all.',
    AccessPointId: 'One access point (fsap-… or its ARN).',
    FileSystemId: fsIdDoc,
    MaxResults: 'At most this many results per page.',
    NextToken: 'The NextToken of the previous page.',
  },
  DeleteMountTarget: {
    '': 'Deletes a mount target. New tasks in its AZ can no longer mount the file system.',
    MountTargetId: 'The mount target (fsmt-…).',
  },
  DeleteFileSystem: {
    '': 'Deletes a file system and all its data. Delete its mount targets first.',
    FileSystemId: fsIdDoc,
  },
  DeleteAccessPoint: {
    '': 'Deletes an access point; the files stay on the file system.',
    AccessPointId: 'The access point (fsap-… or its ARN).',
  },
  PutFileSystemPolicy: {
    '': 'Sets the file system policy (resource-based). Without one, EFS lets any client that reaches a mount target mount, write and act as root. Tasks mounting with IAM (iam: ENABLED) are allowed when the task role’s policies or this policy allow; tasks mounting without IAM get only what it allows to everyone (*).',
    FileSystemId: fsIdDoc,
    Policy:
      'The policy document as JSON text, e.g. {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/app"},"Action":["elasticfilesystem:ClientMount","elasticfilesystem:ClientWrite"],"Resource":"*"}]}.',
    BypassPolicyLockoutSafetyCheck: 'Skip the check that you do not lock yourself out (not simulated).',
  },
  DescribeFileSystemPolicy: {
    '': 'Shows the file system policy; PolicyNotFound while EFS’s default policy applies.',
    FileSystemId: fsIdDoc,
  },
} as const satisfies Record<OperationName<'efs'>, SchemaDocs>;

const fileDocs: SchemaDocs = {
  cluster: 'The cluster’s name or ARN. Default: default.',
  task: 'The RUNNING task: its id or full ARN.',
  container: 'The container (its name in the task definition) that reads or writes.',
  path: 'An absolute path inside the container, e.g. /data/notes.txt. Its mount point decides where the file lives.',
};

export const writeFileDocs: SchemaDocs = {
  '': 'Simulator control: a container writes a text file. Through its mountPoints the file lands on EFS (shared by every task mounting the file system, in any AZ), a host path (tasks on that instance; kept after they stop), the task’s own volume or ephemeral storage, or the container’s writable layer (both gone with the task).',
  ...fileDocs,
  content: 'The text to write (replaces the file).',
};

export const readFileDocs: SchemaDocs = {
  '': 'Simulator control: a container reads a text file, through the same mounts as WriteFile, so it sees what other tasks wrote on shared storage.',
  ...fileDocs,
};
