import type {
  ClusterArn,
  ContainerInstanceArn,
  InstanceId,
  SimTime,
  TaskArn,
  TaskDefinitionArn,
} from './ids';
import type { StopCode, TaskStatus } from './ecs';
import type { AlarmState } from './cloudwatch';
import type { LoadShape } from './load';
import type { TargetGroupArn, TargetHealthReason, TargetHealthState } from './elbv2';

/** The engine's log: every decision is a typed fact. The map, the narrated log, goals and charts read it. */
export type SimEvent =
  | AutoScalingEvent
  /** a task launched through an Auto Scaling group capacity provider found no room and waits (capacityProviders/) */
  | {
      readonly type: 'TaskProvisioning';
      readonly at: SimTime;
      readonly taskArn: TaskArn;
      readonly capacityProvider: string;
    }
  /** a capacity provider's managed scaling set its Auto Scaling group's desired capacity (capacityProviders/) */
  | {
      readonly type: 'ManagedScalingAction';
      readonly at: SimTime;
      readonly capacityProvider: string;
      readonly autoScalingGroupName: string;
      readonly from: number;
      readonly to: number;
      /** why, in a sentence: the reservation against the target, or the step and warm-up rules that held it */
      readonly cause: string;
    }
  /** a service's load was set (sim SetLoad) */
  | { readonly type: 'LoadSet'; readonly at: SimTime; readonly serviceArn: string; readonly shape: LoadShape }
  /** a CloudWatch alarm changed state (cloudwatch/alarms.ts) */
  | {
      readonly type: 'AlarmStateChanged';
      readonly at: SimTime;
      readonly alarmName: string;
      readonly from: AlarmState;
      readonly to: AlarmState;
      readonly reason: string;
    }
  /** an ECR repository's lifecycle policy ran and expired images (ecr/schedule.ts) */
  | {
      readonly type: 'EcrImagesExpired';
      readonly at: SimTime;
      readonly repositoryName: string;
      readonly imageDigests: ReadonlyArray<string>;
      /** images left in the repository */
      readonly remaining: number;
    }
  | { readonly type: 'ClusterCreated'; readonly at: SimTime; readonly clusterArn: ClusterArn }
  | { readonly type: 'ClusterDeleted'; readonly at: SimTime; readonly clusterArn: ClusterArn }
  | {
      readonly type: 'InstanceLaunched';
      readonly at: SimTime;
      readonly instanceId: InstanceId;
      readonly instanceType: string;
      readonly availabilityZone: string;
    }
  | { readonly type: 'InstanceTerminated'; readonly at: SimTime; readonly instanceId: InstanceId }
  /** the hardware under an instance failed (sim FailInstance): EC2 stopped it; its container instance, if any */
  | {
      readonly type: 'InstanceFailed';
      readonly at: SimTime;
      readonly instanceId: InstanceId;
      readonly containerInstanceArn?: ContainerInstanceArn;
    }
  /** sim FailAvailabilityZone: the zone's instances failed and its Fargate tasks are stopping (faults/zones.ts) */
  | {
      readonly type: 'AvailabilityZoneFailed';
      readonly at: SimTime;
      readonly availabilityZone: string;
      readonly instanceIds: ReadonlyArray<InstanceId>;
      readonly fargateTaskArns: ReadonlyArray<TaskArn>;
    }
  /** sim RestoreAvailabilityZone: launches into the zone work again */
  | {
      readonly type: 'AvailabilityZoneRestored';
      readonly at: SimTime;
      readonly availabilityZone: string;
      readonly failedAt: SimTime;
    }
  /**
   * sim InterruptSpot on a Fargate Spot task: ECS sent the two-minute warning (a task state change event to
   * EventBridge) and SIGTERM; the task must be gone by `stopBy` (faults/spot.ts)
   */
  | {
      readonly type: 'SpotTaskInterrupted';
      readonly at: SimTime;
      readonly taskArn: TaskArn;
      readonly clusterArn: ClusterArn;
      readonly stopBy: SimTime;
    }
  /** sim InterruptSpot on a Spot instance: EC2's two-minute interruption notice; terminated at `terminateAt` */
  | {
      readonly type: 'SpotInstanceInterruptionNotice';
      readonly at: SimTime;
      readonly instanceId: InstanceId;
      readonly terminateAt: SimTime;
      readonly containerInstanceArn?: ContainerInstanceArn;
      /** the agent set the container instance to DRAINING (ECS_ENABLE_SPOT_INSTANCE_DRAINING=true) */
      readonly draining: boolean;
    }
  | {
      readonly type: 'AgentWaiting';
      readonly at: SimTime;
      readonly instanceId: InstanceId;
      readonly detail: string;
    }
  | {
      readonly type: 'ContainerInstanceRegistered';
      readonly at: SimTime;
      readonly clusterArn: ClusterArn;
      readonly containerInstanceArn: ContainerInstanceArn;
      readonly instanceId: InstanceId;
    }
  | {
      readonly type: 'ContainerInstanceStateChanged';
      readonly at: SimTime;
      readonly containerInstanceArn: ContainerInstanceArn;
      readonly status: string;
      readonly agentConnected: boolean;
    }
  | {
      readonly type: 'ContainerInstanceDeregistered';
      readonly at: SimTime;
      readonly containerInstanceArn: ContainerInstanceArn;
    }
  | {
      readonly type: 'TaskDefinitionRegistered';
      readonly at: SimTime;
      readonly taskDefinitionArn: TaskDefinitionArn;
    }
  | {
      readonly type: 'TaskDefinitionDeregistered';
      readonly at: SimTime;
      readonly taskDefinitionArn: TaskDefinitionArn;
    }
  | {
      readonly type: 'TaskPlaced';
      readonly at: SimTime;
      readonly taskArn: TaskArn;
      readonly clusterArn: ClusterArn;
      readonly containerInstanceArn?: ContainerInstanceArn;
      readonly availabilityZone: string;
      readonly traceId?: string;
    }
  | {
      readonly type: 'PlacementFailed';
      readonly at: SimTime;
      readonly clusterArn: ClusterArn;
      readonly taskDefinitionArn: TaskDefinitionArn;
      readonly reason: string;
      readonly traceId: string;
    }
  | {
      readonly type: 'TaskStateChanged';
      readonly at: SimTime;
      readonly taskArn: TaskArn;
      readonly from: TaskStatus;
      readonly to: TaskStatus;
    }
  | {
      readonly type: 'TaskStopped';
      readonly at: SimTime;
      readonly taskArn: TaskArn;
      readonly stopCode: StopCode;
      readonly stoppedReason: string;
    }
  /** a service event as ECS words it (DescribeServices `events[]`); the service keeps the newest 100 */
  | {
      readonly type: 'ServiceEvent';
      readonly at: SimTime;
      readonly serviceArn: string;
      readonly message: string;
    }
  /**
   * a blue/green-family deployment moved production traffic (services/blueGreen.ts): `productionPercent` is
   * green's share now; `rollbackReason` is set when ECS sent the traffic back to blue
   */
  | {
      readonly type: 'TrafficShifted';
      readonly at: SimTime;
      readonly serviceArn: string;
      readonly deploymentId: string;
      readonly taskDefinition: string;
      readonly productionPercent: number;
      readonly lifecycleStage: string;
      readonly rollbackReason?: string;
    }
  /**
   * Application Auto Scaling changed a service's desired count (applicationAutoScaling/): a policy acting on an
   * alarm, a scheduled action, or new min/max bounds; `policyName` or `scheduledActionName` names what did it
   */
  | {
      readonly type: 'ServiceScaled';
      readonly at: SimTime;
      readonly serviceArn: string;
      readonly resourceId: string;
      readonly from: number;
      readonly to: number;
      readonly policyName?: string;
      readonly scheduledActionName?: string;
      /** the scaling activity's Cause */
      readonly cause: string;
      readonly activityId: string;
    }
  /** a load balancer target changed health state; `to` absent: it left the target group */
  | {
      readonly type: 'TargetHealthChanged';
      readonly at: SimTime;
      readonly targetGroupArn: TargetGroupArn;
      readonly targetId: string;
      readonly port: number;
      readonly from?: TargetHealthState;
      readonly to?: TargetHealthState;
      readonly reason?: TargetHealthReason;
    };

/** What EC2 Auto Scaling logs (autoscaling/): the group's own decisions, each also a scaling activity. */
export type AutoScalingEvent =
  /** a group's desired capacity changed (a user request, a policy, a capacity provider); cause as AWS words it */
  | {
      readonly type: 'AutoScalingDesiredCapacityChanged';
      readonly at: SimTime;
      readonly groupName: string;
      readonly from: number;
      readonly to: number;
      readonly cause: string;
    }
  /** a group launched an instance to reach its desired capacity or to replace an unhealthy one */
  | {
      readonly type: 'AutoScalingInstanceLaunching';
      readonly at: SimTime;
      readonly groupName: string;
      readonly instanceId: InstanceId;
      readonly availabilityZone: string;
      readonly replacing: boolean;
    }
  /** a group could not launch (no zone to launch in, a launch template that no longer works) */
  | {
      readonly type: 'AutoScalingLaunchFailed';
      readonly at: SimTime;
      readonly groupName: string;
      readonly reason: string;
    }
  /** a group is taking an instance out of service; `held`: a termination hook keeps it in Terminating:Wait */
  | {
      readonly type: 'AutoScalingInstanceTerminating';
      readonly at: SimTime;
      readonly groupName: string;
      readonly instanceId: InstanceId;
      readonly reason: 'scale-in' | 'unhealthy' | 'user' | 'group-deleted';
      readonly protectedFromScaleIn: boolean;
      readonly held: boolean;
    };

export type SimEventType = SimEvent['type'];
