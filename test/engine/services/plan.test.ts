import { describe, expect, it } from 'vitest';
import { deploymentBounds } from '../../../src/engine';
import { stuckDeployment } from '../../../src/engine/services/messages';
import { createService, describe1, registerWeb, serviceTasks, serviceWorld } from './world';

/**
 * The first step of a rolling update (ecs-reference §5.4, the worked sequences): from a steady state of web:v1,
 * the update to web:v2, and what the scheduler does at once, within the bounds of §5.3 (lower = ceil, upper =
 * floor). The room is ample (6 instances), so only the bounds decide.
 */
function firstStep(desired: number, min: number, max: number) {
  const { sim } = serviceWorld(2);
  createService(sim, {
    desiredCount: desired,
    deploymentConfiguration: { minimumHealthyPercent: min, maximumPercent: max },
  });
  sim.advance(120);
  registerWeb(sim, 'v2');
  const update = sim.callByName('ecs', 'UpdateService', { service: 'web', taskDefinition: 'web' }) as {
    service: { deployments: Array<{ id: string }> };
  };
  const primary = update.service.deployments[0]!.id;
  // the reconcile the update schedules runs as soon as the clock moves on; no task settles in a tenth of a second
  sim.advance(0.1);
  const tasks = serviceTasks(sim);
  return {
    started: tasks.filter((t) => t.startedBy === primary).length,
    stopped: tasks.filter((t) => t.startedBy !== primary && t.desiredStatus === 'STOPPED').length,
    newest: describe1(sim).events[0]!.message,
  };
}

describe('the first step of a rolling update', () => {
  it.each([
    { desired: 4, min: 100, max: 200, started: 4, stopped: 0, why: 'surge to 8, stop none' },
    { desired: 4, min: 50, max: 100, started: 2, stopped: 2, why: 'stop 2 of 4, start 2 in their room' },
    { desired: 4, min: 0, max: 100, started: 4, stopped: 4, why: 'stop all, start all' },
    { desired: 4, min: 50, max: 200, started: 4, stopped: 2, why: 'start 4 and stop 2 in one step' },
    {
      desired: 3,
      min: 50,
      max: 125,
      started: 1,
      stopped: 1,
      why: 'floor(3.75) = 3: one out makes room for one',
    },
  ])('$desired tasks at $min/$max: $why', ({ desired, min, max, started, stopped }) => {
    const step = firstStep(desired, min, max);
    expect({ started: step.started, stopped: step.stopped }).toEqual({ started, stopped });
    const { lower, upper } = deploymentBounds(desired, min, max);
    // in flight after the step: the old tasks left running plus the new ones
    expect(desired - stopped + started).toBeLessThanOrEqual(upper);
    expect(desired - stopped).toBeGreaterThanOrEqual(lower);
  });

  it.each([
    { desired: 4, min: 100, max: 100, why: 'lower 4 = upper 4' },
    { desired: 2, min: 75, max: 125, why: 'ceil(1.5) = 2 = floor(2.5)' },
  ])(
    '$desired tasks at $min/$max can neither stop nor start ($why), and says so',
    ({ desired, min, max }) => {
      const step = firstStep(desired, min, max);
      expect({ started: step.started, stopped: step.stopped }).toEqual({ started: 0, stopped: 0 });
      expect(step.newest).toBe(stuckDeployment('web'));
    },
  );
});
