import type { EfsAccessPoint, EfsFileSystem, EfsMountTarget } from '../model/storage';
import type { SimState } from '../state';

/** Lookups on the account's EFS resources (state.efs), shared by the efs operations, the mount check and the file view. */

type Efs = Pick<SimState, 'efs' | 'region' | 'accountId'>;

/** A file system by id or ARN, unless it is being deleted or gone. */
export function findFileSystem(state: Efs, ref: string): EfsFileSystem | undefined {
  const id = ref.startsWith('arn:') ? ref.slice(ref.lastIndexOf('/') + 1) : ref;
  const fs = Object.prototype.hasOwnProperty.call(state.efs.fileSystems, id)
    ? state.efs.fileSystems[id]
    : undefined;
  return fs && fs.LifeCycleState !== 'deleted' && fs.LifeCycleState !== 'deleting' ? fs : undefined;
}

/** The mount targets of a file system that are not being deleted, in creation order. */
export const mountTargetsOf = (state: Efs, fileSystemId: string): EfsMountTarget[] =>
  Object.values(state.efs.mountTargets).filter(
    (mt) =>
      mt.FileSystemId === fileSystemId && mt.LifeCycleState !== 'deleted' && mt.LifeCycleState !== 'deleting',
  );

/** The file system's mount target in an Availability Zone (a file system has at most one per AZ). */
export const mountTargetInAz = (state: Efs, fileSystemId: string, az: string): EfsMountTarget | undefined =>
  mountTargetsOf(state, fileSystemId).find((mt) => mt.AvailabilityZoneName === az);

export function findAccessPoint(state: Efs, ref: string): EfsAccessPoint | undefined {
  const id = ref.startsWith('arn:') ? ref.slice(ref.lastIndexOf('/') + 1) : ref;
  const ap = Object.prototype.hasOwnProperty.call(state.efs.accessPoints, id)
    ? state.efs.accessPoints[id]
    : undefined;
  return ap && ap.LifeCycleState !== 'deleted' && ap.LifeCycleState !== 'deleting' ? ap : undefined;
}

/** The file system's DNS name, which resolves (inside the VPC) only where the file system has a mount target. */
export const fileSystemDnsName = (state: Pick<SimState, 'region'>, fileSystemId: string): string =>
  `${fileSystemId}.efs.${state.region}.amazonaws.com`;

export const fileSystemArn = (state: Pick<SimState, 'region' | 'accountId'>, fileSystemId: string): string =>
  `arn:aws:elasticfilesystem:${state.region}:${state.accountId}:file-system/${fileSystemId}`;

export const accessPointArn = (
  state: Pick<SimState, 'region' | 'accountId'>,
  accessPointId: string,
): string => `arn:aws:elasticfilesystem:${state.region}:${state.accountId}:access-point/${accessPointId}`;
