import { isoTime } from '../../context';
import type { EngineContext } from '../../context';
import { AwsError } from '../../errors';
import type { EndpointService, RouteTable, VpcEndpoint } from '../../model/ec2';
import type { SimState } from '../../state';
import { securityGroupsOutput, type GroupIdentifier } from './instanceNetwork';

/**
 * The shapes EC2 answers the route table, gateway and endpoint calls with, and the lookups they share
 * (network/egress.ts decides what the routes mean for start-up traffic).
 */

/** The tables of the network slice; a state without them (built by hand in a test) gets empty ones. */
export function networkTables(ctx: EngineContext) {
  type Ec2 = { -readonly [K in keyof SimState['ec2']]: SimState['ec2'][K] };
  const ec2 = ctx.state.ec2 as Ec2;
  if (!ec2.routeTables) ctx.tx.assign(ec2, 'routeTables', {});
  if (!ec2.internetGateways) ctx.tx.assign(ec2, 'internetGateways', {});
  if (!ec2.natGateways) ctx.tx.assign(ec2, 'natGateways', {});
  if (!ec2.vpcEndpoints) ctx.tx.assign(ec2, 'vpcEndpoints', {});
  return {
    routeTables: ec2.routeTables!,
    internetGateways: ec2.internetGateways!,
    natGateways: ec2.natGateways!,
    vpcEndpoints: ec2.vpcEndpoints!,
  };
}

export function requireRouteTable(ctx: EngineContext, id: string, field = 'RouteTableId'): RouteTable {
  const table = networkTables(ctx).routeTables[id];
  if (!table)
    throw new AwsError('InvalidRouteTableID.NotFound', `The routeTable ID '${id}' does not exist`, field);
  return table;
}

export function requireVpc(ctx: EngineContext, vpcId: string): void {
  if (!ctx.state.ec2.vpcs[vpcId])
    throw new AwsError('InvalidVpcID.NotFound', `The vpc ID '${vpcId}' does not exist`, 'VpcId');
}

export interface RouteOutput {
  readonly DestinationCidrBlock?: string;
  readonly DestinationPrefixListId?: string;
  readonly GatewayId?: string;
  readonly NatGatewayId?: string;
  readonly Origin: string;
  readonly State: string;
}

export interface RouteTableOutput {
  readonly Associations: ReadonlyArray<{
    readonly Main: boolean;
    readonly RouteTableAssociationId: string;
    readonly RouteTableId: string;
    readonly SubnetId?: string;
    readonly AssociationState: { readonly State: 'associated' };
  }>;
  readonly PropagatingVgws: ReadonlyArray<never>;
  readonly RouteTableId: string;
  readonly Routes: ReadonlyArray<RouteOutput>;
  readonly Tags: ReadonlyArray<never>;
  readonly VpcId: string;
  readonly OwnerId: string;
}

export function routeTableOutput(state: SimState, t: RouteTable): RouteTableOutput {
  return {
    Associations: t.Associations.map((a) => ({ ...a, AssociationState: { State: 'associated' } })),
    PropagatingVgws: [],
    RouteTableId: t.RouteTableId,
    Routes: t.Routes.map((r) => ({ ...r })),
    Tags: [],
    VpcId: t.VpcId,
    OwnerId: state.accountId,
  };
}

/**
 * The S3 prefix list a gateway endpoint's route sends to it (us-east-1's `com.amazonaws.us-east-1.s3` list).
 * Other regions have their own ids; the sandbox has one region.
 */
export const S3_PREFIX_LIST = 'pl-63a5400a';

/** The services the sandbox has endpoints for; s3 is the only gateway service it knows. */
export const ENDPOINT_SERVICES: ReadonlyArray<EndpointService> = [
  'ecr.api',
  'ecr.dkr',
  's3',
  'logs',
  'secretsmanager',
  'ssm',
  'ssmmessages',
  'ecs',
  'ecs-agent',
  'ecs-telemetry',
  'sts',
];

/** The DNS name private DNS makes resolve to an interface endpoint (`*.dkr.ecr…` for ecr.dkr). */
export function privateDnsName(region: string, service: EndpointService): string {
  if (service === 'ecr.api') return `api.ecr.${region}.amazonaws.com`;
  if (service === 'ecr.dkr') return `*.dkr.ecr.${region}.amazonaws.com`;
  return `${service}.${region}.amazonaws.com`;
}

export interface VpcEndpointOutput {
  readonly VpcEndpointId: string;
  readonly VpcEndpointType: 'Interface' | 'Gateway';
  readonly VpcId: string;
  readonly ServiceName: string;
  readonly State: 'available';
  readonly PolicyDocument?: string;
  readonly RouteTableIds: ReadonlyArray<string>;
  readonly SubnetIds: ReadonlyArray<string>;
  readonly Groups: ReadonlyArray<GroupIdentifier>;
  readonly PrivateDnsEnabled: boolean;
  readonly RequesterManaged: false;
  readonly NetworkInterfaceIds: ReadonlyArray<string>;
  readonly CreationTimestamp: string;
  readonly Tags: ReadonlyArray<never>;
  readonly OwnerId: string;
}

export function vpcEndpointOutput(state: SimState, e: VpcEndpoint): VpcEndpointOutput {
  return {
    VpcEndpointId: e.VpcEndpointId,
    VpcEndpointType: e.VpcEndpointType,
    VpcId: e.VpcId,
    ServiceName: e.ServiceName,
    State: 'available',
    ...(e.PolicyDocument !== undefined ? { PolicyDocument: e.PolicyDocument } : {}),
    RouteTableIds: [...e.RouteTableIds],
    SubnetIds: [...e.SubnetIds],
    Groups: securityGroupsOutput(e.VpcId, e.SecurityGroupIds),
    PrivateDnsEnabled: e.PrivateDnsEnabled,
    RequesterManaged: false,
    NetworkInterfaceIds: [...e.NetworkInterfaceIds],
    CreationTimestamp: isoTime(state, e.CreationTimestamp),
    Tags: [],
    OwnerId: state.accountId,
  };
}
