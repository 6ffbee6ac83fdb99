import type { Attribute, PlacementConstraint, PlacementStrategy } from './taskDefinition';
import type {
  ClusterArn,
  ContainerInstanceArn,
  InstanceId,
  SimTime,
  TaskArn,
  TaskDefinitionArn,
} from './ids';

export interface Cluster {
  readonly clusterArn: ClusterArn;
  readonly clusterName: string;
  readonly status: 'ACTIVE' | 'PROVISIONING' | 'DEPROVISIONING' | 'FAILED' | 'INACTIVE';
  readonly createdAt: SimTime;
  readonly settings: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly tags: ReadonlyArray<{ readonly key: string; readonly value: string }>;
  readonly capacityProviders: ReadonlyArray<string>;
  readonly defaultCapacityProviderStrategy: ReadonlyArray<{
    readonly capacityProvider: string;
    readonly weight?: number;
    readonly base?: number;
  }>;
}

export type ContainerInstanceStatus =
  'REGISTERING' | 'REGISTRATION_FAILED' | 'ACTIVE' | 'DRAINING' | 'DEREGISTERING' | 'INACTIVE';

/** Resources in the units ECS uses: CPU units, MiB, port numbers. */
export interface InstanceResources {
  readonly cpu: number;
  readonly memory: number;
  /** TCP ports held: reserved by the agent plus static host ports of placed tasks */
  readonly ports: ReadonlyArray<number>;
  readonly portsUdp: ReadonlyArray<number>;
  /** GPU ids (a STRINGSET in ECS); present only on instances that registered GPUs */
  readonly gpus?: ReadonlyArray<string>;
}

/**
 * An ECS account setting (PutAccountSetting / PutAccountSettingDefault). The sandbox has one principal, the
 * account's root user, so a setting for it and the account default are kept apart only by `principalArn`.
 */
export interface AccountSetting {
  readonly name: string;
  readonly value: string;
  readonly principalArn: string;
  readonly type: 'user' | 'aws_managed';
}

export interface ContainerInstance {
  readonly containerInstanceArn: ContainerInstanceArn;
  readonly clusterArn: ClusterArn;
  readonly ec2InstanceId: InstanceId;
  readonly status: ContainerInstanceStatus;
  readonly statusReason?: string;
  readonly agentConnected: boolean;
  readonly agentVersion: string;
  readonly registeredAt: SimTime;
  readonly attributes: ReadonlyArray<Attribute>;
  readonly registeredResources: InstanceResources;
  readonly remainingResources: InstanceResources;
  /** how many awsvpc task ENIs the instance can attach (instance-type ENI limit minus the primary ENI) */
  readonly eniSlots: number;
  readonly enisInUse: number;
  readonly dynamicPortRange: readonly [number, number];
  /** the last dynamic host port handed out; the agent searches sequentially from here, wrapping */
  readonly lastDynamicPort: number;
  readonly capacityProviderName?: string;
  readonly version: number;
}

export type TaskStatus =
  | 'PROVISIONING'
  | 'PENDING'
  | 'ACTIVATING'
  | 'RUNNING'
  | 'DEACTIVATING'
  | 'STOPPING'
  | 'DEPROVISIONING'
  | 'STOPPED';

export type DesiredStatus = 'RUNNING' | 'PENDING' | 'STOPPED';

export type StopCode =
  | 'TaskFailedToStart'
  | 'EssentialContainerExited'
  | 'UserInitiated'
  | 'ServiceSchedulerInitiated'
  | 'SpotInterruption'
  | 'TerminationNotice'
  | 'InfrastructureHealth';

export type HealthStatus = 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN';

export interface NetworkBinding {
  readonly bindIP: string;
  readonly containerPort: number;
  readonly hostPort: number;
  readonly protocol: 'tcp' | 'udp';
}

export interface TaskContainer {
  readonly containerArn: string;
  readonly name: string;
  readonly image: string;
  readonly lastStatus: 'PENDING' | 'RUNNING' | 'STOPPED';
  readonly exitCode?: number;
  readonly reason?: string;
  readonly healthStatus: HealthStatus;
  readonly essential: boolean;
  readonly networkBindings: ReadonlyArray<NetworkBinding>;
  readonly cpu?: string;
  readonly memory?: string;
  readonly memoryReservation?: string;
  /** the task's GPUs this container was given (its resourceRequirements GPU count, in container order) */
  readonly gpuIds?: ReadonlyArray<string>;
  readonly startedAt?: SimTime;
}

export interface TaskEni {
  readonly attachmentId: string;
  readonly subnetId: string;
  readonly privateIPv4Address: string;
  readonly macAddress: string;
  readonly networkInterfaceId: string;
  readonly status: 'PRECREATED' | 'ATTACHING' | 'ATTACHED' | 'DETACHING' | 'DELETED';
  /** the security groups of the ENI (awsvpcConfiguration.securityGroups, else the VPC's default group) */
  readonly securityGroups?: ReadonlyArray<string>;
  /** awsvpcConfiguration.assignPublicIp ENABLED (Fargate): the ENI has a public IP (network/egress.ts); absent: none */
  readonly assignPublicIp?: 'ENABLED';
}

/** A container made to exit at `at` with this code and reason, whatever its image would have done. */
/** One environment variable of a started container, with where its value came from. */
export interface ResolvedVariable {
  readonly name: string;
  readonly value: string;
  /** `environment`, an `environmentFiles` object, a `secrets` entry (Parameter Store or Secrets Manager), or the agent's own */
  readonly source: 'environment' | 'environmentFile' | 'ssm' | 'secretsmanager' | 'agent';
  /** the file's S3 ARN, the parameter's name or ARN, the secret's `valueFrom` */
  readonly from?: string;
  /** secrets are masked on screen */
  readonly secret: boolean;
}

export interface ForcedExit {
  readonly containerName: string;
  readonly at: SimTime;
  readonly exitCode: number;
  readonly reason: string;
}

export interface Task {
  readonly taskArn: TaskArn;
  readonly clusterArn: ClusterArn;
  readonly taskDefinitionArn: TaskDefinitionArn;
  readonly containerInstanceArn?: ContainerInstanceArn;
  readonly launchType: 'EC2' | 'FARGATE' | 'EXTERNAL';
  /** the capacity provider the task was launched through (FARGATE, FARGATE_SPOT or an Auto Scaling group's) */
  readonly capacityProviderName?: string;
  readonly availabilityZone: string;
  readonly lastStatus: TaskStatus;
  readonly desiredStatus: DesiredStatus;
  readonly group: string;
  readonly startedBy?: string;
  readonly cpu?: string;
  readonly memory?: string;
  /** what the task holds on its instance while placed (released when it stops) */
  readonly reserved: {
    readonly cpu: number;
    readonly memory: number;
    readonly ports: ReadonlyArray<number>;
    readonly portsUdp: ReadonlyArray<number>;
    readonly eni: boolean;
    /** how many GPUs the task needs (resourceRequirements GPU, summed over containers) */
    readonly gpus?: number;
    /** the GPU ids placement assigned it (held until the task stops) */
    readonly gpuIds?: ReadonlyArray<string>;
  };
  readonly containers: ReadonlyArray<TaskContainer>;
  readonly eni?: TaskEni;
  readonly platformVersion?: string;
  readonly healthStatus: HealthStatus;
  readonly createdAt: SimTime;
  readonly pullStartedAt?: SimTime;
  readonly pullStoppedAt?: SimTime;
  readonly startedAt?: SimTime;
  readonly connectivityAt?: SimTime;
  readonly stoppingAt?: SimTime;
  readonly executionStoppedAt?: SimTime;
  readonly stoppedAt?: SimTime;
  readonly stopCode?: StopCode;
  readonly stoppedReason?: string;
  readonly overrides: Readonly<Record<string, unknown>>;
  readonly tags: ReadonlyArray<{ readonly key: string; readonly value: string }>;
  readonly placementConstraints: ReadonlyArray<PlacementConstraint>;
  readonly placementStrategy: ReadonlyArray<PlacementStrategy>;
  /** id of the PlacementTrace that put the task where it is (EC2 tasks) */
  readonly traceId?: string;
  /**
   * a task waiting in PROVISIONING for room through its Auto Scaling group capacity provider
   * (capacityProviders/provisioning.ts): since when, the awsvpc subnets to use, and the placement strategies
   */
  readonly waiting?: {
    readonly since: SimTime;
    readonly subnets?: ReadonlyArray<string>;
    readonly strategies: ReadonlyArray<PlacementStrategy>;
  };
  /** containers made to exit from outside their image's program (sim ExitContainer); planned in by the lifecycle */
  readonly forcedExits?: ReadonlyArray<ForcedExit>;
  /**
   * each container's environment as the container saw it when it started (startup/config.ts): secrets and
   * environment files are read once, at start, so a rotated secret shows here only in tasks started after it
   */
  readonly containerConfig?: Readonly<Record<string, ReadonlyArray<ResolvedVariable>>>;
  /**
   * not an AWS field: why the task's start-up work failed (startup/*), found when it entered PENDING; the
   * lifecycle stops it with this stoppedReason (TaskFailedToStart) when its pull would have ended
   */
  readonly startFailure?: { readonly container?: string; readonly message: string };
  /** not an AWS field: the catalog image each private ECR image runs as (its pushed sourceImage), by container */
  readonly runImages?: Readonly<Record<string, string>>;
  readonly version: number;
}
