import { AwsError } from '../../errors';
import type { Route } from '../../model/ec2';
import { cidrRange } from '../../network/subnets';
import { createRouteSchema } from '../../schema/ec2Network';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { networkTables, requireRouteTable } from './routeShapes';

export type CreateRouteInput = Infer<typeof createRouteSchema>;
export interface CreateRouteOutput {
  readonly Return: boolean;
}

/**
 * ec2 CreateRoute: sends a destination block to an internet gateway (`GatewayId` igw-…) or a NAT gateway
 * (`NatGatewayId` nat-…), the two targets the sandbox knows. One route per destination: replacing one is
 * DeleteRoute then CreateRoute (the sandbox has no ReplaceRoute).
 */
export const CreateRoute = defineOperation<CreateRouteInput, CreateRouteOutput>({
  schema: createRouteSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const tables = networkTables(ctx);
    const table = requireRouteTable(ctx, input.RouteTableId);
    const destination = input.DestinationCidrBlock;
    if (destination === undefined)
      throw new AwsError(
        'MissingParameter',
        'The request must contain the parameter DestinationCidrBlock (the sandbox routes IPv4 blocks only)',
        'DestinationCidrBlock',
      );
    if (!cidrRange(destination))
      throw new AwsError(
        'InvalidParameterValue',
        `Value (${destination}) for parameter destinationCidrBlock is invalid. This is not a valid CIDR block.`,
        'DestinationCidrBlock',
      );
    const targets = [input.GatewayId, input.NatGatewayId].filter((t) => t !== undefined);
    if (targets.length !== 1)
      throw new AwsError(
        targets.length === 0 ? 'MissingParameter' : 'InvalidParameterCombination',
        'The request must contain exactly one of gatewayId, natGatewayId (the route targets the sandbox simulates)',
        targets.length === 0 ? 'GatewayId' : 'NatGatewayId',
      );
    if (input.GatewayId !== undefined) {
      const igw = tables.internetGateways[input.GatewayId];
      if (!igw)
        throw new AwsError(
          'InvalidGatewayID.NotFound',
          `The gateway ID '${input.GatewayId}' does not exist`,
          'GatewayId',
        );
      if (igw.VpcId !== table.VpcId)
        throw new AwsError(
          'InvalidParameterValue',
          `route table ${table.RouteTableId} and network gateway ${igw.InternetGatewayId} belong to different networks`,
          'GatewayId',
        );
    }
    if (input.NatGatewayId !== undefined && !tables.natGateways[input.NatGatewayId])
      throw new AwsError(
        'NatGatewayNotFound',
        `The Nat Gateway ${input.NatGatewayId} was not found`,
        'NatGatewayId',
      );
    if (table.Routes.some((r) => r.DestinationCidrBlock === destination))
      throw new AwsError(
        'RouteAlreadyExists',
        `The route identified by ${destination} already exists.`,
        'DestinationCidrBlock',
      );
    const route: Route = {
      DestinationCidrBlock: destination,
      ...(input.GatewayId !== undefined ? { GatewayId: input.GatewayId } : {}),
      ...(input.NatGatewayId !== undefined ? { NatGatewayId: input.NatGatewayId } : {}),
      Origin: 'CreateRoute',
      State: 'active',
    };
    ctx.tx.set(tables.routeTables, table.RouteTableId, { ...table, Routes: [...table.Routes, route] });
    return { Return: true };
  },
});
