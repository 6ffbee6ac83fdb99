import type { LoadBalancerArn } from './elbv2';
import type { InstanceId, SimTime, TaskArn } from './ids';

/**
 * Work the engine has promised to do at a virtual time: an agent finishing its boot, a task moving to its next
 * lifecycle state, a container exiting. `advance` runs them in (at, seq) order. A timer whose subject has moved
 * on (its `version` no longer matches) is skipped, which is how timers are cancelled.
 */
export type TimerPayload =
  | { readonly kind: 'agent.register'; readonly instanceId: InstanceId }
  /** an EC2 instance finishing a state change: pending → running, shutting-down → terminated */
  | {
      readonly kind: 'ec2.instanceState';
      readonly instanceId: InstanceId;
      readonly to: 'running' | 'terminated';
    }
  | {
      readonly kind: 'task.step';
      readonly taskArn: TaskArn;
      readonly version: number;
      readonly event: string;
    }
  | {
      readonly kind: 'container.exit';
      readonly taskArn: TaskArn;
      readonly version: number;
      readonly containerName: string;
      readonly exitCode: number;
      readonly reason?: string;
    }
  /** the service scheduler comparing a service with what it should be (services/reconcile.ts) */
  | { readonly kind: 'service.reconcile'; readonly serviceArn: string }
  /** a task of a service reached STOPPED: the scheduler counts failures, then reconciles */
  | { readonly kind: 'service.taskStopped'; readonly serviceArn: string; readonly stoppedTaskArn: TaskArn }
  | {
      readonly kind: 'container.health';
      readonly taskArn: TaskArn;
      readonly version: number;
      readonly containerName: string;
    }
  /** a load balancer finishing provisioning */
  | { readonly kind: 'elbv2.loadBalancerActive'; readonly loadBalancerArn: LoadBalancerArn }
  /** the next health check of a registered target (elbv2/health.ts) */
  | { readonly kind: 'elbv2.healthCheck'; readonly targetKey: string; readonly version: number }
  /** the minute clock: metrics, alarms and scaling (scaling/minute.ts) */
  | { readonly kind: 'scaling.minute' }
  /** an Auto Scaling group comparing its instances with its desired capacity (autoscaling/reconcile.ts) */
  | { readonly kind: 'autoscaling.reconcile'; readonly groupName: string }
  /** the end of a Spot Instance's two-minute interruption notice: EC2 terminates it (faults/spot.ts) */
  | { readonly kind: 'spot.reclaim'; readonly instanceId: InstanceId }
  /** the applications' steady calls to other services (sim SetTraffic, serviceConnect/traffic.ts) */
  | { readonly kind: 'serviceConnect.traffic' }
  /** an ECR repository's lifecycle policy running (ecr/schedule.ts); stale when the policy changed since */
  | { readonly kind: 'ecr.lifecycle'; readonly repositoryName: string; readonly version: number }
  /** a draining target's deregistration delay running out */
  | { readonly kind: 'elbv2.drained'; readonly targetKey: string; readonly version: number };

export type TimerKind = TimerPayload['kind'];

export type Timer = TimerPayload & { readonly at: SimTime; readonly seq: number };
