import { AwsError } from '../../errors';
import type { RouteTable } from '../../model/ec2';
import { ROUTE_TABLE_FILTERS, describeRouteTablesSchema } from '../../schema/ec2Network';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { applyFilters } from './filters';
import { routeTableOutput, type RouteTableOutput } from './routeShapes';

export type DescribeRouteTablesInput = Infer<typeof describeRouteTablesSchema>;
export interface DescribeRouteTablesOutput {
  readonly RouteTables: RouteTableOutput[];
}

function fieldsOf(t: RouteTable, name: string): ReadonlyArray<string> {
  switch (name) {
    case 'route-table-id':
      return [t.RouteTableId];
    case 'association.subnet-id':
      return t.Associations.flatMap((a) => (a.SubnetId !== undefined ? [a.SubnetId] : []));
    case 'association.main':
      return [String(t.Associations.some((a) => a.Main))];
    case 'association.route-table-association-id':
      return t.Associations.map((a) => a.RouteTableAssociationId);
    default:
      return [t.VpcId];
  }
}

/**
 * ec2 DescribeRouteTables. A subnet with no table of its own uses its VPC's main table, which
 * `association.subnet-id` does not find (as in EC2): filter on `association.main` = `true` for it.
 */
export const DescribeRouteTables = defineOperation<DescribeRouteTablesInput, DescribeRouteTablesOutput>({
  schema: describeRouteTablesSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const tables = ctx.state.ec2.routeTables ?? {};
    const ids = input.RouteTableIds ?? [];
    const missing = ids.filter((id) => !tables[id]);
    if (missing.length > 0)
      throw new AwsError(
        'InvalidRouteTableID.NotFound',
        `The routeTable ID '${missing.join(', ')}' does not exist`,
        'RouteTableIds',
      );
    const base = ids.length > 0 ? ids.map((id) => tables[id]!) : Object.values(tables);
    return {
      RouteTables: applyFilters(base, input.Filters, ROUTE_TABLE_FILTERS, fieldsOf).map((t) =>
        routeTableOutput(ctx.state, t),
      ),
    };
  },
});
