import { AwsError } from '../../errors';
import type { Subnet } from '../../model/ec2';
import { cidrRange } from '../../network/subnets';
import { createSubnetSchema } from '../../schema/ec2Network';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { subnetOutput, type SubnetOutput } from './DescribeSubnets';

export type CreateSubnetInput = Infer<typeof createSubnetSchema>;

export interface CreateSubnetOutput {
  readonly Subnet: SubnetOutput;
}

/**
 * ec2 CreateSubnet: a block of the VPC's range (/16 to /28) in one Availability Zone (given, else one EC2 picks).
 * EC2 refuses a block outside the VPC, of the wrong size, or overlapping another subnet. A new subnet does not map
 * public IPs, and its first address handed out is the fifth (AWS keeps the first four and the last).
 */
export const CreateSubnet = defineOperation<CreateSubnetInput, CreateSubnetOutput>({
  schema: createSubnetSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const { state } = ctx;
    const vpc = state.ec2.vpcs[input.VpcId];
    if (!vpc)
      throw new AwsError('InvalidVpcID.NotFound', `The vpc ID '${input.VpcId}' does not exist`, 'VpcId');
    const block = cidrRange(input.CidrBlock);
    const vpcBlock = cidrRange(vpc.CidrBlock)!;
    if (
      !block ||
      block.prefix < 16 ||
      block.prefix > 28 ||
      block.start < vpcBlock.start ||
      block.end > vpcBlock.end
    )
      throw new AwsError(
        'InvalidSubnet.Range',
        `The CIDR '${input.CidrBlock}' is invalid. A subnet is a block of its VPC's range ${vpc.CidrBlock}, ` +
          'from /16 to /28, starting on a multiple of its size (e.g. 172.31.48.0/28).',
        'CidrBlock',
      );
    const taken = Object.values(state.ec2.subnets).find((s) => {
      if (s.VpcId !== vpc.VpcId) return false;
      const other = cidrRange(s.CidrBlock)!;
      return block.start < other.end && other.start < block.end;
    });
    if (taken)
      throw new AwsError(
        'InvalidSubnet.Conflict',
        `The CIDR '${input.CidrBlock}' conflicts with another subnet (${taken.SubnetId}, ${taken.CidrBlock}).`,
        'CidrBlock',
      );
    const zones = [...new Set(Object.values(state.ec2.subnets).map((s) => s.AvailabilityZone))].sort();
    if (input.AvailabilityZone !== undefined && !zones.includes(input.AvailabilityZone))
      throw new AwsError(
        'InvalidParameterValue',
        `Value (${input.AvailabilityZone}) for parameter availabilityZone is invalid. Subnets can currently only ` +
          `be created in the following availability zones: ${zones.join(', ')}.`,
        'AvailabilityZone',
      );
    const az = input.AvailabilityZone ?? zones[ctx.randomInt(zones.length)]!;
    const subnet: Subnet = {
      SubnetId: `subnet-${ctx.randomHex(17)}`,
      VpcId: vpc.VpcId,
      AvailabilityZone: az,
      CidrBlock: input.CidrBlock,
      DefaultForAz: false,
      MapPublicIpOnLaunch: false,
      nextHost: 4,
    };
    ctx.tx.set(state.ec2.subnets, subnet.SubnetId, subnet);
    return { Subnet: subnetOutput(ctx, subnet) };
  },
});
