import type { ClusterArn, ContainerInstanceArn, InstanceId, SimTime } from './ids';

export interface Vpc {
  readonly VpcId: string;
  readonly CidrBlock: string;
  readonly IsDefault: boolean;
}

export interface Subnet {
  readonly SubnetId: string;
  readonly VpcId: string;
  readonly AvailabilityZone: string;
  readonly CidrBlock: string;
  readonly DefaultForAz: boolean;
  readonly MapPublicIpOnLaunch: boolean;
  /** next host number handed out in this subnet (private IPs are assigned sequentially) */
  readonly nextHost: number;
  /** host numbers given back when their ENI was deleted, handed out again before `nextHost` (tasks/eni.ts) */
  readonly freedHosts?: ReadonlyArray<number>;
}

export type InstanceStateName =
  'pending' | 'running' | 'shutting-down' | 'terminated' | 'stopping' | 'stopped';

/** What the simulated ECS agent on an instance is doing. Not an AWS shape: the learner sees it in the UI. */
export type AgentPhase =
  | { readonly phase: 'none' } // the AMI has no ECS agent
  | { readonly phase: 'booting'; readonly registerAt: SimTime }
  | { readonly phase: 'no-credentials'; readonly detail: string }
  | { readonly phase: 'waiting-for-cluster'; readonly detail: string }
  /** the agent's configuration (ecs.config from user data) is invalid, so it does not start */
  | { readonly phase: 'config-error'; readonly detail: string }
  | { readonly phase: 'registered'; readonly containerInstanceArn: ContainerInstanceArn }
  | { readonly phase: 'stopped' };

export interface AgentConfig {
  /** ECS_CLUSTER from user data; 'default' when absent */
  readonly cluster: string;
  /** ECS_INSTANCE_ATTRIBUTES (JSON object of name → value) */
  readonly attributes: Readonly<Record<string, string>>;
  /** ECS_RESERVED_MEMORY in MiB */
  readonly reservedMemory: number;
  readonly reservedPorts: ReadonlyArray<number>;
  readonly reservedPortsUdp: ReadonlyArray<number>;
  /** ECS_DYNAMIC_HOST_PORT_RANGE */
  readonly dynamicPortRange: readonly [number, number];
  /** ECS_AVAILABLE_LOGGING_DRIVERS */
  readonly loggingDrivers: ReadonlyArray<string>;
  /** ECS_ENABLE_SPOT_INSTANCE_DRAINING: on a Spot interruption notice the agent sets the instance DRAINING */
  readonly spotInstanceDraining?: boolean;
}

export interface Ec2Instance {
  readonly InstanceId: InstanceId;
  /** the RunInstances call that launched it (DescribeInstances groups by it) */
  readonly ReservationId?: string;
  readonly ImageId: string;
  readonly InstanceType: string;
  readonly AvailabilityZone: string;
  readonly SubnetId: string;
  readonly VpcId: string;
  readonly PrivateIpAddress: string;
  /** set at launch in a subnet that maps public IPs (or with AssociatePublicIpAddress); shown while running */
  readonly PublicIpAddress?: string;
  /** the security groups of its primary network interface; absent on records staged without a launch */
  readonly SecurityGroupIds?: ReadonlyArray<string>;
  readonly State: InstanceStateName;
  readonly LaunchTime: SimTime;
  /** instance profile name, if any */
  readonly IamInstanceProfile?: string;
  readonly UserData?: string;
  readonly Tags: ReadonlyArray<{ readonly Key: string; readonly Value: string }>;
  readonly agentConfig?: AgentConfig;
  /**
   * Not an AWS field: set when the agent registered without reading anything from user data because
   * cloud-init did not run it (or the sandbox does not simulate its format); the map shows it.
   */
  readonly userDataNote?: string;
  readonly agent: AgentPhase;
  readonly clusterArn?: ClusterArn;
  /** `spot` for a Spot Instance (RunInstances InstanceMarketOptions.MarketType spot); absent for On-Demand */
  readonly InstanceLifecycle?: 'spot';
  /** not an AWS field: when EC2 gave this Spot Instance its two-minute interruption notice (sim InterruptSpot) */
  readonly spotInterruptionAt?: SimTime;
}

export interface InstanceTypeInfo {
  readonly InstanceType: string;
  readonly VCpus: number;
  /** nominal memory in MiB, as DescribeInstanceTypes reports it */
  readonly MemoryMiB: number;
  readonly MaxEnis: number;
  readonly IPv4PerEni: number;
  readonly Architecture: 'x86_64' | 'arm64';
}

/**
 * One route of a route table. The sandbox's targets: `local` (the VPC's own range), an internet gateway
 * (`GatewayId` igw-…), a NAT gateway (`NatGatewayId` nat-…) and, for a gateway endpoint, the service's prefix
 * list sent to the endpoint (`DestinationPrefixListId` pl-…, `GatewayId` vpce-…), which EC2 adds itself.
 */
export interface Route {
  readonly DestinationCidrBlock?: string;
  readonly DestinationPrefixListId?: string;
  readonly GatewayId?: string;
  readonly NatGatewayId?: string;
  readonly Origin: 'CreateRouteTable' | 'CreateRoute';
  readonly State: 'active' | 'blackhole';
}

/** A route table's link to a subnet, or (`Main`) to its VPC: subnets without their own link use the main table. */
export interface RouteTableAssociation {
  readonly RouteTableAssociationId: string;
  readonly RouteTableId: string;
  readonly Main: boolean;
  readonly SubnetId?: string;
}

export interface RouteTable {
  readonly RouteTableId: string;
  readonly VpcId: string;
  readonly Routes: ReadonlyArray<Route>;
  readonly Associations: ReadonlyArray<RouteTableAssociation>;
}

export interface InternetGateway {
  readonly InternetGatewayId: string;
  /** the VPC it is attached to */
  readonly VpcId: string;
}

export interface NatGateway {
  readonly NatGatewayId: string;
  readonly VpcId: string;
  readonly SubnetId: string;
  readonly PrivateIp: string;
  readonly PublicIp: string;
  readonly AllocationId: string;
  readonly NetworkInterfaceId: string;
  readonly CreateTime: number;
}

/** The AWS services the sandbox knows an endpoint for (`com.amazonaws.<region>.<service>`). */
export type EndpointService =
  | 'ecr.api'
  | 'ecr.dkr'
  | 's3'
  | 'logs'
  | 'secretsmanager'
  | 'ssm'
  | 'ssmmessages'
  | 'ecs'
  | 'ecs-agent'
  | 'ecs-telemetry'
  | 'sts';

export interface VpcEndpoint {
  readonly VpcEndpointId: string;
  readonly VpcEndpointType: 'Interface' | 'Gateway';
  readonly VpcId: string;
  /** `com.amazonaws.us-east-1.ecr.dkr` */
  readonly ServiceName: string;
  readonly service: EndpointService;
  /** Gateway endpoints: the route tables that send the service's prefix list to it */
  readonly RouteTableIds: ReadonlyArray<string>;
  /** Interface endpoints: one endpoint network interface per subnet */
  readonly SubnetIds: ReadonlyArray<string>;
  readonly NetworkInterfaceIds: ReadonlyArray<string>;
  readonly SecurityGroupIds: ReadonlyArray<string>;
  readonly PrivateDnsEnabled: boolean;
  readonly PolicyDocument?: string;
  readonly CreationTimestamp: number;
}
