import { AwsError } from '../../errors';
import type { InternetGateway } from '../../model/ec2';
import { INTERNET_GATEWAY_FILTERS, describeInternetGatewaysSchema } from '../../schema/ec2Network';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { applyFilters } from './filters';

export type DescribeInternetGatewaysInput = Infer<typeof describeInternetGatewaysSchema>;
export interface InternetGatewayOutput {
  readonly Attachments: ReadonlyArray<{ readonly State: 'available'; readonly VpcId: string }>;
  readonly InternetGatewayId: string;
  readonly OwnerId: string;
  readonly Tags: ReadonlyArray<never>;
}
export interface DescribeInternetGatewaysOutput {
  readonly InternetGateways: InternetGatewayOutput[];
}

const fieldsOf = (g: InternetGateway, name: string): ReadonlyArray<string> =>
  name === 'internet-gateway-id' ? [g.InternetGatewayId] : [g.VpcId];

/** ec2 DescribeInternetGateways: the default VPC's gateway (the sandbox creates no others). */
export const DescribeInternetGateways = defineOperation<
  DescribeInternetGatewaysInput,
  DescribeInternetGatewaysOutput
>({
  schema: describeInternetGatewaysSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const gateways = ctx.state.ec2.internetGateways ?? {};
    const ids = input.InternetGatewayIds ?? [];
    const missing = ids.filter((id) => !gateways[id]);
    if (missing.length > 0)
      throw new AwsError(
        'InvalidInternetGatewayID.NotFound',
        `The internetGateway ID '${missing.join(', ')}' does not exist`,
        'InternetGatewayIds',
      );
    const base = ids.length > 0 ? ids.map((id) => gateways[id]!) : Object.values(gateways);
    return {
      InternetGateways: applyFilters(base, input.Filters, INTERNET_GATEWAY_FILTERS, fieldsOf).map((g) => ({
        Attachments: [{ State: 'available', VpcId: g.VpcId }],
        InternetGatewayId: g.InternetGatewayId,
        OwnerId: ctx.state.accountId,
        Tags: [],
      })),
    };
  },
});
