import type { EngineContext } from '../context';
import type { EfsAccessPoint, EfsFileSystem, EfsMountTarget } from '../model/storage';
import type { SimState } from '../state';
import { mountTargetsOf } from './fileSystems';
import { efsFileBytes } from './files';

/** The EFS API's response shapes (FileSystemDescription, MountTargetDescription, AccessPointDescription). */

export interface FileSystemDescription {
  readonly OwnerId: string;
  readonly CreationToken: string;
  readonly FileSystemId: string;
  readonly FileSystemArn: string;
  readonly CreationTime: string;
  readonly LifeCycleState: EfsFileSystem['LifeCycleState'];
  readonly Name?: string;
  readonly NumberOfMountTargets: number;
  readonly SizeInBytes: {
    readonly Value: number;
    readonly ValueInStandard: number;
    readonly ValueInIA: number;
  };
  readonly PerformanceMode: EfsFileSystem['PerformanceMode'];
  readonly Encrypted: boolean;
  readonly ThroughputMode: EfsFileSystem['ThroughputMode'];
  readonly Tags: ReadonlyArray<{ readonly Key: string; readonly Value: string }>;
  readonly FileSystemProtection: { readonly ReplicationOverwriteProtection: 'ENABLED' };
}

export const fileSystemDescription = (
  ctx: Pick<EngineContext, 'state' | 'iso'>,
  fs: EfsFileSystem,
): FileSystemDescription => {
  // EFS meters at least 6 KiB for an empty file system
  const bytes = Math.max(6144, efsFileBytes(ctx.state, fs.FileSystemId));
  return {
    OwnerId: ctx.state.accountId,
    CreationToken: fs.CreationToken,
    FileSystemId: fs.FileSystemId,
    FileSystemArn: fs.FileSystemArn,
    CreationTime: ctx.iso(fs.CreationTime),
    LifeCycleState: fs.LifeCycleState,
    ...(fs.Name !== undefined ? { Name: fs.Name } : {}),
    NumberOfMountTargets: mountTargetsOf(ctx.state, fs.FileSystemId).length,
    SizeInBytes: { Value: bytes, ValueInStandard: bytes, ValueInIA: 0 },
    PerformanceMode: fs.PerformanceMode,
    Encrypted: fs.Encrypted,
    ThroughputMode: fs.ThroughputMode,
    Tags: fs.Tags,
    FileSystemProtection: { ReplicationOverwriteProtection: 'ENABLED' },
  };
};

export interface MountTargetDescription {
  readonly OwnerId: string;
  readonly MountTargetId: string;
  readonly FileSystemId: string;
  readonly SubnetId: string;
  readonly LifeCycleState: EfsMountTarget['LifeCycleState'];
  readonly IpAddress: string;
  readonly NetworkInterfaceId: string;
  readonly AvailabilityZoneId: string;
  readonly AvailabilityZoneName: string;
  readonly VpcId: string;
}

/** `us-east-1b` → `use1-az2` (the sandbox's fixed mapping of AZ names to AZ ids) */
export const availabilityZoneId = (az: string): string => {
  const region = az.slice(0, -1);
  const [area = '', dir = '', n = ''] = region.split('-');
  return `${area}${dir[0] ?? ''}${n}-az${az.charCodeAt(az.length - 1) - 96}`;
};

export const mountTargetDescription = (state: SimState, mt: EfsMountTarget): MountTargetDescription => ({
  OwnerId: state.accountId,
  MountTargetId: mt.MountTargetId,
  FileSystemId: mt.FileSystemId,
  SubnetId: mt.SubnetId,
  LifeCycleState: mt.LifeCycleState,
  IpAddress: mt.IpAddress,
  NetworkInterfaceId: `eni-${mt.MountTargetId.slice(5)}`,
  AvailabilityZoneId: availabilityZoneId(mt.AvailabilityZoneName),
  AvailabilityZoneName: mt.AvailabilityZoneName,
  VpcId: state.ec2.subnets[mt.SubnetId]?.VpcId ?? '',
});

export interface AccessPointDescription {
  readonly ClientToken: string;
  readonly Name?: string;
  readonly Tags: ReadonlyArray<{ readonly Key: string; readonly Value: string }>;
  readonly AccessPointId: string;
  readonly AccessPointArn: string;
  readonly FileSystemId: string;
  readonly PosixUser?: { readonly Uid: number; readonly Gid: number };
  readonly RootDirectory: { readonly Path: string };
  readonly OwnerId: string;
  readonly LifeCycleState: EfsAccessPoint['LifeCycleState'];
}

export const accessPointDescription = (state: SimState, ap: EfsAccessPoint): AccessPointDescription => {
  const name = ap.Tags?.find((t) => t.Key === 'Name')?.Value;
  return {
    ClientToken: ap.ClientToken,
    ...(name !== undefined ? { Name: name } : {}),
    Tags: ap.Tags ?? [],
    AccessPointId: ap.AccessPointId,
    AccessPointArn: ap.AccessPointArn,
    FileSystemId: ap.FileSystemId,
    ...(ap.PosixUser ? { PosixUser: ap.PosixUser } : {}),
    RootDirectory: ap.RootDirectory,
    OwnerId: state.accountId,
    LifeCycleState: ap.LifeCycleState,
  };
};
