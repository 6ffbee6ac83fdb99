import { bool, int, list, notSimulated, obj, oneOf, str } from './taskDefinitionBuilders';

/** ec2 CreateSubnet: a subnet of a VPC, in one Availability Zone. */
export const createSubnetSchema = obj(
  {
    VpcId: str({ maxLength: 64 }),
    CidrBlock: str({ maxLength: 64 }),
    AvailabilityZone: str({ maxLength: 64 }),
    DryRun: notSimulated(bool()),
  },
  ['VpcId', 'CidrBlock'],
);

/** `Filters` of the Describe calls below (each operation names the filters it knows). */
const filters = list(
  obj({ Name: str({ maxLength: 255 }), Values: list(str({ maxLength: 1024 }), 200) }, ['Name', 'Values']),
  50,
);
const ids = (max = 200) => list(str({ maxLength: 64 }), max);
const describeExtras = {
  DryRun: notSimulated(bool()),
  MaxResults: notSimulated(int(5, 1000)),
  NextToken: notSimulated(str()),
};
const tagSpecifications = notSimulated(
  list(
    obj({
      ResourceType: str({ maxLength: 64 }),
      Tags: list(obj({ Key: str({ maxLength: 128 }), Value: str({ maxLength: 256 }) }), 50),
    }),
    50,
  ),
);

export const ROUTE_TABLE_FILTERS = [
  'vpc-id',
  'route-table-id',
  'association.subnet-id',
  'association.main',
  'association.route-table-association-id',
] as const;
export const INTERNET_GATEWAY_FILTERS = ['internet-gateway-id', 'attachment.vpc-id'] as const;
export const NAT_GATEWAY_FILTERS = ['nat-gateway-id', 'subnet-id', 'vpc-id', 'state'] as const;
export const VPC_ENDPOINT_FILTERS = [
  'vpc-endpoint-id',
  'vpc-id',
  'service-name',
  'vpc-endpoint-type',
  'vpc-endpoint-state',
] as const;

/** ec2 CreateRouteTable: an empty table (its `local` route only) in a VPC. */
export const createRouteTableSchema = obj(
  {
    VpcId: str({ maxLength: 64 }),
    TagSpecifications: tagSpecifications,
    ClientToken: notSimulated(str()),
    DryRun: notSimulated(bool()),
  },
  ['VpcId'],
);

export const describeRouteTablesSchema = obj({ RouteTableIds: ids(), Filters: filters, ...describeExtras });

/** ec2 CreateRoute: the sandbox's targets are an internet gateway and a NAT gateway. */
export const createRouteSchema = obj(
  {
    RouteTableId: str({ maxLength: 64 }),
    DestinationCidrBlock: str({ maxLength: 64 }),
    GatewayId: str({ maxLength: 64 }),
    NatGatewayId: str({ maxLength: 64 }),
    DryRun: notSimulated(bool()),
  },
  ['RouteTableId'],
);

export const deleteRouteSchema = obj(
  {
    RouteTableId: str({ maxLength: 64 }),
    DestinationCidrBlock: str({ maxLength: 64 }),
    DryRun: notSimulated(bool()),
  },
  ['RouteTableId'],
);

export const associateRouteTableSchema = obj(
  { RouteTableId: str({ maxLength: 64 }), SubnetId: str({ maxLength: 64 }), DryRun: notSimulated(bool()) },
  ['RouteTableId'],
);

export const disassociateRouteTableSchema = obj(
  { AssociationId: str({ maxLength: 64 }), DryRun: notSimulated(bool()) },
  ['AssociationId'],
);

export const describeInternetGatewaysSchema = obj({
  InternetGatewayIds: ids(),
  Filters: filters,
  ...describeExtras,
});

/** DescribeNatGateways names its filter list `Filter`, not `Filters`. */
export const describeNatGatewaysSchema = obj({ NatGatewayIds: ids(), Filter: filters, ...describeExtras });

export const createVpcEndpointSchema = obj(
  {
    VpcId: str({ maxLength: 64 }),
    ServiceName: str({ maxLength: 255 }),
    VpcEndpointType: oneOf(['Interface', 'Gateway', 'GatewayLoadBalancer', 'Resource', 'ServiceNetwork']),
    SubnetIds: ids(16),
    SecurityGroupIds: ids(5),
    RouteTableIds: ids(),
    PrivateDnsEnabled: bool(),
    PolicyDocument: str({ maxLength: 20480 }),
    IpAddressType: notSimulated(oneOf(['ipv4', 'dualstack', 'ipv6'])),
    TagSpecifications: tagSpecifications,
    ClientToken: notSimulated(str()),
    DryRun: notSimulated(bool()),
  },
  ['VpcId'],
);

export const describeVpcEndpointsSchema = obj({
  VpcEndpointIds: ids(1000),
  Filters: filters,
  ...describeExtras,
});

export const deleteVpcEndpointsSchema = obj({ VpcEndpointIds: ids(25), DryRun: notSimulated(bool()) }, [
  'VpcEndpointIds',
]);
