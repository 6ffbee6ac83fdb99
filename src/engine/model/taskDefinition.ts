import type { SimTime, TaskDefinitionArn } from './ids';

/** ECS shapes, spelled as the ECS API spells them (camelCase). Only the members the simulator reads are typed
 * precisely; the rest pass through as registered. */
export type NetworkMode = 'bridge' | 'host' | 'awsvpc' | 'none';
export type Compatibility = 'EC2' | 'FARGATE' | 'EXTERNAL' | 'MANAGED_INSTANCES';

export interface KeyValuePair {
  readonly name?: string;
  readonly value?: string;
}

export interface PortMapping {
  readonly containerPort?: number;
  readonly hostPort?: number;
  readonly protocol?: 'tcp' | 'udp';
  readonly name?: string;
  readonly appProtocol?: 'http' | 'http2' | 'grpc';
  readonly containerPortRange?: string;
}

export interface HealthCheck {
  readonly command: ReadonlyArray<string>;
  readonly interval?: number;
  readonly timeout?: number;
  readonly retries?: number;
  readonly startPeriod?: number;
}

export interface ContainerDependency {
  readonly containerName: string;
  readonly condition: 'START' | 'COMPLETE' | 'SUCCESS' | 'HEALTHY';
}

/** The log drivers a task definition may name (the AWS model's LogDriver enum). */
export type LogDriver =
  'json-file' | 'syslog' | 'journald' | 'gelf' | 'fluentd' | 'awslogs' | 'splunk' | 'awsfirelens';

export interface LogConfiguration {
  readonly logDriver: LogDriver;
  readonly options?: Readonly<Record<string, string>>;
  readonly secretOptions?: ReadonlyArray<{ readonly name: string; readonly valueFrom: string }>;
}

export interface ContainerDefinition {
  readonly name: string;
  readonly image: string;
  readonly cpu?: number;
  readonly memory?: number;
  readonly memoryReservation?: number;
  readonly essential?: boolean;
  readonly portMappings?: ReadonlyArray<PortMapping>;
  readonly command?: ReadonlyArray<string>;
  readonly entryPoint?: ReadonlyArray<string>;
  readonly environment?: ReadonlyArray<KeyValuePair>;
  readonly secrets?: ReadonlyArray<{ readonly name: string; readonly valueFrom: string }>;
  readonly dependsOn?: ReadonlyArray<ContainerDependency>;
  readonly healthCheck?: HealthCheck;
  readonly logConfiguration?: LogConfiguration;
  readonly links?: ReadonlyArray<string>;
  readonly hostname?: string;
  readonly stopTimeout?: number;
  readonly startTimeout?: number;
  readonly resourceRequirements?: ReadonlyArray<{ readonly type: string; readonly value: string }>;
  readonly [member: string]: unknown;
}

export interface PlacementConstraint {
  readonly type: 'memberOf' | 'distinctInstance';
  readonly expression?: string;
}

export interface PlacementStrategy {
  readonly type: 'binpack' | 'spread' | 'random';
  readonly field?: string;
}

export interface Attribute {
  readonly name: string;
  readonly value?: string;
  readonly targetType?: 'container-instance';
  readonly targetId?: string;
}

export type TaskDefinitionStatus = 'ACTIVE' | 'INACTIVE' | 'DELETE_IN_PROGRESS';

/** A registered task definition as stored. Timestamps are virtual seconds; outputs convert them to ISO strings. */
export interface TaskDefinition {
  readonly taskDefinitionArn: TaskDefinitionArn;
  readonly family: string;
  readonly revision: number;
  readonly status: TaskDefinitionStatus;
  readonly containerDefinitions: ReadonlyArray<ContainerDefinition>;
  readonly networkMode: NetworkMode;
  readonly requiresCompatibilities?: ReadonlyArray<Compatibility>;
  readonly compatibilities: ReadonlyArray<Compatibility>;
  readonly requiresAttributes: ReadonlyArray<Attribute>;
  readonly placementConstraints: ReadonlyArray<PlacementConstraint>;
  readonly volumes: ReadonlyArray<Readonly<Record<string, unknown>>>;
  /** normalized to an integer string of CPU units, as ECS stores it */
  readonly cpu?: string;
  /** normalized to an integer string of MiB */
  readonly memory?: string;
  readonly taskRoleArn?: string;
  readonly executionRoleArn?: string;
  readonly pidMode?: string;
  readonly ipcMode?: string;
  readonly runtimePlatform?: { readonly cpuArchitecture?: string; readonly operatingSystemFamily?: string };
  readonly ephemeralStorage?: { readonly sizeInGiB: number };
  readonly tags?: ReadonlyArray<{ readonly key: string; readonly value: string }>;
  readonly registeredAt: SimTime;
  readonly deregisteredAt?: SimTime;
  readonly registeredBy?: string;
  readonly [member: string]: unknown;
}
