import type { RouteTable } from '../../model/ec2';
import { createRouteTableSchema } from '../../schema/ec2Network';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { networkTables, requireVpc, routeTableOutput, type RouteTableOutput } from './routeShapes';

export type CreateRouteTableInput = Infer<typeof createRouteTableSchema>;
export interface CreateRouteTableOutput {
  readonly RouteTable: RouteTableOutput;
}

/**
 * ec2 CreateRouteTable: a table with only the VPC's `local` route and no subnets. A subnet uses it once
 * AssociateRouteTable links them; until it has a 0.0.0.0/0 route (or endpoints), its subnets have no way out.
 */
export const CreateRouteTable = defineOperation<CreateRouteTableInput, CreateRouteTableOutput>({
  schema: createRouteTableSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    requireVpc(ctx, input.VpcId);
    const vpc = ctx.state.ec2.vpcs[input.VpcId]!;
    const table: RouteTable = {
      RouteTableId: `rtb-${ctx.randomHex(17)}`,
      VpcId: vpc.VpcId,
      Routes: [
        {
          DestinationCidrBlock: vpc.CidrBlock,
          GatewayId: 'local',
          Origin: 'CreateRouteTable',
          State: 'active',
        },
      ],
      Associations: [],
    };
    ctx.tx.set(networkTables(ctx).routeTables, table.RouteTableId, table);
    return { RouteTable: routeTableOutput(ctx.state, table) };
  },
});
