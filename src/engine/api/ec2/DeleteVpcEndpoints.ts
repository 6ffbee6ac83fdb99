import { deleteVpcEndpointsSchema } from '../../schema/ec2Network';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { networkTables } from './routeShapes';

export type DeleteVpcEndpointsInput = Infer<typeof deleteVpcEndpointsSchema>;
export interface DeleteVpcEndpointsOutput {
  readonly Unsuccessful: ReadonlyArray<{
    readonly Error: { readonly Code: string; readonly Message: string };
    readonly ResourceId: string;
  }>;
}

/**
 * ec2 DeleteVpcEndpoints: deletes each endpoint it finds (a gateway endpoint's routes go with it) and lists the
 * ids it could not delete under `Unsuccessful`, as EC2 does, rather than failing the whole call.
 */
export const DeleteVpcEndpoints = defineOperation<DeleteVpcEndpointsInput, DeleteVpcEndpointsOutput>({
  schema: deleteVpcEndpointsSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const tables = networkTables(ctx);
    const unsuccessful: Array<DeleteVpcEndpointsOutput['Unsuccessful'][number]> = [];
    for (const id of input.VpcEndpointIds) {
      const endpoint = tables.vpcEndpoints[id];
      if (!endpoint) {
        unsuccessful.push({
          Error: {
            Code: 'InvalidVpcEndpoint.NotFound',
            Message: `The VpcEndpoint Id '${id}' does not exist`,
          },
          ResourceId: id,
        });
        continue;
      }
      for (const t of Object.values(tables.routeTables)) {
        if (!t.Routes.some((r) => r.GatewayId === id)) continue;
        ctx.tx.set(tables.routeTables, t.RouteTableId, {
          ...t,
          Routes: t.Routes.filter((r) => r.GatewayId !== id),
        });
      }
      ctx.tx.remove(tables.vpcEndpoints, id);
    }
    return { Unsuccessful: unsuccessful };
  },
});
