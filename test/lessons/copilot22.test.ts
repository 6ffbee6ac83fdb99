import { describe, expect, it } from 'vitest';
import { runCopilot, type WorkspaceFiles } from '../../src/app/copilot/cli';
import { GoalTracker, goalsMetAfterHolding } from '../../src/course/goals';
import { quizBankProblems } from '../../src/course/quizCheck';
import { runSteps } from '../../src/course/steps';
import { createSimulation, type Simulation } from '../../src/engine';
import goals from '../../lessons/22-copilot-successors/goals';
import quiz from '../../lessons/22-copilot-successors/quiz';
import scenario, { prediction } from '../../lessons/22-copilot-successors/scenario';
import solution, { alternatives } from '../../lessons/22-copilot-successors/solution';
import { WEB } from '../../lessons/22-copilot-successors/copilot';
import { appAndEnvironments, copilot22Attempts, ordersWorker } from './naiveAttempts22';
import { proofKit } from './proofKit';

/**
 * Lesson 22 proves itself: nothing met at its start, the solution (which is what the typed commands make, call for
 * call) and its alternative meet every goal on several seeds, naive attempts miss the goal they aim at, and the
 * quiz's claims hold in the engine.
 */
const { body, lessonStart, check, why, ids, solvedBy, wronglyMet } = proofKit(
  '22-copilot-successors',
  scenario,
  goals,
);
const SEEDS = [22, 1, 2, 3];

function memoryWorkspace(): WorkspaceFiles & { files: Record<string, string> } {
  const ws = {
    files: {} as Record<string, string>,
    write(path: string, text: string) {
      ws.files = { ...ws.files, [path]: text };
    },
  };
  return ws;
}

/** The accepted calls that change something, as (service, operation, input). */
const changes = (sim: Simulation) =>
  sim.history
    .filter((c) => !/^(Describe|List|Get)/.test(c.operation))
    .map((c) => ({ service: c.service, operation: c.operation, input: c.input }));

/** The learner's commands, with the manifest edit the lesson asks for. */
function typeTheCommands(sim: Simulation) {
  const ws = memoryWorkspace();
  const run = (line: string) => {
    const r = runCopilot(line, sim, ws);
    expect(r.stderr, line).toBe('');
    return r;
  };
  run('copilot app init shop');
  for (const env of ['test', 'prod']) {
    run(`copilot env init --name ${env}`);
    run(`copilot env deploy --name ${env}`);
  }
  run('copilot svc init --name web --svc-type "Load Balanced Web Service"');
  const path = 'copilot/web/manifest.yml';
  ws.write(
    path,
    ws.files[path]!.replace(/^cpu: 256.*$/m, `cpu: ${WEB.cpu}`)
      .replace(/^memory: 512.*$/m, `memory: ${WEB.memory}`)
      .replace(/^count: 1$/m, `count: ${WEB.count}`),
  );
  run('copilot svc deploy --name web --env test');
  run('copilot svc init --name orders --svc-type "Worker Service"');
  run('copilot svc deploy --name orders --env test');
  return ws;
}

describe('lesson 22: its start', () => {
  it('meets no goal, and each says why', () => {
    const sim = lessonStart();
    expect(new GoalTracker(goals).update(sim).filter((s) => s.met)).toEqual([]);
    expect(why(check(sim, 'environments'))).toMatch(
      /No ACTIVE cluster tagged copilot-environment=test or prod/,
    );
    expect(why(check(sim, 'web-on-test'))).toMatch(/No Load Balanced Web Service is deployed to test/);
    expect(why(check(sim, 'worker-on-test'))).toMatch(/No Worker Service runs in test/);
  });

  it('its prediction: a deploy to test leaves prod empty', () => {
    expect(prediction.outcome(lessonStart())).toBe('none');
  });

  it('says when Copilot ended and what replaces it', () => {
    expect(body).toMatch(/end of support on \*\*12 June 2026\*\*/);
    for (const successor of ['Amazon ECS Express Mode', 'AWS CDK', 'CloudFormation', 'DVA-C02'])
      expect(body).toContain(successor);
  });
});

describe('lesson 22: the solution', () => {
  it.each(SEEDS)('meets every goal on seed %i', (seed) => {
    expect(solvedBy(solution, seed).met).toEqual(ids);
  });
  it.each(SEEDS)('the alternative meets every goal on seed %i', (seed) => {
    expect(solvedBy(alternatives[0]!, seed).met).toEqual(ids);
  });

  it('is exactly what typing the commands does, call for call', () => {
    const typed = lessonStart();
    typeTheCommands(typed);
    const played = lessonStart();
    runSteps(
      played,
      solution.filter((s) => !('advance' in s)),
    );
    expect(changes(typed)).toEqual(changes(played));
    expect(changes(typed).length).toBeGreaterThan(20);
  });

  it('typing the commands meets every goal once time runs', () => {
    const sim = lessonStart();
    typeTheCommands(sim);
    sim.advance(300);
    expect([...goalsMetAfterHolding(sim, goals)].sort()).toEqual(ids);
  });
});

describe('lesson 22: naive attempts miss their goal', () => {
  it.each(copilot22Attempts.map((a) => [a.name, a] as const))('%s', (_name, attempt) => {
    expect(wronglyMet(attempt.steps, attempt.mustMiss)).toEqual([]);
  });
  it('a worker whose tasks have not started yet', () => {
    const sim = createSimulation({ seed: 22 });
    runSteps(sim, [...appAndEnvironments, ...ordersWorker]);
    expect(why(check(sim, 'worker-on-test'))).toMatch(/is deployed to test but no task of it is RUNNING yet/);
  });
});

describe('lesson 22: its quiz', () => {
  it('is a well-formed bank', () => {
    expect(quizBankProblems(quiz)).toEqual([]);
    expect(quiz.length).toBeGreaterThanOrEqual(7);
  });
  it('every item carries concepts, exams and task ids', () => {
    for (const item of quiz) {
      expect(item.tags.concepts.length, item.id).toBeGreaterThan(0);
      expect(item.tags.tasks?.length, item.id).toBeGreaterThan(0);
    }
  });
});
