import { AwsError } from '../../errors';
import { deleteRouteSchema } from '../../schema/ec2Network';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { networkTables, requireRouteTable } from './routeShapes';

export type DeleteRouteInput = Infer<typeof deleteRouteSchema>;
export type DeleteRouteOutput = Record<string, never>;

/**
 * ec2 DeleteRoute: removes the route for a destination block. The `local` route stays (EC2 refuses), and a
 * gateway endpoint's prefix-list route goes only with the endpoint (DeleteVpcEndpoints).
 */
export const DeleteRoute = defineOperation<DeleteRouteInput, DeleteRouteOutput>({
  schema: deleteRouteSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const table = requireRouteTable(ctx, input.RouteTableId);
    const destination = input.DestinationCidrBlock;
    if (destination === undefined)
      throw new AwsError(
        'MissingParameter',
        'The request must contain the parameter DestinationCidrBlock',
        'DestinationCidrBlock',
      );
    const route = table.Routes.find((r) => r.DestinationCidrBlock === destination);
    if (!route)
      throw new AwsError(
        'InvalidRoute.NotFound',
        `no route with destination-cidr-block ${destination} in route table ${table.RouteTableId}`,
        'DestinationCidrBlock',
      );
    if (route.GatewayId === 'local')
      throw new AwsError(
        'InvalidParameterValue',
        `cannot remove local route ${destination} in route table ${table.RouteTableId}`,
        'DestinationCidrBlock',
      );
    ctx.tx.set(networkTables(ctx).routeTables, table.RouteTableId, {
      ...table,
      Routes: table.Routes.filter((r) => r !== route),
    });
    return {};
  },
});
