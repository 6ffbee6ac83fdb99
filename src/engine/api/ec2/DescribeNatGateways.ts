import { isoTime } from '../../context';
import { AwsError } from '../../errors';
import type { NatGateway } from '../../model/ec2';
import { NAT_GATEWAY_FILTERS, describeNatGatewaysSchema } from '../../schema/ec2Network';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { applyFilters } from './filters';

export type DescribeNatGatewaysInput = Infer<typeof describeNatGatewaysSchema>;
export interface NatGatewayOutput {
  readonly CreateTime: string;
  readonly NatGatewayAddresses: ReadonlyArray<{
    readonly AllocationId: string;
    readonly NetworkInterfaceId: string;
    readonly PrivateIp: string;
    readonly PublicIp: string;
    readonly IsPrimary: true;
    readonly Status: 'succeeded';
  }>;
  readonly NatGatewayId: string;
  readonly State: 'available';
  readonly SubnetId: string;
  readonly VpcId: string;
  readonly ConnectivityType: 'public';
  readonly Tags: ReadonlyArray<never>;
}
export interface DescribeNatGatewaysOutput {
  readonly NatGateways: NatGatewayOutput[];
}

function fieldsOf(g: NatGateway, name: string): ReadonlyArray<string> {
  switch (name) {
    case 'nat-gateway-id':
      return [g.NatGatewayId];
    case 'subnet-id':
      return [g.SubnetId];
    case 'state':
      return ['available'];
    default:
      return [g.VpcId];
  }
}

/** ec2 DescribeNatGateways (its filter list is `Filter`): the starting account's one public NAT gateway. */
export const DescribeNatGateways = defineOperation<DescribeNatGatewaysInput, DescribeNatGatewaysOutput>({
  schema: describeNatGatewaysSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const gateways = ctx.state.ec2.natGateways ?? {};
    const ids = input.NatGatewayIds ?? [];
    const missing = ids.filter((id) => !gateways[id]);
    if (missing.length > 0)
      throw new AwsError(
        'NatGatewayNotFound',
        `The Nat Gateway ${missing.join(', ')} was not found`,
        'NatGatewayIds',
      );
    const base = ids.length > 0 ? ids.map((id) => gateways[id]!) : Object.values(gateways);
    return {
      NatGateways: applyFilters(base, input.Filter, NAT_GATEWAY_FILTERS, fieldsOf).map((g) => ({
        CreateTime: isoTime(ctx.state, g.CreateTime),
        NatGatewayAddresses: [
          {
            AllocationId: g.AllocationId,
            NetworkInterfaceId: g.NetworkInterfaceId,
            PrivateIp: g.PrivateIp,
            PublicIp: g.PublicIp,
            IsPrimary: true,
            Status: 'succeeded',
          },
        ],
        NatGatewayId: g.NatGatewayId,
        State: 'available',
        SubnetId: g.SubnetId,
        VpcId: g.VpcId,
        ConnectivityType: 'public',
        Tags: [],
      })),
    };
  },
});
