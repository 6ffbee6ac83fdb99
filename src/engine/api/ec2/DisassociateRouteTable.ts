import { AwsError } from '../../errors';
import { disassociateRouteTableSchema } from '../../schema/ec2Network';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { networkTables } from './routeShapes';

export type DisassociateRouteTableInput = Infer<typeof disassociateRouteTableSchema>;
export type DisassociateRouteTableOutput = Record<string, never>;

/** ec2 DisassociateRouteTable: the subnet goes back to its VPC's main table. The main association stays. */
export const DisassociateRouteTable = defineOperation<
  DisassociateRouteTableInput,
  DisassociateRouteTableOutput
>({
  schema: disassociateRouteTableSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const tables = networkTables(ctx);
    const table = Object.values(tables.routeTables).find((t) =>
      t.Associations.some((a) => a.RouteTableAssociationId === input.AssociationId),
    );
    const association = table?.Associations.find((a) => a.RouteTableAssociationId === input.AssociationId);
    if (!table || !association)
      throw new AwsError(
        'InvalidAssociationID.NotFound',
        `The association ID '${input.AssociationId}' does not exist`,
        'AssociationId',
      );
    if (association.Main)
      throw new AwsError(
        'InvalidParameterValue',
        `cannot disassociate the main route table association ${input.AssociationId}`,
        'AssociationId',
      );
    ctx.tx.set(tables.routeTables, table.RouteTableId, {
      ...table,
      Associations: table.Associations.filter((a) => a !== association),
    });
    return {};
  },
});
