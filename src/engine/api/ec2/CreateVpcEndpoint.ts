import { AwsError } from '../../errors';
import type { EndpointService, VpcEndpoint } from '../../model/ec2';
import { endpointServiceName } from '../../network/egress';
import { createVpcEndpointSchema } from '../../schema/ec2Network';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { launchSecurityGroups } from './instanceNetwork';
import {
  ENDPOINT_SERVICES,
  S3_PREFIX_LIST,
  networkTables,
  privateDnsName,
  requireRouteTable,
  requireVpc,
  vpcEndpointOutput,
  type VpcEndpointOutput,
} from './routeShapes';

export type CreateVpcEndpointInput = Infer<typeof createVpcEndpointSchema>;
export interface CreateVpcEndpointOutput {
  readonly VpcEndpoint: VpcEndpointOutput;
}

/** The policy EC2 attaches when the request has none: full access to the service. */
const FULL_ACCESS = JSON.stringify({
  Version: '2008-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
});

/**
 * ec2 CreateVpcEndpoint. `VpcEndpointType` defaults to Gateway, as in the API. A Gateway endpoint (S3 only in
 * the sandbox) adds a route for the service's prefix list to each route table given; an Interface endpoint puts a
 * network interface in each subnet given and, with private DNS (on unless turned off), makes the service's usual
 * name resolve to it from the whole VPC. The sandbox's endpoints are `available` at once (EC2 shows `pending`
 * for a short while first) and only the services network/egress.ts knows are offered.
 */
export const CreateVpcEndpoint = defineOperation<CreateVpcEndpointInput, CreateVpcEndpointOutput>({
  schema: createVpcEndpointSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const { state } = ctx;
    const tables = networkTables(ctx);
    requireVpc(ctx, input.VpcId);
    if (input.ServiceName === undefined)
      throw new AwsError(
        'MissingParameter',
        'The request must contain the parameter ServiceName',
        'ServiceName',
      );
    const prefix = `com.amazonaws.${state.region}.`;
    const service = input.ServiceName.startsWith(prefix)
      ? (ENDPOINT_SERVICES.find((s) => input.ServiceName === prefix + s) as EndpointService | undefined)
      : undefined;
    if (!service)
      throw new AwsError(
        'InvalidServiceName',
        `The Vpc Endpoint Service '${input.ServiceName}' does not exist (the sandbox offers ` +
          `${ENDPOINT_SERVICES.map((s) => prefix + s).join(', ')})`,
        'ServiceName',
      );
    const type = input.VpcEndpointType ?? 'Gateway';
    if (type !== 'Interface' && type !== 'Gateway')
      throw new AwsError(
        'InvalidParameter',
        `Endpoint type (${type}) does not match available service types ([${service === 's3' ? 'Gateway' : 'Interface'}]).`,
        'VpcEndpointType',
      );
    // S3 offers interface endpoints too; the sandbox simulates its gateway endpoint only
    if ((type === 'Gateway') !== (service === 's3'))
      throw new AwsError(
        'InvalidParameter',
        `Endpoint type (${type}) does not match available service types ([${service === 's3' ? 'Gateway' : 'Interface'}]).` +
          (service === 's3' ? ' (The sandbox simulates the S3 gateway endpoint only.)' : ''),
        'VpcEndpointType',
      );
    const routeTableIds = [...new Set(input.RouteTableIds ?? [])];
    const subnetIds = [...new Set(input.SubnetIds ?? [])];
    if (
      type === 'Gateway' &&
      (subnetIds.length > 0 || input.SecurityGroupIds?.length || input.PrivateDnsEnabled)
    )
      throw new AwsError(
        'InvalidParameter',
        'SubnetIds, SecurityGroupIds and PrivateDnsEnabled are for interface endpoints; a gateway endpoint takes RouteTableIds.',
        'VpcEndpointType',
      );
    if (type === 'Interface' && routeTableIds.length > 0)
      throw new AwsError(
        'InvalidParameter',
        'RouteTableIds are for gateway endpoints; an interface endpoint takes SubnetIds and SecurityGroupIds.',
        'RouteTableIds',
      );
    const routeTables = routeTableIds.map((id, i) => requireRouteTable(ctx, id, `RouteTableIds[${i}]`));
    for (const t of routeTables)
      if (t.VpcId !== input.VpcId)
        throw new AwsError(
          'InvalidParameter',
          `Route table ${t.RouteTableId} does not belong to VPC ${input.VpcId}`,
          'RouteTableIds',
        );
    subnetIds.forEach((id, i) => {
      const subnet = state.ec2.subnets[id];
      if (!subnet)
        throw new AwsError(
          'InvalidSubnetID.NotFound',
          `The subnet ID '${id}' does not exist`,
          `SubnetIds[${i}]`,
        );
      if (subnet.VpcId !== input.VpcId)
        throw new AwsError(
          'InvalidParameter',
          `Subnet ${id} does not belong to VPC ${input.VpcId}`,
          `SubnetIds[${i}]`,
        );
    });
    const zones = subnetIds.map((id) => state.ec2.subnets[id]!.AvailabilityZone);
    if (new Set(zones).size < zones.length)
      throw new AwsError(
        'DuplicateSubnetsInSameZone',
        'Found another VPC endpoint subnet in the availability zone of the given subnets; give one subnet per zone.',
        'SubnetIds',
      );
    const privateDns = type === 'Interface' ? (input.PrivateDnsEnabled ?? true) : false;
    if (privateDns) {
      const clash = Object.values(tables.vpcEndpoints).find(
        (e) => e.VpcId === input.VpcId && e.service === service && e.PrivateDnsEnabled,
      );
      if (clash)
        throw new AwsError(
          'InvalidParameter',
          `private-dns-enabled cannot be set because there is already a conflicting DNS domain for ` +
            `${privateDnsName(state.region, service)} in the VPC ${input.VpcId} (endpoint ${clash.VpcEndpointId})`,
          'PrivateDnsEnabled',
        );
    }
    const endpoint: VpcEndpoint = {
      VpcEndpointId: `vpce-${ctx.randomHex(17)}`,
      VpcEndpointType: type,
      VpcId: input.VpcId,
      ServiceName: endpointServiceName(state.region, service),
      service,
      RouteTableIds: routeTableIds,
      SubnetIds: subnetIds,
      NetworkInterfaceIds: subnetIds.map(() => `eni-${ctx.randomHex(17)}`),
      SecurityGroupIds:
        type === 'Interface'
          ? launchSecurityGroups(input.VpcId, input.SecurityGroupIds, 'SecurityGroupIds')
          : [],
      PrivateDnsEnabled: privateDns,
      ...(input.PolicyDocument !== undefined
        ? { PolicyDocument: input.PolicyDocument }
        : type === 'Gateway'
          ? { PolicyDocument: FULL_ACCESS }
          : {}),
      CreationTimestamp: ctx.now,
    };
    ctx.tx.set(tables.vpcEndpoints, endpoint.VpcEndpointId, endpoint);
    for (const t of routeTables)
      ctx.tx.set(tables.routeTables, t.RouteTableId, {
        ...t,
        Routes: [
          ...t.Routes,
          {
            DestinationPrefixListId: S3_PREFIX_LIST,
            GatewayId: endpoint.VpcEndpointId,
            Origin: 'CreateRoute',
            State: 'active',
          },
        ],
      });
    return { VpcEndpoint: vpcEndpointOutput(state, endpoint) };
  },
});
