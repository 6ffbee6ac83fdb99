import { describe, expect, it } from 'vitest';
import {
  BREAKER_FAILED,
  beganDraining,
  breakerRollback,
  cannotStartConsistently,
  completed,
  deregisteredTargets,
  FAILED_HEALTH_CHECKS,
  failedElbHealthChecks,
  inProgress,
  isHealthCheckFailure,
  noContainerInstances,
  registeredTargets,
  scalingActivity,
  startedTasks,
  steadyState,
  stoppedTasks,
  stuckDeployment,
  unableToPlace,
  unhealthyTarget,
} from '../../../src/engine/services/messages';

const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/0123456789abcdef';

describe('service event messages (ECS wording)', () => {
  it.each([
    [steadyState('web'), 'service web has reached a steady state.'],
    [startedTasks('web', ['a1', 'b2']), 'service web has started 2 tasks: (task a1) (task b2).'],
    [stoppedTasks('web', ['a1']), 'service web has stopped 1 running tasks: (task a1).'],
    [
      stuckDeployment('web'),
      'service web was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.',
    ],
    [cannotStartConsistently('web'), 'service web is unable to consistently start tasks successfully.'],
    [
      noContainerInstances('web'),
      'service web was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting section.',
    ],
    [
      unableToPlace('web', 'c0ffee', 'RESOURCE:MEMORY'),
      'service web was unable to place a task because no container instance met all of its requirements. The closest matching container-instance c0ffee has insufficient memory available. For more information, see the Troubleshooting section.',
    ],
    [
      unableToPlace('web', 'c0ffee', 'RESOURCE:CPU'),
      expect.stringContaining('c0ffee has insufficient CPU units available.'),
    ],
    [
      unableToPlace('web', 'c0ffee', 'RESOURCE:PORTS'),
      expect.stringContaining('c0ffee is already using a port required by your task.'),
    ],
    [
      unableToPlace('web', 'c0ffee', 'ATTRIBUTE'),
      expect.stringContaining('c0ffee is missing an attribute required by your task.'),
    ],
    [
      unableToPlace('web', 'c0ffee', 'DistinctInstance placement constraint unsatisfied.'),
      expect.stringContaining(
        'c0ffee encountered error "DistinctInstance placement constraint unsatisfied.".',
      ),
    ],
    [
      unableToPlace('web', 'c0ffee', 'RESOURCE:PORTS_UDP'),
      expect.stringContaining('c0ffee is already using a port required by your task.'),
    ],
    [
      breakerRollback('ecs-svc/123'),
      'ECS deployment circuit breaker: rolling back to deploymentId ecs-svc/123.',
    ],
    [BREAKER_FAILED, 'ECS deployment circuit breaker: tasks failed to start.'],
    [inProgress('ecs-svc/123'), 'ECS deployment ecs-svc/123 in progress.'],
    [completed('ecs-svc/123'), 'ECS deployment ecs-svc/123 completed.'],
    [scalingActivity('ecs-svc/123'), 'Scaling activity initiated by (deployment ecs-svc/123)'],
    [FAILED_HEALTH_CHECKS, 'Task failed container health checks'],
    [failedElbHealthChecks(TG), `Task failed ELB health checks in (target-group ${TG})`],
    [registeredTargets('web', 2, TG), `service web registered 2 targets in (target-group ${TG})`],
    [deregisteredTargets('web', 1, TG), `service web deregistered 1 targets in (target-group ${TG})`],
    [beganDraining('web', 3), 'service web has begun draining connections on 3 tasks.'],
    [
      unhealthyTarget('web', 32768, TG, 'Health checks failed'),
      `service web (port 32768) is unhealthy in (target-group ${TG}) due to (reason Health checks failed).`,
    ],
  ])('%s', (message, expected) => {
    expect(message).toEqual(expected);
  });
});

describe('isHealthCheckFailure (the circuit breaker counts these stops)', () => {
  it.each([
    { reason: FAILED_HEALTH_CHECKS, failure: true },
    { reason: failedElbHealthChecks(TG), failure: true },
    { reason: scalingActivity('ecs-svc/123'), failure: false },
    { reason: 'Essential container in task exited', failure: false },
    { reason: undefined, failure: false },
  ])('$reason → $failure', ({ reason, failure }) => {
    expect(isHealthCheckFailure(reason)).toBe(failure);
  });
});
