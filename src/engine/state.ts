import { seedState } from '../lib/rng';
import { startingLogGroups } from './logs/initial';
import type { AccountSetting, Cluster, ContainerInstance, Task } from './model/ecs';
import type {
  Ec2Instance,
  InternetGateway,
  NatGateway,
  RouteTable,
  Subnet,
  Vpc,
  VpcEndpoint,
} from './model/ec2';
import type { AuthorizedCall, IamRole, InstanceProfile } from './model/iam';
import { EC2_CONTAINER_SERVICE_ROLE_POLICY, TASK_EXECUTION_ROLE_POLICY } from './iam/corePolicies';
import { trustPolicyFor } from './iam/roles';
import type { LogGroup } from './model/logs';
import type {
  EcrRepository,
  EfsAccessPoint,
  EfsFileSystem,
  EfsMountTarget,
  S3Bucket,
  Secret,
  SsmParameter,
  StoredFile,
} from './model/storage';
import type { Listener, ListenerRule, LoadBalancer, RegisteredTarget, TargetGroup } from './model/elbv2';
import type { SimEvent } from './model/events';
import type { Timer } from './model/timers';
import type { PlacementTrace } from './model/trace';
import type { Service } from './model/service';
import type { TaskDefinition } from './model/taskDefinition';
import type { ServiceLoad } from './model/load';
import type { MetricAlarm, MetricSeries } from './model/cloudwatch';
import type {
  ScalableTarget,
  ScalingActivityRecord,
  ScalingPolicyRecord,
  ScheduledActionRecord,
} from './model/applicationAutoScaling';
import type { AsgActivity, AsgPolicy, AutoScalingGroup, LaunchTemplate } from './model/autoscaling';
import type { CapacityProvider } from './model/capacityProvider';
import type { ServiceDiscoveryState } from './model/serviceConnect';

export const ACCOUNT_ID = '123456789012';
export const REGION = 'us-east-1';
export const DEFAULT_START_TIME = '2026-01-01T00:00:00Z';

/**
 * The whole simulated account: plain, serializable data. Tables are records keyed by id or ARN whose values are
 * replaced, never mutated. Inside the engine every write goes through a `Tx`; outside it is read-only.
 */
export interface SimState {
  readonly seed: number;
  /** epoch seconds of virtual time 0 */
  readonly startEpoch: number;
  readonly accountId: string;
  readonly region: string;
  readonly clock: { now: number; rng: number; seq: number };
  readonly ec2: {
    readonly vpcs: Record<string, Vpc>;
    readonly subnets: Record<string, Subnet>;
    readonly instances: Record<string, Ec2Instance>;
    /** keyed by LaunchTemplateId */
    readonly launchTemplates: Record<string, LaunchTemplate>;
    /**
     * the way out of each subnet (network/egress.ts), keyed by id. Optional only for states built by hand in
     * tests and saved before they existed: initialState always has them, and a state without them lets every
     * subnet reach everything, as the sandbox did before it modelled routes.
     */
    readonly routeTables?: Record<string, RouteTable>;
    readonly internetGateways?: Record<string, InternetGateway>;
    readonly natGateways?: Record<string, NatGateway>;
    readonly vpcEndpoints?: Record<string, VpcEndpoint>;
  };
  readonly iam: {
    /** keyed by RoleName */
    readonly roles: Record<string, IamRole>;
    readonly instanceProfiles: Record<string, InstanceProfile>;
    /** calls made on someone's behalf with a role (or none), keyed by `callKey(id)` (iam/calls.ts); bounded */
    readonly calls: Record<string, AuthorizedCall>;
  };
  /** Parameter Store parameters keyed by name (with its leading slash when it has one) */
  readonly ssm: { readonly parameters: Record<string, SsmParameter> };
  /** Secrets Manager secrets keyed by ARN */
  readonly secretsManager: { readonly secrets: Record<string, Secret> };
  /** S3 buckets keyed by name */
  readonly s3: { readonly buckets: Record<string, S3Bucket> };
  /** private ECR repositories keyed by repositoryName */
  readonly ecr: { readonly repositories: Record<string, EcrRepository> };
  /** EFS: file systems, mount targets and access points keyed by their ids */
  readonly efs: {
    readonly fileSystems: Record<string, EfsFileSystem>;
    readonly mountTargets: Record<string, EfsMountTarget>;
    readonly accessPoints: Record<string, EfsAccessPoint>;
  };
  /** the sandbox's file view: `files[location][path]` (model/storage.ts says what a location is) */
  readonly files: Record<string, Readonly<Record<string, StoredFile>>>;
  /** CloudWatch Logs groups keyed by logGroupName */
  readonly logs: { readonly groups: Record<string, LogGroup> };
  readonly ecs: {
    readonly clusters: Record<string, Cluster>;
    readonly taskDefinitions: Record<string, TaskDefinition>;
    /** the last revision number ever handed out per family (never reused) */
    readonly families: Record<string, number>;
    readonly containerInstances: Record<string, ContainerInstance>;
    readonly tasks: Record<string, Task>;
    /** keyed by service ARN */
    readonly services: Record<string, Service>;
    /** the Auto Scaling group providers, keyed by name (FARGATE and FARGATE_SPOT are built in, not stored) */
    readonly capacityProviders: Record<string, CapacityProvider>;
    /**
     * account settings (network/accountSettings.ts) keyed by `<principalArn>|<name>`; optional only for states
     * built by hand in tests: initialState always has it
     */
    readonly accountSettings?: Record<string, AccountSetting>;
  };
  readonly elbv2: {
    readonly loadBalancers: Record<string, LoadBalancer>;
    readonly targetGroups: Record<string, TargetGroup>;
    readonly listeners: Record<string, Listener>;
    /** the listeners' rules other than their default ones, keyed by rule ARN */
    readonly rules: Record<string, ListenerRule>;
    /** keyed by `targetKey(targetGroupArn, id, port)` (elbv2/names.ts) */
    readonly targets: Record<string, RegisteredTarget>;
  };
  /** CloudWatch: 1-minute metric series keyed by `metricKey` (cloudwatch/metrics.ts), alarms keyed by name */
  readonly cloudwatch: {
    readonly metrics: Record<string, MetricSeries>;
    readonly alarms: Record<string, MetricAlarm>;
  };
  /** Application Auto Scaling for ECS services: targets keyed by ResourceId; the rest keyed by ARN or id */
  readonly applicationAutoScaling: {
    readonly targets: Record<string, ScalableTarget>;
    readonly policies: Record<string, ScalingPolicyRecord>;
    readonly scheduledActions: Record<string, ScheduledActionRecord>;
    readonly activities: Record<string, ScalingActivityRecord>;
  };
  /** EC2 Auto Scaling: groups keyed by name; policies by ARN; activities by id */
  readonly autoscaling: {
    readonly groups: Record<string, AutoScalingGroup>;
    readonly policies: Record<string, AsgPolicy>;
    readonly activities: Record<string, AsgActivity>;
  };
  /** Cloud Map namespaces, and the service-to-service calls the sandbox plays (Service Connect, serviceConnect/*) */
  readonly serviceDiscovery: ServiceDiscoveryState;
  /** The sandbox's own inputs: the load each service receives (sim SetLoad), keyed by service ARN */
  readonly load: Record<string, ServiceLoad>;
  /** whether the minute clock runs (scaling/minute.ts): metrics, alarms and scaling act once a minute */
  readonly minuteClock: { running: boolean };
  /** Availability Zones failed by sim FailAvailabilityZone, with the time they failed */
  readonly failedZones: Record<string, number>;
  readonly traces: Record<string, PlacementTrace>;
  /** pending work, a binary min-heap on (at, seq) */
  readonly timers: Timer[];
  readonly events: SimEvent[];
  /** how much of the past the engine has let go of (retention.ts: the event log and traces are bounded) */
  readonly retention: {
    droppedEvents: number;
    droppedTraces: number;
    /** how many calls iam/calls.ts has recorded, ever (the id of the newest; `state.iam.calls` keeps the newest) */
    callsRecorded?: number;
  };
}

const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'] as const;

/** The starting account's internet gateway, NAT gateway and main route table (DescribeRouteTables shows them). */
export const STARTING_IGW = 'igw-0a1b2c3d4e5f60718';
export const STARTING_NAT = 'nat-0a1b2c3d4e5f60718';
export const STARTING_MAIN_RTB = 'rtb-0a1b2c3d4e5f60718';

/**
 * The default VPC's way out. Real default VPCs route 0.0.0.0/0 to their internet gateway; the sandbox's
 * starting account routes it to a NAT gateway instead, so tasks without a public IP pull images as they always
 * did in the sandbox (the sandbox's model; the NAT gateway's own subnet and its route are not checked).
 */
function startingNetwork(vpcId: string, natSubnetId: string) {
  return {
    routeTables: {
      [STARTING_MAIN_RTB]: {
        RouteTableId: STARTING_MAIN_RTB,
        VpcId: vpcId,
        Routes: [
          {
            DestinationCidrBlock: '172.31.0.0/16',
            GatewayId: 'local',
            Origin: 'CreateRouteTable',
            State: 'active',
          },
          {
            DestinationCidrBlock: '0.0.0.0/0',
            NatGatewayId: STARTING_NAT,
            Origin: 'CreateRoute',
            State: 'active',
          },
        ],
        Associations: [
          {
            RouteTableAssociationId: 'rtbassoc-0a1b2c3d4e5f60718',
            RouteTableId: STARTING_MAIN_RTB,
            Main: true,
          },
        ],
      },
    } satisfies Record<string, RouteTable>,
    internetGateways: { [STARTING_IGW]: { InternetGatewayId: STARTING_IGW, VpcId: vpcId } },
    natGateways: {
      [STARTING_NAT]: {
        NatGatewayId: STARTING_NAT,
        VpcId: vpcId,
        SubnetId: natSubnetId,
        PrivateIp: '172.31.0.5',
        PublicIp: '3.215.10.20',
        AllocationId: 'eipalloc-0a1b2c3d4e5f60718',
        NetworkInterfaceId: 'eni-0a1b2c3d4e5f6071a',
        CreateTime: 0,
      },
    } satisfies Record<string, NatGateway>,
    vpcEndpoints: {} as Record<string, VpcEndpoint>,
  };
}

/** An account as a learner has it after the ECS console's first run: default VPC, three subnets, two roles. */
export function initialState(seed: number, startTime: string = DEFAULT_START_TIME): SimState {
  const vpcId = 'vpc-0a1b2c3d4e5f60718';
  const subnets: Record<string, Subnet> = {};
  AZS.forEach((az, i) => {
    const id = `subnet-0${(i + 1).toString(16)}a2b3c4d5e6f7a8b${i}`;
    subnets[id] = {
      SubnetId: id,
      VpcId: vpcId,
      AvailabilityZone: az,
      CidrBlock: `172.31.${i * 16}.0/20`,
      DefaultForAz: true,
      MapPublicIpOnLaunch: true,
      nextHost: 10,
    };
  });
  const role = (name: string, roleId: string, service: string, policyArn: string): IamRole => ({
    RoleName: name,
    RoleId: roleId,
    Arn: `arn:aws:iam::${ACCOUNT_ID}:role/${name}`,
    Path: '/',
    CreateDate: 0,
    MaxSessionDuration: 3600,
    AssumeRolePolicyDocument: trustPolicyFor(service),
    attachedPolicyArns: [policyArn],
    inlinePolicies: {},
  });
  return {
    seed,
    startEpoch: Math.floor(Date.parse(startTime) / 1000),
    accountId: ACCOUNT_ID,
    region: REGION,
    clock: { now: 0, rng: seedState(seed), seq: 0 },
    ec2: {
      vpcs: { [vpcId]: { VpcId: vpcId, CidrBlock: '172.31.0.0/16', IsDefault: true } },
      subnets,
      instances: {},
      launchTemplates: {},
      ...startingNetwork(vpcId, Object.keys(subnets)[0]!),
    },
    iam: {
      roles: {
        ecsInstanceRole: role(
          'ecsInstanceRole',
          'AROAECSINSTANCEROLE01',
          'ec2.amazonaws.com',
          EC2_CONTAINER_SERVICE_ROLE_POLICY,
        ),
        ecsTaskExecutionRole: role(
          'ecsTaskExecutionRole',
          'AROAECSTASKEXECROLE01',
          'ecs-tasks.amazonaws.com',
          TASK_EXECUTION_ROLE_POLICY,
        ),
      },
      instanceProfiles: {
        ecsInstanceRole: {
          InstanceProfileName: 'ecsInstanceRole',
          Arn: `arn:aws:iam::${ACCOUNT_ID}:instance-profile/ecsInstanceRole`,
          roleName: 'ecsInstanceRole',
        },
      },
      calls: {},
    },
    ssm: { parameters: {} },
    secretsManager: { secrets: {} },
    s3: { buckets: {} },
    ecr: { repositories: {} },
    efs: { fileSystems: {}, mountTargets: {}, accessPoints: {} },
    files: {},
    // the starting account's log groups (logs/initial.ts)
    logs: { groups: startingLogGroups(ACCOUNT_ID, REGION, Math.floor(Date.parse(startTime) / 1000)) },
    ecs: {
      clusters: {},
      taskDefinitions: {},
      families: {},
      containerInstances: {},
      tasks: {},
      services: {},
      capacityProviders: {},
      accountSettings: {},
    },
    elbv2: { loadBalancers: {}, targetGroups: {}, listeners: {}, rules: {}, targets: {} },
    cloudwatch: { metrics: {}, alarms: {} },
    applicationAutoScaling: { targets: {}, policies: {}, scheduledActions: {}, activities: {} },
    autoscaling: { groups: {}, policies: {}, activities: {} },
    serviceDiscovery: { namespaces: {}, traffic: {}, calls: {}, clock: { running: false } },
    load: {},
    minuteClock: { running: false },
    failedZones: {},
    traces: {},
    timers: [],
    events: [],
    retention: { droppedEvents: 0, droppedTraces: 0 },
  };
}
