import { onAlarmAction } from '../cloudwatch/alarms';
import { onMinute } from '../scaling/minute';
import { onTimer } from '../timerHandlers';
import { runPolicyAction } from './policies';
import { reconcileAllGroups, reconcileGroup } from './reconcile';

/**
 * Registers EC2 Auto Scaling's work: the `autoscaling.reconcile` timer, the minute's health check of every group
 * (in the `capacity` phase, after the alarms have run the policies), and the alarm actions that are its policies.
 */
export function registerAutoScaling(): void {
  onTimer('autoscaling.reconcile', (ctx, timer) => reconcileGroup(ctx, timer.groupName));
  onMinute('capacity', reconcileAllGroups);
  onAlarmAction(runPolicyAction);
}
