import type { SchemaDocs } from './schemaDocs';

/** Hover text for ec2 CreateSubnet (schema/ec2Network.ts). */
export const createSubnetDocs: SchemaDocs = {
  VpcId: 'The VPC the subnet belongs to (the default VPC is 172.31.0.0/16).',
  CidrBlock:
    'The block of addresses, inside the VPC and from /16 to /28 (a /28 has 16 addresses; AWS keeps 5, so 11 are usable).',
  AvailabilityZone: 'The zone the subnet lives in. Omitted: EC2 picks one.',
  DryRun: 'Not simulated: the sandbox always makes the subnet.',
};

const describeExtras: SchemaDocs = {
  DryRun: 'Not simulated: the sandbox always answers.',
  MaxResults: 'Not simulated: the sandbox answers in one page.',
  NextToken: 'Not simulated: the sandbox answers in one page.',
};
const filterDocs = (names: string): SchemaDocs => ({
  'Filters[].Name': `One of: ${names}.`,
  'Filters[].Values': 'Values to match; `*` and `?` are wildcards. One match among them is enough.',
});

/** Hover text for ec2 CreateRouteTable. */
export const createRouteTableDocs: SchemaDocs = {
  VpcId:
    'The VPC the table belongs to. It starts with the VPC’s `local` route only: no way out until you add one.',
  TagSpecifications: 'Not simulated: the sandbox keeps no tags on route tables.',
  ClientToken: 'Not simulated: each call makes a new table.',
  DryRun: 'Not simulated: the sandbox always makes the table.',
};

export const describeRouteTablesDocs: SchemaDocs = {
  RouteTableIds: 'The tables to describe (rtb-…). Omitted: all of them.',
  Filters: 'Narrow the answer.',
  ...filterDocs(
    'vpc-id, route-table-id, association.subnet-id, association.main, association.route-table-association-id',
  ),
  ...describeExtras,
};

export const createRouteDocs: SchemaDocs = {
  RouteTableId: 'The table to add the route to.',
  DestinationCidrBlock: 'Where the traffic goes: 0.0.0.0/0 is “everything not in the VPC”.',
  GatewayId:
    'An internet gateway (igw-…). Traffic gets back only to senders with a public IP; others need a NAT gateway.',
  NatGatewayId: 'A NAT gateway (nat-…): senders without a public IP reach the internet through it.',
  DryRun: 'Not simulated: the sandbox always adds the route.',
};

export const deleteRouteDocs: SchemaDocs = {
  RouteTableId: 'The table to remove the route from.',
  DestinationCidrBlock: 'The destination of the route to remove (the local route cannot go).',
  DryRun: 'Not simulated: the sandbox always removes the route.',
};

export const associateRouteTableDocs: SchemaDocs = {
  RouteTableId: 'The table the subnet will use instead of its VPC’s main table.',
  SubnetId: 'The subnet. It may have one table of its own; disassociate the old one first.',
  DryRun: 'Not simulated: the sandbox always associates.',
};

export const disassociateRouteTableDocs: SchemaDocs = {
  AssociationId:
    'The association (rtbassoc-…) AssociateRouteTable returned. The subnet goes back to the main table.',
  DryRun: 'Not simulated: the sandbox always disassociates.',
};

export const describeInternetGatewaysDocs: SchemaDocs = {
  InternetGatewayIds: 'The gateways to describe (igw-…). Omitted: all of them.',
  Filters: 'Narrow the answer.',
  ...filterDocs('internet-gateway-id, attachment.vpc-id'),
  ...describeExtras,
};

export const describeNatGatewaysDocs: SchemaDocs = {
  NatGatewayIds: 'The NAT gateways to describe (nat-…). Omitted: all of them.',
  Filter: 'Narrow the answer (this call names the list `Filter`, not `Filters`).',
  'Filter[].Name': 'One of: nat-gateway-id, subnet-id, vpc-id, state.',
  'Filter[].Values': 'Values to match; `*` and `?` are wildcards.',
  ...describeExtras,
};

export const createVpcEndpointDocs: SchemaDocs = {
  VpcId: 'The VPC the endpoint serves.',
  ServiceName:
    'com.amazonaws.us-east-1.<service>. The sandbox offers ecr.api, ecr.dkr, s3, logs, secretsmanager, ssm, ssmmessages, ecs, ecs-agent, ecs-telemetry and sts.',
  VpcEndpointType:
    'Interface (a network interface per subnet) or Gateway (a route in route tables; S3 here). Omitted: Gateway, as in the API.',
  SubnetIds: 'Interface: the subnets to put its network interfaces in, at most one per Availability Zone.',
  SecurityGroupIds: 'Interface: the groups of its network interfaces. Omitted: the VPC’s default group.',
  RouteTableIds: 'Gateway: the route tables that get a route for the service’s prefix list.',
  PrivateDnsEnabled:
    'Interface: the service’s usual name resolves to the endpoint from the whole VPC, so nothing else changes. On unless you turn it off.',
  PolicyDocument:
    'Stored and shown; the sandbox does not check it. Omitted on a gateway endpoint: full access.',
  IpAddressType: 'Not simulated: the sandbox is IPv4 only.',
  TagSpecifications: 'Not simulated: the sandbox keeps no tags on endpoints.',
  ClientToken: 'Not simulated: each call makes a new endpoint.',
  DryRun: 'Not simulated: the sandbox always makes the endpoint.',
};

export const describeVpcEndpointsDocs: SchemaDocs = {
  VpcEndpointIds: 'The endpoints to describe (vpce-…). Omitted: all of them.',
  Filters: 'Narrow the answer.',
  ...filterDocs('vpc-endpoint-id, vpc-id, service-name, vpc-endpoint-type, vpc-endpoint-state'),
  ...describeExtras,
};

export const deleteVpcEndpointsDocs: SchemaDocs = {
  VpcEndpointIds:
    'The endpoints to delete. A gateway endpoint’s routes go with it; unknown ids come back under Unsuccessful.',
  DryRun: 'Not simulated: the sandbox always deletes.',
};
