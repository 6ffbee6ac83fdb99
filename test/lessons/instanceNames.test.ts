import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine';
import { loadCourse } from '../../src/course/loader';

/**
 * Lesson text that names an instance (prod-a1, ml-2) must name one the map can show: the scenario launches it
 * with that EC2 Name tag.
 */
const course = await loadCourse();
const INSTANCE_NAME = /`?\b((?:prod|ml|general|shop)-[a-z]?\d)\b`?/g;

describe.each(course.lessons.map((l) => [l.slug, l] as const))('lesson %s', (_slug, lesson) => {
  it('names only instances its scenario tags with that Name', () => {
    const sim = createSimulation({ seed: lesson.scenario.seed });
    lesson.scenario.build(sim);
    const tagged = new Set(
      Object.values(sim.state.ec2.instances).flatMap((i) =>
        i.Tags.filter((t) => t.Key === 'Name').map((t) => t.Value),
      ),
    );
    const text = [lesson.body, lesson.prediction?.prompt ?? '', lesson.prediction?.explanation ?? ''].join(
      '\n',
    );
    for (const [, name] of text.matchAll(INSTANCE_NAME)) expect(tagged, name).toContain(name);
  });
});
