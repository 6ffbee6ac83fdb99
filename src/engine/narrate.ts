import { exhaustive } from '../lib/assert';
import { arnName } from '../lib/arn';
import type { SimEvent } from './model/events';
import type { SimState } from './state';
import { sentence } from '../lib/text';
import { targetHealthSentence } from './elbv2/narrate';
import { laterHooks } from './laterHooks';
import { describeLoadShape } from './load/describe';

const short = (arn: string) => arnName(arn).slice(0, 8);
/** Events only the later modules emit are narrated by them (laterHooks.ts); they exist only once those loaded. */
const laterSentence = (state: SimState, event: SimEvent) => laterHooks.sentence(state, event) ?? event.type;
/** "web:3 task 1a2b3c4d", or "Task 1a2b3c4d" once the stopped task has left the state. Starts a sentence. */
const taskLabel = (state: SimState, taskArn: string) => {
  const task = state.ecs.tasks[taskArn];
  if (!task) return `Task ${short(taskArn)}`;
  return `${arnName(task.taskDefinitionArn)} task ${short(taskArn)}`;
};
const instanceLabel = (state: SimState, ciArn: string) => {
  const ci = state.ecs.containerInstances[ciArn];
  return ci ? ci.ec2InstanceId : `container instance ${short(ciArn)}`;
};

/**
 * One plain sentence per engine event: the narrated log, which is the accessible twin of every picture.
 * Pure: reads the state for names, never changes it.
 */
export function narrate(state: SimState, event: SimEvent): string {
  switch (event.type) {
    case 'TaskProvisioning':
      return `${taskLabel(state, event.taskArn)} waits in PROVISIONING for capacity provider ${event.capacityProvider} to add room.`;
    case 'ManagedScalingAction':
      return sentence(
        `Managed scaling of capacity provider ${event.capacityProvider} set Auto Scaling group ${event.autoScalingGroupName} from ${event.from} to ${event.to} instances: ${event.cause}`,
      );
    case 'LoadSet':
      return `The load on service ${arnName(event.serviceArn)} is now ${describeLoadShape(event.shape)}.`;
    case 'AlarmStateChanged':
      return `CloudWatch alarm ${event.alarmName} went from ${event.from} to ${event.to}: ${event.reason}`;
    case 'EcrImagesExpired':
      return `The lifecycle policy of ECR repository ${event.repositoryName} expired ${event.imageDigests.length} image${event.imageDigests.length === 1 ? '' : 's'}; ${event.remaining} remain.`;
    case 'ClusterCreated':
      return `Cluster ${arnName(event.clusterArn)} was created.`;
    case 'ClusterDeleted':
      return `Cluster ${arnName(event.clusterArn)} was deleted.`;
    case 'InstanceLaunched':
      return `EC2 instance ${event.instanceId} (${event.instanceType}) started booting in ${event.availabilityZone}.`;
    case 'InstanceTerminated':
      return `EC2 instance ${event.instanceId} was terminated.`;
    case 'InstanceFailed':
      return event.containerInstanceArn
        ? `The hardware under EC2 instance ${event.instanceId} failed: EC2 stopped the instance, its ECS agent went silent and its tasks are stopping.`
        : `The hardware under EC2 instance ${event.instanceId} failed: EC2 stopped the instance.`;
    case 'AvailabilityZoneFailed':
    case 'AvailabilityZoneRestored':
    case 'SpotTaskInterrupted':
    case 'SpotInstanceInterruptionNotice':
      return laterSentence(state, event);
    case 'AgentWaiting':
      return sentence(`The ECS agent on ${event.instanceId} cannot register yet: ${event.detail}`);
    case 'ContainerInstanceRegistered':
      return `The agent on ${event.instanceId} registered it as a container instance of cluster ${arnName(event.clusterArn)}.`;
    case 'ContainerInstanceStateChanged':
      return `${instanceLabel(state, event.containerInstanceArn)} is now ${event.status}${event.agentConnected ? '' : ' with its agent disconnected'}.`;
    case 'ContainerInstanceDeregistered':
      return `${instanceLabel(state, event.containerInstanceArn)} left its cluster.`;
    case 'TaskDefinitionRegistered':
      return `Task definition ${arnName(event.taskDefinitionArn)} was registered.`;
    case 'TaskDefinitionDeregistered':
      return `Task definition ${arnName(event.taskDefinitionArn)} was deregistered; running tasks keep it.`;
    case 'TaskPlaced':
      return event.containerInstanceArn
        ? `${taskLabel(state, event.taskArn)} was placed on ${instanceLabel(state, event.containerInstanceArn)} in ${event.availabilityZone}.`
        : `${taskLabel(state, event.taskArn)} was given Fargate capacity in ${event.availabilityZone}.`;
    case 'PlacementFailed':
      return sentence(`A ${arnName(event.taskDefinitionArn)} task could not be placed: ${event.reason}`);
    case 'TaskStateChanged':
      return `${taskLabel(state, event.taskArn)} moved from ${event.from} to ${event.to}.`;
    case 'ServiceEvent':
      return event.message;
    case 'ServiceScaled':
      return sentence(
        `Application Auto Scaling ${event.to > event.from ? 'scaled out' : 'scaled in'} service ${arnName(event.serviceArn)} from ${event.from} to ${event.to} desired tasks: ${event.cause}`,
      );
    case 'TaskStopped':
      return sentence(
        `${taskLabel(state, event.taskArn)} stopped (${event.stopCode}): ${event.stoppedReason}`,
      );
    case 'TargetHealthChanged':
      return targetHealthSentence(event);
    case 'TrafficShifted':
      return event.rollbackReason
        ? sentence(
            `Service ${arnName(event.serviceArn)} sent all production traffic back to blue: ${event.rollbackReason}`,
          )
        : `Service ${arnName(event.serviceArn)} now sends ${event.productionPercent}% of production traffic to ${arnName(event.taskDefinition)} (${event.lifecycleStage}).`;
    case 'AutoScalingDesiredCapacityChanged':
    case 'AutoScalingInstanceLaunching':
    case 'AutoScalingLaunchFailed':
    case 'AutoScalingInstanceTerminating':
      return laterSentence(state, event);
    default:
      return exhaustive(event, 'narrate: unknown event');
  }
}
