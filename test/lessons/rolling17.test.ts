import { describe, expect, it } from 'vitest';
import { engineCatalog, runCommand } from '../../src/app/console/index';
import { runSteps } from '../../src/course/steps';
import type { GoalResult } from '../../src/course/types';
import {
  circuitBreakerThreshold,
  createSimulation,
  deploymentBounds,
  type Simulation,
} from '../../src/engine';
import goals from '../../lessons/17-rolling-deployments/goals';
import {
  boundsProblem,
  countsBetween,
  revisionName,
  serviceTasks,
  webService,
} from '../../lessons/17-rolling-deployments/rollout';
import scenario, { prediction, PROPOSED } from '../../lessons/17-rolling-deployments/scenario';
import solution from '../../lessons/17-rolling-deployments/solution';
import lesson02Goals from '../../lessons/02-task-definitions/goals';
import lesson02 from '../../lessons/02-task-definitions/scenario';
import lesson02Solution from '../../lessons/02-task-definitions/solution';

/**
 * The claims lesson 17 makes that the engine can check: the bounds of the pairs it names, how its cluster
 * behaves under them, the texts it quotes, and what its goals say when they are not met.
 */

function lessonWorld(): Simulation {
  const sim = createSimulation({ seed: scenario.seed });
  scenario.build(sim);
  return sim;
}

const update = (sim: Simulation, input: Record<string, unknown>) =>
  sim.callByName('ecs', 'UpdateService', { cluster: 'shop', service: 'web', ...input });

const check = (sim: Simulation, id: string): GoalResult => goals.find((g) => g.id === id)!.check(sim);
const why = (result: GoalResult) => (result.met ? 'met' : result.why);

/** Advances second by second until `done` holds (at most `limit` seconds); returns whether it did. */
function advanceUntil(sim: Simulation, done: () => boolean, limit = 900): boolean {
  for (let s = 0; s < limit; s++) {
    if (done()) return true;
    sim.advance(1);
  }
  return done();
}

describe('lesson 17: the bounds it names', () => {
  it.each([
    ['the proposed 60/140', 60, 140, 3, 5],
    ['75/125', 75, 125, 3, 5],
    ['100/125', 100, 125, 4, 5],
    ['75/100', 75, 100, 3, 4],
    ['the default 100/200', 100, 200, 4, 8],
    ['50/200', 50, 200, 2, 8],
    ['100/100', 100, 100, 4, 4],
  ])('gives %s for 4 tasks the lower and upper bounds the lesson states', (_name, min, max, lower, upper) => {
    expect(deploymentBounds(4, min, max)).toEqual({ lower, upper });
  });

  it('rounds 3 tasks at 125 % down to 3 (no room to start one first)', () => {
    expect(deploymentBounds(3, 100, 125).upper).toBe(3);
  });

  it('sets the breaker threshold of 4 tasks at 3', () => {
    expect(circuitBreakerThreshold(4)).toBe(3);
  });

  it('accepts exactly the pairs that keep 3 and add at most 1', () => {
    expect(boundsProblem(PROPOSED)).toBeUndefined();
    expect(boundsProblem({ minimumHealthyPercent: 75, maximumPercent: 125 })).toBeUndefined();
    expect(boundsProblem({ minimumHealthyPercent: 50, maximumPercent: 125 })).toMatch(/= 2 healthy tasks/);
    expect(boundsProblem({ minimumHealthyPercent: 100, maximumPercent: 200 })).toMatch(/= 8 tasks at once/);
  });
});

describe('lesson 17: its cluster under each pair', () => {
  it.each([
    ['the proposed 60/140', 60, 140, 3, 5],
    ['75/125', 75, 125, 3, 5],
    ['100/125', 100, 125, 4, 5],
    ['75/100', 75, 100, 3, 4],
    ['50/200', 50, 200, 2, 5],
  ])(
    'rolls out web:2 under %s with the fewest RUNNING and most in flight expected',
    (_n, min, max, low, high) => {
      const sim = lessonWorld();
      const from = sim.now;
      update(sim, {
        taskDefinition: 'web:2',
        deploymentConfiguration: { minimumHealthyPercent: min, maximumPercent: max },
      });
      sim.advance(600);
      expect(countsBetween(sim, from, sim.now)).toMatchObject({ fewestRunning: low, mostLive: high });
      const primary = webService(sim)!.deployments[0]!;
      expect([revisionName(primary.taskDefinition), primary.rolloutState]).toEqual(['web:2', 'COMPLETED']);
    },
  );

  it('fits 5 web tasks and no more (the room for one extra task)', () => {
    const sim = lessonWorld();
    update(sim, { desiredCount: 6 });
    sim.advance(300);
    const live = serviceTasks(sim).filter((t) => t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING');
    expect(live).toHaveLength(5);
    expect(webService(sim)!.events[0]!.message).toMatch(/was unable to place a task/);
  });

  it('logs the stuck-deployment event under 100/100 and never starts web:2', () => {
    const sim = lessonWorld();
    update(sim, {
      taskDefinition: 'web:2',
      deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 100 },
    });
    sim.advance(600);
    expect(webService(sim)!.events.map((e) => e.message)).toContain(
      'service web was unable to stop or start tasks during a deployment because of the service deployment ' +
        'configuration. Update the minimumHealthyPercent or maximumPercent value and try again.',
    );
    expect(serviceTasks(sim).some((t) => revisionName(t.taskDefinitionArn) === 'web:2')).toBe(false);
  });
});

describe('lesson 17: the breaker and the rollback', () => {
  it('fails web:3 after 3 failed tasks with the reason the lesson quotes, then rolls back to web:2', () => {
    const sim = lessonWorld();
    update(sim, { taskDefinition: 'web:2', deploymentConfiguration: PROPOSED });
    sim.advance(300);
    const shipped = webService(sim)!.deployments[0]!;
    update(sim, {
      taskDefinition: 'web:3',
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    });
    expect(
      advanceUntil(sim, () => webService(sim)!.deployments.some((d) => d.rolloutState === 'FAILED')),
    ).toBe(true);
    const [rollback, failed] = webService(sim)!.deployments;
    expect(failed).toMatchObject({
      rolloutState: 'FAILED',
      rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
      failedTasks: 3,
    });
    expect(revisionName(failed!.taskDefinition)).toBe('web:3');
    expect(rollback!.rolloutStateReason).toBe(
      `ECS deployment circuit breaker: rolling back to deploymentId ${shipped.id}.`,
    );
    expect(revisionName(rollback!.taskDefinition)).toBe('web:2');
    sim.advance(600);
    const back = webService(sim)!;
    expect(back.deployments).toHaveLength(1);
    expect(back.deployments[0]!.rolloutState).toBe('COMPLETED');
    expect(check(sim, 'breaker-rollback')).toEqual({ met: true });
  });

  it('leaves web on the FAILED web:3 deployment when rollback is off, and the goal says so', () => {
    const sim = lessonWorld();
    update(sim, { taskDefinition: 'web:2', deploymentConfiguration: PROPOSED });
    sim.advance(300);
    update(sim, {
      taskDefinition: 'web:3',
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false } },
    });
    sim.advance(600);
    const primary = webService(sim)!.deployments[0]!;
    expect([revisionName(primary.taskDefinition), primary.rolloutState]).toEqual(['web:3', 'FAILED']);
    expect(why(check(sim, 'breaker-rollback'))).toMatch(/FAILED .* rollback off/);
  });

  it('keeps retrying web:3 without a breaker, and the goal says no breaker is watching', () => {
    const sim = lessonWorld();
    update(sim, { taskDefinition: 'web:3' });
    sim.advance(600);
    const primary = webService(sim)!.deployments[0]!;
    expect(primary.rolloutState).toBe('IN_PROGRESS');
    expect(primary.failedTasks).toBeGreaterThan(3);
    expect(why(check(sim, 'breaker-rollback'))).toMatch(/no circuit breaker is watching it/);
  });
});

describe('lesson 17: what its goals and prediction read', () => {
  it('explains why the default 100/200 does not meet the rollout goal even though it completes', () => {
    const sim = lessonWorld();
    update(sim, { taskDefinition: 'web:2' });
    sim.advance(600);
    expect(webService(sim)!.deployments[0]!.rolloutState).toBe('COMPLETED');
    expect(why(check(sim, 'safe-rollout'))).toMatch(
      /maximumPercent 200 lets ECS run floor\(4 × 200 %\) = 8 tasks/,
    );
  });

  it('judges the bounds in effect when the rollout started, not ones set after it', () => {
    const sim = lessonWorld();
    update(sim, {
      taskDefinition: 'web:2',
      deploymentConfiguration: { minimumHealthyPercent: 50, maximumPercent: 100 },
    });
    sim.advance(600);
    expect(why(check(sim, 'safe-rollout'))).toMatch(/ceil\(4 × 50 %\) = 2 healthy/);
    update(sim, { deploymentConfiguration: { minimumHealthyPercent: 75, maximumPercent: 125 } });
    expect(why(check(sim, 'safe-rollout'))).toMatch(/ceil\(4 × 50 %\) = 2 healthy/);
    update(sim, { forceNewDeployment: true });
    sim.advance(600);
    expect(check(sim, 'safe-rollout')).toEqual({ met: true });
  });

  it('names the dip when tasks stopped by hand took a good rollout below 3 RUNNING', () => {
    const sim = lessonWorld();
    update(sim, { taskDefinition: 'web:2', deploymentConfiguration: PROPOSED });
    sim.advance(1);
    for (const t of serviceTasks(sim)
      .filter((x) => x.lastStatus === 'RUNNING')
      .slice(0, 2))
      sim.callByName('ecs', 'StopTask', { cluster: 'shop', task: t.taskArn });
    sim.advance(600);
    expect(webService(sim)!.deployments[0]!.rolloutState).toBe('COMPLETED');
    expect(why(check(sim, 'safe-rollout'))).toMatch(/only [0-2] tasks were RUNNING/);
  });

  it('sees the proposed pair bear out "3-5" after the solution', () => {
    const sim = lessonWorld();
    runSteps(sim, solution);
    expect(prediction.outcome(sim)).toBe('3-5');
  });

  it('runs the bottom-out hints as typed in the console', () => {
    const sim = lessonWorld();
    for (const g of goals) {
      const command = /`(aws ecs update-service[^`]+)`/.exec(g.hints.bottomOut)![1]!;
      const result = runCommand(command, sim, engineCatalog());
      expect(result.ok, `${g.id}: ${result.ok ? '' : result.stderr}`).toBe(true);
      sim.advance(600);
    }
    expect(goals.map((g) => check(sim, g.id).met)).toEqual([true, true]);
  });
});

describe('lesson 02: the service part it shares with lesson 17', () => {
  it('moves api onto api:2 as its bottom-out hint says: new tasks first, the old ones 40 s after they run', () => {
    const sim = createSimulation({ seed: lesson02.seed });
    lesson02.build(sim);
    runSteps(sim, lesson02Solution.slice(0, 1));
    const hint = lesson02Goals.find((g) => g.id === 'service-on-new-revision')!.hints.bottomOut;
    const command = /`(aws ecs update-service[^`]+)`/.exec(hint)![1]!;
    expect(runCommand(command, sim, engineCatalog()).ok).toBe(true);
    sim.advance(120);
    const tasks = Object.values(sim.state.ecs.tasks).filter((t) => t.group === 'service:api');
    const firstNew = Math.min(
      ...tasks
        .filter((t) => revisionName(t.taskDefinitionArn) === 'api:2')
        .map((t) => t.startedAt ?? Infinity),
    );
    const oldStops = tasks
      .filter((t) => revisionName(t.taskDefinitionArn) === 'api:1')
      .map((t) => t.stoppingAt ?? Infinity);
    expect(oldStops).toHaveLength(2);
    for (const at of oldStops) expect(at - firstNew).toBeGreaterThanOrEqual(40);
    expect(Math.min(...oldStops) - firstNew).toBeLessThan(45);
    expect(lesson02Goals.find((g) => g.id === 'service-on-new-revision')!.check(sim)).toEqual({ met: true });
  });
});
