import { onGroupTermination } from '../autoscaling';
import { onAlarmAction } from '../cloudwatch/alarms';
import type { EngineContext } from '../context';
import { onMinute } from '../scaling/minute';
import { publishReservations, runManagedScalingAction } from './managedScaling';
import { drainBeforeTermination, syncTerminationProtection } from './protection';
import { expireWaitingTasks, placeWaitingTasks } from './provisioning';

/** The capacity providers' minute work: place waiting tasks, stop those that waited too long, protect. */
function capacityMinute(ctx: EngineContext): void {
  if (Object.keys(ctx.state.ecs.capacityProviders).length === 0) return;
  placeWaitingTasks(ctx);
  expireWaitingTasks(ctx);
  syncTerminationProtection(ctx);
}

/** Registers the capacity providers' minute work, alarm actions and termination hook (timerRegistry.ts). */
export function registerCapacityProviders(): void {
  onMinute('metrics', publishReservations);
  onMinute('capacity', capacityMinute);
  onAlarmAction(runManagedScalingAction);
  onGroupTermination(drainBeforeTermination);
}
