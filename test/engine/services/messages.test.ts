import { describe, expect, it } from 'vitest';
import {
  breakerRollback,
  cannotStartConsistently,
  noContainerInstances,
  startedTasks,
  steadyState,
  stoppedTasks,
  stuckDeployment,
  unableToPlace,
} from '../../../src/engine/services/messages';

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
      breakerRollback('ecs-svc/123'),
      'ECS deployment circuit breaker: rolling back to deploymentId ecs-svc/123.',
    ],
  ])('%s', (message, expected) => {
    expect(message).toEqual(expected);
  });
});
