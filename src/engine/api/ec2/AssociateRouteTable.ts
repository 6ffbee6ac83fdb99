import { AwsError } from '../../errors';
import { associateRouteTableSchema } from '../../schema/ec2Network';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { networkTables, requireRouteTable } from './routeShapes';

export type AssociateRouteTableInput = Infer<typeof associateRouteTableSchema>;
export interface AssociateRouteTableOutput {
  readonly AssociationId: string;
  readonly AssociationState: { readonly State: 'associated' };
}

/**
 * ec2 AssociateRouteTable: the subnet uses this table instead of its VPC's main one. A subnet has at most one
 * table of its own: DisassociateRouteTable first to move it (the sandbox has no ReplaceRouteTableAssociation).
 */
export const AssociateRouteTable = defineOperation<AssociateRouteTableInput, AssociateRouteTableOutput>({
  schema: associateRouteTableSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const tables = networkTables(ctx);
    const table = requireRouteTable(ctx, input.RouteTableId);
    if (input.SubnetId === undefined)
      throw new AwsError('MissingParameter', 'The request must contain the parameter SubnetId', 'SubnetId');
    const subnet = ctx.state.ec2.subnets[input.SubnetId];
    if (!subnet)
      throw new AwsError(
        'InvalidSubnetID.NotFound',
        `The subnet ID '${input.SubnetId}' does not exist`,
        'SubnetId',
      );
    if (subnet.VpcId !== table.VpcId)
      throw new AwsError(
        'InvalidParameterValue',
        `Route table ${table.RouteTableId} and subnet ${subnet.SubnetId} belong to different networks`,
        'SubnetId',
      );
    const taken = Object.values(tables.routeTables).find((t) =>
      t.Associations.some((a) => a.SubnetId === subnet.SubnetId),
    );
    if (taken)
      throw new AwsError(
        'Resource.AlreadyAssociated',
        `the specified association for route table ${taken.RouteTableId} conflicts with an existing association`,
        'SubnetId',
      );
    const AssociationId = `rtbassoc-${ctx.randomHex(17)}`;
    ctx.tx.set(tables.routeTables, table.RouteTableId, {
      ...table,
      Associations: [
        ...table.Associations,
        {
          RouteTableAssociationId: AssociationId,
          RouteTableId: table.RouteTableId,
          Main: false,
          SubnetId: subnet.SubnetId,
        },
      ],
    });
    return { AssociationId, AssociationState: { State: 'associated' } };
  },
});
