import { AwsError } from '../../errors';
import { findFileSystem, mountTargetsOf } from '../../efs/fileSystems';
import { mountTargetDescription, type MountTargetDescription } from '../../efs/output';
import type { EfsMountTarget } from '../../model/storage';
import { createMountTargetSchema } from '../../schema/efs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { createTaskEni } from '../../tasks/eni';
import { defineOperation } from '../operation';

export type CreateMountTargetInput = Infer<typeof createMountTargetSchema>;

/**
 * efs CreateMountTarget: an NFS endpoint of the file system in one subnet, which serves the whole
 * Availability Zone of that subnet. A file system has at most one mount target per AZ, all in one VPC; tasks in
 * an AZ without one cannot mount it (the file system's DNS name does not resolve there). Available at once here.
 */
export const CreateMountTarget = defineOperation<CreateMountTargetInput, MountTargetDescription>({
  schema: createMountTargetSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    const { state } = ctx;
    const fs = findFileSystem(state, input.FileSystemId);
    if (!fs)
      throw new AwsError(
        'FileSystemNotFound',
        `File system '${input.FileSystemId}' does not exist.`,
        'FileSystemId',
      );
    const subnet = Object.prototype.hasOwnProperty.call(state.ec2.subnets, input.SubnetId)
      ? state.ec2.subnets[input.SubnetId]
      : undefined;
    if (!subnet)
      throw new AwsError('SubnetNotFound', `The subnet ID '${input.SubnetId}' does not exist`, 'SubnetId');
    const others = mountTargetsOf(state, fs.FileSystemId);
    if (others.some((mt) => state.ec2.subnets[mt.SubnetId]?.VpcId !== subnet.VpcId))
      throw new AwsError(
        'MountTargetConflict',
        'requested subnet for new mount target is not in the same VPC as existing mount targets',
        'SubnetId',
      );
    if (others.some((mt) => mt.AvailabilityZoneName === subnet.AvailabilityZone))
      throw new AwsError('MountTargetConflict', 'mount target already exists in this AZ', 'SubnetId');
    const eni = createTaskEni(ctx, subnet);
    const id = `fsmt-${ctx.randomHex(17)}`;
    const mt: EfsMountTarget = {
      MountTargetId: id,
      FileSystemId: fs.FileSystemId,
      SubnetId: subnet.SubnetId,
      AvailabilityZoneName: subnet.AvailabilityZone,
      IpAddress: input.IpAddress ?? eni.privateIPv4Address,
      LifeCycleState: 'available',
      SecurityGroups: input.SecurityGroups ?? [],
      NetworkInterfaceId: eni.networkInterfaceId,
    };
    ctx.tx.set(state.efs.mountTargets, id, mt);
    return mountTargetDescription(state, mt);
  },
});
