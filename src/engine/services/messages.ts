/**
 * The service event messages, in ECS's wording (ecs-reference §3.4, §5.3, §5.5, §5.7). One format is used
 * throughout: `service NAME …` with `(task ID)` lists.
 */

const taskList = (taskIds: ReadonlyArray<string>) => taskIds.map((id) => `(task ${id})`).join(' ');

export const steadyState = (service: string) => `service ${service} has reached a steady state.`;

export const startedTasks = (service: string, taskIds: ReadonlyArray<string>) =>
  `service ${service} has started ${taskIds.length} tasks: ${taskList(taskIds)}.`;

export const stoppedTasks = (service: string, taskIds: ReadonlyArray<string>) =>
  `service ${service} has stopped ${taskIds.length} running tasks: ${taskList(taskIds)}.`;

export const stuckDeployment = (service: string) =>
  `service ${service} was unable to stop or start tasks during a deployment because of the service ` +
  `deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.`;

export const cannotStartConsistently = (service: string) =>
  `service ${service} is unable to consistently start tasks successfully.`;

const UNABLE_TO_PLACE =
  'was unable to place a task because no container instance met all of its requirements.';
const TROUBLESHOOTING = 'For more information, see the Troubleshooting section.';

export const noContainerInstances = (service: string) =>
  `service ${service} ${UNABLE_TO_PLACE} Reason: No Container Instances were found in your cluster. ${TROUBLESHOOTING}`;

/** A Fargate task that found no capacity: `service NAME was unable to place a task. Reason: REASON.` */
export const fargateUnableToPlace = (service: string, reason: string) =>
  `service ${service} was unable to place a task. Reason: ${reason}.`;

/** How the event names the placement reason of the closest instance (the trace's reason, e.g. RESOURCE:MEMORY). */
const CLOSEST_MATCH_PHRASES: Readonly<Record<string, string>> = {
  'RESOURCE:MEMORY': 'has insufficient memory available',
  'RESOURCE:CPU': 'has insufficient CPU units available',
  'RESOURCE:PORTS': 'is already using a port required by your task',
  'RESOURCE:PORTS_UDP': 'is already using a port required by your task',
  ATTRIBUTE: 'is missing an attribute required by your task',
};

export const unableToPlace = (service: string, containerInstanceId: string, reason: string) =>
  `service ${service} ${UNABLE_TO_PLACE} The closest matching container-instance ${containerInstanceId} ` +
  `${CLOSEST_MATCH_PHRASES[reason] ?? `encountered error "${reason}"`}. ${TROUBLESHOOTING}`;

/** The reason a circuit breaker gives the deployment it failed, and the one it gives the rollback. */
export const BREAKER_FAILED = 'ECS deployment circuit breaker: tasks failed to start.';
export const breakerRollback = (deploymentId: string) =>
  `ECS deployment circuit breaker: rolling back to deploymentId ${deploymentId}.`;

/** The stoppedReason of a task the scheduler stops (ecs-reference §6.2, wording unverified there). */
export const scalingActivity = (deploymentId: string) =>
  `Scaling activity initiated by (deployment ${deploymentId})`;
export const FAILED_HEALTH_CHECKS = 'Task failed container health checks';
export const failedElbHealthChecks = (targetGroupArn: string) =>
  `Task failed ELB health checks in (target-group ${targetGroupArn})`;

/** Whether a stoppedReason is the scheduler's for a task that failed its health checks (container or ELB). */
export const isHealthCheckFailure = (reason: string | undefined) =>
  reason === FAILED_HEALTH_CHECKS || (reason?.startsWith('Task failed ELB health checks') ?? false);

/** The load balancer events (ecs-reference §5.5, §5.7). */
export const registeredTargets = (service: string, count: number, targetGroupArn: string) =>
  `service ${service} registered ${count} targets in (target-group ${targetGroupArn})`;
export const deregisteredTargets = (service: string, count: number, targetGroupArn: string) =>
  `service ${service} deregistered ${count} targets in (target-group ${targetGroupArn})`;
export const beganDraining = (service: string, count: number) =>
  `service ${service} has begun draining connections on ${count} tasks.`;
export const unhealthyTarget = (service: string, port: number, targetGroupArn: string, reason: string) =>
  `service ${service} (port ${port}) is unhealthy in (target-group ${targetGroupArn}) due to (reason ${reason}).`;

/** The rolloutStateReason of a deployment under way and of one that reached steady state. */
export const inProgress = (deploymentId: string) => `ECS deployment ${deploymentId} in progress.`;
export const completed = (deploymentId: string) => `ECS deployment ${deploymentId} completed.`;
