import type { AutoScalingEvent } from '../model/events';

const WHY_TERMINATING: Record<
  Extract<AutoScalingEvent, { type: 'AutoScalingInstanceTerminating' }>['reason'],
  string
> = {
  'scale-in': 'it has more instances than its desired capacity',
  unhealthy: 'the instance is no longer running (the health check failed)',
  user: 'a user asked for it',
  'group-deleted': 'the group is being deleted',
};

/** One plain sentence for each Auto Scaling event (narrate.ts delegates here). Pure. */
export function autoScalingSentence(event: AutoScalingEvent): string {
  switch (event.type) {
    case 'AutoScalingDesiredCapacityChanged':
      return `Auto Scaling group ${event.groupName}'s desired capacity went from ${event.from} to ${event.to}.`;
    case 'AutoScalingInstanceLaunching':
      return event.replacing
        ? `Auto Scaling group ${event.groupName} launched ${event.instanceId} in ${event.availabilityZone} to replace an unhealthy instance.`
        : `Auto Scaling group ${event.groupName} launched ${event.instanceId} in ${event.availabilityZone} to reach its desired capacity.`;
    case 'AutoScalingLaunchFailed':
      return `Auto Scaling group ${event.groupName} could not launch an instance: ${event.reason}`;
    case 'AutoScalingInstanceTerminating':
      return event.held
        ? `Auto Scaling group ${event.groupName} will terminate ${event.instanceId} because ${WHY_TERMINATING[event.reason]}; a termination hook holds it in Terminating:Wait until its tasks have moved.`
        : `Auto Scaling group ${event.groupName} is terminating ${event.instanceId} because ${WHY_TERMINATING[event.reason]}.`;
  }
}
