import type { EndpointService, Route, RouteTable, VpcEndpoint } from '../model/ec2';
import type { SimState } from '../state';

/** What egress reads: the EC2 slice (the UI passes its read-only view of the state). */
type Network = Pick<SimState, 'ec2'>;

/**
 * Whether start-up traffic (the image pull, secrets, log streams: what ECS and the agent do before the containers
 * run) gets from a subnet to where it goes, and by which path. A pure function of the state, so the start-up
 * checks, the workbench and the narration all give the same answer.
 *
 * The sandbox's model (AWS leaves the packet-level details to the VPC): traffic to an AWS service first uses an
 * interface endpoint for that service in the subnet's VPC with private DNS on (the service's name then resolves
 * to the endpoint from every subnet of the VPC), or, for S3, a gateway endpoint whose prefix-list route is in the
 * subnet's route table. Anything else follows the subnet's 0.0.0.0/0 route: a NAT gateway works with or without a
 * public IP; an internet gateway only for a sender with a public IP; no such route is no way out. Security groups,
 * network ACLs, endpoint policies and the NAT gateway's own route are not checked.
 */

/** Where the traffic goes: an AWS service (by its endpoint name) or a host on the internet (a public registry). */
export type Destination =
  | { readonly kind: 'service'; readonly service: EndpointService }
  | { readonly kind: 'internet'; readonly host: string };

/** How the traffic got out. */
export type EgressPath =
  | { readonly via: 'nat'; readonly natGatewayId: string }
  | { readonly via: 'igw'; readonly internetGatewayId: string }
  | { readonly via: 'interface-endpoint'; readonly vpcEndpointId: string }
  | { readonly via: 'gateway-endpoint'; readonly vpcEndpointId: string }
  /** a state without route tables (built by hand, or saved before they existed): every subnet reaches everything */
  | { readonly via: 'unmodelled' };

export type Egress =
  | { readonly ok: true; readonly path: EgressPath; readonly routeTableId?: string }
  | {
      readonly ok: false;
      /** why not, in a sentence the workbench and narration show (the sandbox's words) */
      readonly why: string;
      readonly routeTableId?: string;
    };

/** Where the traffic starts: the subnet of the task's ENI (Fargate) or of the instance (EC2), and whether the sender has a public IP. */
export interface Origin {
  readonly subnetId: string;
  readonly publicIp: boolean;
}

/** `com.amazonaws.us-east-1.ecr.dkr` */
export const endpointServiceName = (region: string, service: EndpointService): string =>
  `com.amazonaws.${region}.${service}`;

/** The route table a subnet uses: the one associated with it, else its VPC's main table. */
export function routeTableOf(state: Network, subnetId: string): RouteTable | undefined {
  const tables = Object.values(state.ec2.routeTables ?? {});
  const own = tables.find((t) => t.Associations.some((a) => a.SubnetId === subnetId));
  if (own) return own;
  const vpcId = state.ec2.subnets[subnetId]?.VpcId;
  return tables.find((t) => t.VpcId === vpcId && t.Associations.some((a) => a.Main));
}

/** The route a table sends 0.0.0.0/0 through, if any. */
export const defaultRoute = (table: RouteTable | undefined): Route | undefined =>
  table?.Routes.find((r) => r.DestinationCidrBlock === '0.0.0.0/0');

const endpointsOf = (state: Network, vpcId: string | undefined): VpcEndpoint[] =>
  Object.values(state.ec2.vpcEndpoints ?? {})
    .filter((e) => e.VpcId === vpcId)
    .sort((a, b) => a.VpcEndpointId.localeCompare(b.VpcEndpointId));

/** A one-line description of a path ("through NAT gateway nat-…"), for the workbench and narration. */
export function describePath(path: EgressPath): string {
  switch (path.via) {
    case 'nat':
      return `through NAT gateway ${path.natGatewayId}`;
    case 'igw':
      return `through internet gateway ${path.internetGatewayId} (public IP)`;
    case 'interface-endpoint':
      return `through interface endpoint ${path.vpcEndpointId}`;
    case 'gateway-endpoint':
      return `through gateway endpoint ${path.vpcEndpointId}`;
    default:
      return 'out (the sandbox does not model this account’s routes)';
  }
}

const label = (to: Destination): string => (to.kind === 'service' ? to.service : to.host);

/** Whether traffic from `from` reaches `to`, and how (see the module comment). */
export function egress(state: Network, from: Origin, to: Destination): Egress {
  if (state.ec2.routeTables === undefined) return { ok: true, path: { via: 'unmodelled' } };
  const vpcId = state.ec2.subnets[from.subnetId]?.VpcId;
  const table = routeTableOf(state, from.subnetId);
  const routeTableId = table?.RouteTableId;
  const at = routeTableId !== undefined ? { routeTableId } : {};
  if (to.kind === 'service') {
    const endpoints = endpointsOf(state, vpcId).filter((e) => e.service === to.service);
    const iface = endpoints.find(
      (e) => e.VpcEndpointType === 'Interface' && e.PrivateDnsEnabled && e.SubnetIds.length > 0,
    );
    if (iface)
      return { ok: true, path: { via: 'interface-endpoint', vpcEndpointId: iface.VpcEndpointId }, ...at };
    const gateway = endpoints.find(
      (e) =>
        e.VpcEndpointType === 'Gateway' &&
        table?.Routes.some((r) => r.DestinationPrefixListId !== undefined && r.GatewayId === e.VpcEndpointId),
    );
    if (gateway)
      return { ok: true, path: { via: 'gateway-endpoint', vpcEndpointId: gateway.VpcEndpointId }, ...at };
  }
  const route = defaultRoute(table);
  if (
    route?.State === 'active' &&
    route.NatGatewayId !== undefined &&
    state.ec2.natGateways?.[route.NatGatewayId]
  )
    return { ok: true, path: { via: 'nat', natGatewayId: route.NatGatewayId }, ...at };
  const igw = route?.GatewayId?.startsWith('igw-') ? route.GatewayId : undefined;
  if (route?.State === 'active' && igw !== undefined && state.ec2.internetGateways?.[igw]) {
    if (from.publicIp) return { ok: true, path: { via: 'igw', internetGatewayId: igw }, ...at };
    return {
      ok: false,
      why:
        `${label(to)}: route table ${routeTableId} sends 0.0.0.0/0 to internet gateway ${igw}, ` +
        'but the sender has no public IP, so nothing comes back',
      ...at,
    };
  }
  const endpointHint =
    to.kind === 'service'
      ? to.service === 's3'
        ? ' and no S3 gateway endpoint on that route table'
        : ` and no interface endpoint for ${to.service} with private DNS in ${vpcId}`
      : '';
  return {
    ok: false,
    why: `${label(to)}: route table ${routeTableId ?? '(none)'} has no way out (no 0.0.0.0/0 route)${endpointHint}`,
    ...at,
  };
}
