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
import type { TargetGroupArn, TargetHealthReason, TargetHealthState } from './elbv2';

/** The engine's log: every decision is a typed fact. The map, the narrated log, goals and charts read it. */
export type SimEvent =
  /** a CloudWatch alarm changed state (cloudwatch/alarms.ts) */
  | {
      readonly type: 'AlarmStateChanged';
      readonly at: SimTime;
      readonly alarmName: string;
      readonly from: AlarmState;
      readonly to: AlarmState;
      readonly reason: string;
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

export type SimEventType = SimEvent['type'];
