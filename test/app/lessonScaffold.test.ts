import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lessonScaffold, scaffoldSlug } from '../../src/app/lessonScaffold';
import { findScenario } from '../../src/app/scenarios';
import { replay, type TimedCall } from '../../src/app/timeline';
import { splitFrontmatter, validateMeta } from '../../src/course/frontmatter';
import type { Goal, LessonScenario, QuizItem, Step } from '../../src/course/types';
import { createSimulation, type Simulation } from '../../src/engine/index';

const fleet = findScenario('mixed-fleet')!;
/**
 * The scaffold is written two levels below the repository root, as lessons/NN-slug/ is, so its imports resolve;
 * each case in its own folder (imported modules are cached by path).
 */
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** The learner's sandbox: a service of three, a standalone task, some time. */
function sandbox(): Simulation {
  const calls: TimedCall[] = [
    {
      at: 200,
      service: 'ecs',
      operation: 'CreateService',
      input: { cluster: 'demo', serviceName: 'web-svc', taskDefinition: 'web', desiredCount: 3 },
    },
    {
      at: 260,
      service: 'ecs',
      operation: 'RunTask',
      input: { cluster: 'demo', taskDefinition: 'web', count: 1 },
    },
  ];
  return replay(fleet, calls, 600);
}

/** Writes the files under ROOT and imports the lesson's modules as the course loader would. */
async function written(sim: Simulation) {
  const root = resolve(import.meta.dirname, '../..', `.scaffold-test-${process.pid}-${roots.length}`);
  roots.push(root);
  const files = lessonScaffold(fleet, sim);
  for (const f of files) {
    const path = join(root, f.path.replace(/^lessons\//, ''));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
  }
  const folder = join(root, scaffoldSlug(fleet.title));
  const text = (name: string) => files.find((f) => f.path.endsWith(`/${name}`))!.text;
  return {
    files,
    markdown: text('lesson.md'),
    scenario: (await import(join(folder, 'scenario.ts'))) as { default: LessonScenario },
    goals: ((await import(join(folder, 'goals.ts'))) as { default: Goal[] }).default,
    solution: ((await import(join(folder, 'solution.ts'))) as { default: Step[] }).default,
    quiz: ((await import(join(folder, 'quiz.ts'))) as { default: QuizItem[] }).default,
  };
}

describe('lesson scaffold', () => {
  it('writes the five files of a lesson folder named after the scenario', () => {
    const paths = lessonScaffold(fleet, sandbox()).map((f) => f.path);
    expect(paths).toEqual(
      ['lesson.md', 'scenario.ts', 'goals.ts', 'solution.ts', 'quiz.ts'].map(
        (name) => `lessons/25-mixed-fleet-across-three-azs/${name}`,
      ),
    );
  });

  it('its scenario rebuilds the sandbox exactly, and its example goals hold there', async () => {
    const sim = sandbox();
    const lesson = await written(sim);
    const rebuilt = createSimulation({ seed: lesson.scenario.default.seed });
    lesson.scenario.default.build(rebuilt);
    expect(rebuilt.now).toBe(sim.now);
    expect(rebuilt.state.ecs).toEqual(sim.state.ecs);
    expect(lesson.goals.map((g) => g.id)).toEqual(['web-svc-steady']);
    expect(lesson.goals[0]!.check(rebuilt)).toEqual({ met: true });
    // one task fewer and the goal says so, with the count
    const fewer = createSimulation({ seed: lesson.scenario.default.seed });
    lesson.scenario.default.build(fewer);
    fewer.call('ecs', 'UpdateService', { cluster: 'demo', service: 'web-svc', desiredCount: 2 });
    fewer.advance(120);
    expect(lesson.goals[0]!.check(fewer)).toEqual({ met: false, why: 'web-svc runs 2 of 3 tasks.' });
    expect(lesson.solution.length).toBeGreaterThan(0);
    expect(lesson.quiz.map((q) => q.kind)).toEqual(['single']);
  });

  it('its lesson.md passes the course’s frontmatter rules and lists what the sandbox holds', () => {
    const md = lessonScaffold(fleet, sandbox()).find((f) => f.path.endsWith('lesson.md'))!.text;
    const split = splitFrontmatter(md);
    if (!split.ok) throw new Error(split.error);
    expect(validateMeta(split.value.fields)).toMatchObject({ ok: true, value: { title: fleet.title } });
    expect(split.value.body).toContain(
      '- Cluster `demo`: 6 container instance(s) (2 in us-east-1a, 2 in us-east-1b, 2 in us-east-1c), 4 running task(s).',
    );
    expect(split.value.body).toContain('  - Service `web-svc`: 3 desired, 3 running.');
    expect(split.value.body).toContain('- Task definitions: `web:1`.');
  });

  it('with no service, the goals file is an empty list to fill in', async () => {
    const lesson = await written(replay(fleet, [], 300));
    expect(lesson.goals).toEqual([]);
  });
});
