import { arnName } from '../../lib/arn';
import type { SimEvent } from '../model/events';
import type { SimState } from '../state';

export type FaultEvent = Extract<
  SimEvent,
  {
    type:
      | 'AvailabilityZoneFailed'
      | 'AvailabilityZoneRestored'
      | 'SpotTaskInterrupted'
      | 'SpotInstanceInterruptionNotice';
  }
>;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "web:3 task 1a2b3c4d", or "Task 1a2b3c4d" once the task has left the state. */
function taskLabel(state: SimState, taskArn: string): string {
  const task = state.ecs.tasks[taskArn];
  const id = arnName(taskArn).slice(0, 8);
  return task ? `${arnName(task.taskDefinitionArn)} task ${id}` : `Task ${id}`;
}

/** The narrated sentence of a simulated fault (see narrate.ts). Pure. */
export function faultSentence(state: SimState, event: FaultEvent): string {
  switch (event.type) {
    case 'AvailabilityZoneFailed':
      return (
        `Availability Zone ${event.availabilityZone} failed: ` +
        `${count(event.instanceIds.length, 'EC2 instance', 'EC2 instances')} stopped and ` +
        `${count(event.fargateTaskArns.length, 'Fargate task is', 'Fargate tasks are')} stopping; ` +
        'nothing new starts there until the zone is restored.'
      );
    case 'AvailabilityZoneRestored':
      return `Availability Zone ${event.availabilityZone} is back: new instances and Fargate tasks can start there again.`;
    case 'SpotTaskInterrupted':
      return (
        `Fargate Spot reclaimed the capacity of ${taskLabel(state, event.taskArn)}: ECS sent the two-minute ` +
        'warning as a task state change event and SIGTERM to its containers.'
      );
    case 'SpotInstanceInterruptionNotice':
      return (
        `EC2 gave Spot instance ${event.instanceId} its two-minute interruption notice` +
        (event.draining
          ? '; the ECS agent set its container instance to DRAINING so services move their tasks off.'
          : event.containerInstanceArn
            ? '; its tasks keep running until it is terminated (ECS_ENABLE_SPOT_INSTANCE_DRAINING is not set).'
            : '.')
      );
  }
}
