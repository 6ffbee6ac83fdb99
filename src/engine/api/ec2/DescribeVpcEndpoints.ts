import { AwsError } from '../../errors';
import type { VpcEndpoint } from '../../model/ec2';
import { VPC_ENDPOINT_FILTERS, describeVpcEndpointsSchema } from '../../schema/ec2Network';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { applyFilters } from './filters';
import { vpcEndpointOutput, type VpcEndpointOutput } from './routeShapes';

export type DescribeVpcEndpointsInput = Infer<typeof describeVpcEndpointsSchema>;
export interface DescribeVpcEndpointsOutput {
  readonly VpcEndpoints: VpcEndpointOutput[];
}

function fieldsOf(e: VpcEndpoint, name: string): ReadonlyArray<string> {
  switch (name) {
    case 'vpc-endpoint-id':
      return [e.VpcEndpointId];
    case 'service-name':
      return [e.ServiceName];
    case 'vpc-endpoint-type':
      return [e.VpcEndpointType];
    case 'vpc-endpoint-state':
      return ['available'];
    default:
      return [e.VpcId];
  }
}

/** ec2 DescribeVpcEndpoints. */
export const DescribeVpcEndpoints = defineOperation<DescribeVpcEndpointsInput, DescribeVpcEndpointsOutput>({
  schema: describeVpcEndpointsSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const endpoints = ctx.state.ec2.vpcEndpoints ?? {};
    const ids = input.VpcEndpointIds ?? [];
    const missing = ids.filter((id) => !endpoints[id]);
    if (missing.length > 0)
      throw new AwsError(
        'InvalidVpcEndpointId.NotFound',
        `The Vpc Endpoint Id '${missing.join(', ')}' does not exist`,
        'VpcEndpointIds',
      );
    const base = ids.length > 0 ? ids.map((id) => endpoints[id]!) : Object.values(endpoints);
    return {
      VpcEndpoints: applyFilters(base, input.Filters, VPC_ENDPOINT_FILTERS, fieldsOf).map((e) =>
        vpcEndpointOutput(ctx.state, e),
      ),
    };
  },
});
