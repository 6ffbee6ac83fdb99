import type { ServiceConnectSettings } from './serviceConnect';
import type { ClusterArn, SimTime, TaskArn, TaskDefinitionArn } from './ids';
import type { PlacementConstraint, PlacementStrategy } from './taskDefinition';
import type { CapacityProviderStrategyItem } from './capacityProvider';

/** An ECS service's ARN: `arn:aws:ecs:REGION:ACCOUNT:service/CLUSTER/NAME`. */
export type ServiceArn = string & { readonly __brand: 'ServiceArn' };

export interface AwsvpcConfiguration {
  readonly subnets: ReadonlyArray<string>;
  readonly securityGroups?: ReadonlyArray<string>;
  readonly assignPublicIp?: 'ENABLED' | 'DISABLED';
}

export interface ServiceNetworkConfiguration {
  readonly awsvpcConfiguration?: AwsvpcConfiguration;
}

/** The circuit breaker as the service was given it (ecs-reference §5.6). */
export interface CircuitBreakerConfiguration {
  readonly enable: boolean;
  readonly rollback: boolean;
  readonly resetOnHealthyTask?: boolean;
  readonly thresholdConfiguration?: {
    readonly type: 'COUNT' | 'BOUNDED_PERCENT' | 'UNBOUNDED_PERCENT';
    readonly value: number;
  };
}

/** The rolling-update configuration with the defaults filled in (ecs-reference §5.3). */
export interface ServiceDeploymentConfiguration {
  readonly minimumHealthyPercent: number;
  readonly maximumPercent: number;
  readonly deploymentCircuitBreaker: CircuitBreakerConfiguration;
  /** the members of the request the sandbox keeps but does not act on (alarms, strategy, bake time…) */
  readonly unsimulated: Readonly<Record<string, unknown>>;
  /** BLUE_GREEN, LINEAR or CANARY with their settings resolved (absent: ROLLING); see services/blueGreen.ts */
  readonly shift?: ShiftConfiguration;
}

/** The strategies of the ECS controller that shift traffic between two target groups. */
export type ShiftStrategy = 'BLUE_GREEN' | 'LINEAR' | 'CANARY';

/** A blue/green-family deployment configuration with its defaults filled in (minutes as AWS gives them). */
export interface ShiftConfiguration {
  readonly strategy: ShiftStrategy;
  readonly bakeTimeInMinutes: number;
  /** LINEAR: the production share moved each step, and the wait after each step but the last */
  readonly stepPercent?: number;
  readonly stepBakeTimeInMinutes?: number;
  /** CANARY: the first share, and the wait before the rest */
  readonly canaryPercent?: number;
  readonly canaryBakeTimeInMinutes?: number;
  /** `deploymentConfiguration.alarms` (empty names: none watched) */
  readonly alarms: {
    readonly alarmNames: ReadonlyArray<string>;
    readonly enable: boolean;
    readonly rollback: boolean;
  };
}

/** The lifecycle stages of a blue/green-family deployment (ServiceDeployment `lifecycleStage`). */
export type LifecycleStage =
  | 'RECONCILE_SERVICE'
  | 'PRE_SCALE_UP'
  | 'SCALE_UP'
  | 'POST_SCALE_UP'
  | 'TEST_TRAFFIC_SHIFT'
  | 'POST_TEST_TRAFFIC_SHIFT'
  | 'PRODUCTION_TRAFFIC_SHIFT'
  | 'POST_PRODUCTION_TRAFFIC_SHIFT'
  | 'BAKE_TIME'
  | 'CLEAN_UP';

/** Where a blue/green-family deployment is: its stage, the traffic on green, and why it was rolled back. */
export interface DeploymentShift {
  readonly strategy: ShiftStrategy;
  readonly lifecycleStage: LifecycleStage;
  /** percent of production traffic on this (green) deployment's target groups */
  readonly productionPercent: number;
  /** whether the test listener sends its traffic to green */
  readonly testOnGreen: boolean;
  /** when the current wait (canary or step bake, bake time) ends */
  readonly waitUntil?: number;
  /** the deployment it replaces (blue) */
  readonly blueId: string;
  /** the highest production share green had during this deployment */
  readonly peakPercent: number;
  /** set when ECS rolled the deployment back: why */
  readonly rollbackReason?: string;
}

export type RolloutState = 'COMPLETED' | 'FAILED' | 'IN_PROGRESS';

/** What a deployment runs: the part of a service that, when changed, starts a new deployment. */
export interface DeploymentSpec {
  readonly taskDefinition: TaskDefinitionArn;
  readonly launchType: 'EC2' | 'FARGATE';
  /** the strategy the deployment's tasks are launched with (their launchType follows from its providers) */
  readonly capacityProviderStrategy?: ReadonlyArray<CapacityProviderStrategyItem>;
  readonly platformVersion?: string;
  readonly networkConfiguration?: ServiceNetworkConfiguration;
}

/**
 * One deployment of a service (`deployments[]`). Counts of tasks are not stored: they are read off the task
 * table when the service is shown. The first deployment of the list is the PRIMARY one.
 */
export interface ServiceDeployment extends DeploymentSpec {
  /** `ecs-svc/<19 digits>`; the `startedBy` of every task the deployment starts */
  readonly id: string;
  readonly createdAt: SimTime;
  readonly updatedAt: SimTime;
  readonly rolloutState: RolloutState;
  readonly rolloutStateReason: string;
  /** consecutive task failures the circuit breaker counts (ecs-reference §5.6) */
  readonly failedTasks: number;
  /** a task of this deployment has been healthy: from then on failures are no longer counted */
  readonly healthySeen: boolean;
  /** its Service Connect settings (serviceConnect/configure.ts): its tasks get the proxy */
  readonly serviceConnect?: ServiceConnectSettings;
  /**
   * blue/green family: per `loadBalancers[].targetGroupArn`, the target group this deployment's tasks join
   * (the primary one or its `alternateTargetGroupArn`); absent: the primary one
   */
  readonly targetGroups?: Readonly<Record<string, string>>;
  /** blue/green family: the traffic shift of this deployment (absent for the first one and for ROLLING) */
  readonly shift?: DeploymentShift;
}

export interface ServiceEventRecord {
  readonly id: string;
  readonly createdAt: SimTime;
  readonly message: string;
}

/** `loadBalancers[].advancedConfiguration`: the second target group and listeners of a blue/green service. */
export interface AdvancedLoadBalancerConfiguration {
  readonly alternateTargetGroupArn?: string;
  readonly productionListenerRule?: string;
  readonly testListenerRule?: string;
  readonly roleArn?: string;
}

export interface ServiceLoadBalancer {
  readonly targetGroupArn?: string;
  readonly advancedConfiguration?: AdvancedLoadBalancerConfiguration;
  readonly loadBalancerName?: string;
  readonly containerName?: string;
  readonly containerPort?: number;
}

export interface Service {
  readonly serviceArn: ServiceArn;
  readonly serviceName: string;
  readonly clusterArn: ClusterArn;
  readonly status: 'ACTIVE' | 'DRAINING' | 'INACTIVE';
  readonly schedulingStrategy: 'REPLICA' | 'DAEMON';
  /** REPLICA: what the scheduler keeps running; DAEMON: worked out from the instances at each reconcile */
  readonly desiredCount: number;
  readonly deploymentConfiguration: ServiceDeploymentConfiguration;
  readonly placementConstraints: ReadonlyArray<PlacementConstraint>;
  readonly placementStrategy: ReadonlyArray<PlacementStrategy>;
  readonly healthCheckGracePeriodSeconds: number;
  readonly loadBalancers: ReadonlyArray<ServiceLoadBalancer>;
  readonly tags: ReadonlyArray<{ readonly key: string; readonly value: string }>;
  readonly propagateTags: 'TASK_DEFINITION' | 'SERVICE' | 'NONE';
  readonly enableECSManagedTags: boolean;
  readonly enableExecuteCommand: boolean;
  readonly availabilityZoneRebalancing: 'ENABLED' | 'DISABLED';
  readonly createdAt: SimTime;
  /** newest first */
  readonly deployments: ReadonlyArray<ServiceDeployment>;
  /** what the last COMPLETED deployment ran: where a circuit-breaker rollback goes back to */
  readonly lastCompleted?: DeploymentSpec & { readonly id: string };
  /** newest first, at most 100 (ecs-reference §5.1) */
  readonly events: ReadonlyArray<ServiceEventRecord>;
  /** the steady-state event was given for the service as it is now (cleared by any start or stop) */
  readonly steady: boolean;
  /** tasks that stopped in a row without reaching RUNNING (the throttle, ecs-reference §5.7) */
  readonly launchFailures: number;
  /** no task is started before this time (the throttle) */
  readonly throttledUntil?: SimTime;
  /**
   * tasks the scheduler is stopping whose load balancer targets drain first: each stops at `until` (the
   * deregistration delay, ecs-reference §5.8) with `reason`
   */
  readonly draining?: ReadonlyArray<{
    readonly taskArn: TaskArn;
    readonly until: SimTime;
    readonly reason: string;
  }>;
  /** when the scheduler's next wake-up is due (one is enough) */
  readonly wakeAt?: SimTime;
  /** members of the request the sandbox keeps without acting on them, shown back as given */
  readonly unsimulated: Readonly<Record<string, unknown>>;
}
