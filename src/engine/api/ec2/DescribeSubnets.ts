import type { EngineContext } from '../../context';
import { AwsError } from '../../errors';
import type { Subnet } from '../../model/ec2';
import { SUBNET_FILTERS, describeSubnetsSchema } from '../../schema/ec2';
import { subnetUse } from '../../network/subnets';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { applyFilters } from './filters';

export type DescribeSubnetsInput = Infer<typeof describeSubnetsSchema>;

export interface SubnetOutput {
  readonly SubnetId: string;
  readonly SubnetArn: string;
  readonly VpcId: string;
  readonly OwnerId: string;
  readonly AvailabilityZone: string;
  readonly CidrBlock: string;
  readonly AvailableIpAddressCount: number;
  readonly DefaultForAz: boolean;
  readonly MapPublicIpOnLaunch: boolean;
  readonly State: 'available';
}

/** The subnet as EC2 describes it (AvailableIpAddressCount from what holds addresses there). */
export function subnetOutput(ctx: EngineContext, s: Subnet): SubnetOutput {
  return {
    SubnetId: s.SubnetId,
    SubnetArn: `arn:aws:ec2:${ctx.state.region}:${ctx.state.accountId}:subnet/${s.SubnetId}`,
    VpcId: s.VpcId,
    OwnerId: ctx.state.accountId,
    AvailabilityZone: s.AvailabilityZone,
    CidrBlock: s.CidrBlock,
    AvailableIpAddressCount: subnetUse(ctx.state, s).free,
    DefaultForAz: s.DefaultForAz,
    MapPublicIpOnLaunch: s.MapPublicIpOnLaunch,
    State: 'available',
  };
}

export interface DescribeSubnetsOutput {
  readonly Subnets: SubnetOutput[];
}

function fieldsOf(subnet: Subnet, name: string): ReadonlyArray<string> {
  switch (name) {
    case 'availability-zone':
      return [subnet.AvailabilityZone];
    case 'default-for-az':
      return [String(subnet.DefaultForAz)];
    case 'subnet-id':
      return [subnet.SubnetId];
    default:
      return [subnet.VpcId];
  }
}

/** Describes the account's subnets (the default VPC has one per Availability Zone). */
export const DescribeSubnets = defineOperation<DescribeSubnetsInput, DescribeSubnetsOutput>({
  schema: describeSubnetsSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const ids = input.SubnetIds ?? [];
    const missing = ids.filter((id) => !ctx.state.ec2.subnets[id]);
    if (missing.length > 0) {
      throw new AwsError(
        'InvalidSubnetID.NotFound',
        `The subnet ID '${missing.join(', ')}' does not exist`,
        'SubnetIds',
      );
    }
    const base =
      ids.length > 0 ? ids.map((id) => ctx.state.ec2.subnets[id]!) : Object.values(ctx.state.ec2.subnets);
    return {
      Subnets: applyFilters(base, input.Filters, SUBNET_FILTERS, fieldsOf).map((s) => subnetOutput(ctx, s)),
    };
  },
});
