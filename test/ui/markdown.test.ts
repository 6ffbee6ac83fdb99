import { describe, expect, it } from 'vitest';
import { parseDemo, renderLesson } from '../../src/course/markdown';

describe('lesson markdown', () => {
  it('renders prose and turns a demo block into a button with its step', () => {
    const md =
      'A **task** runs.\n\n```demo\n{"label":"Run one","call":["ecs","RunTask",{"taskDefinition":"web"}]}\n```\n';
    const r = renderLesson(md);
    expect(r.html).toContain('<strong>task</strong>');
    expect(r.html).toContain('data-demo="0"');
    expect(r.html).toContain('▶ Run one');
    expect(r.demos).toEqual([
      { label: 'Run one', step: { call: ['ecs', 'RunTask', { taskDefinition: 'web' }] } },
    ]);
  });

  it('makes a table focusable, so a table wider than the column can be scrolled from the keyboard', () => {
    const r = renderLesson('| a | b |\n| --- | --- |\n| 1 | 2 |\n');
    expect(r.html).toMatch(/<table tabindex="0">/);
  });

  it('removes scripts and event handlers from lesson HTML', () => {
    const r = renderLesson('<img src=x onerror="alert(1)"><script>alert(2)</script>hello');
    expect(r.html).not.toContain('onerror');
    expect(r.html).not.toContain('<script');
    expect(r.html).toContain('hello');
  });

  it.each([
    ['bad JSON', '{label:', /not valid JSON/],
    ['no label', '{"advance":5}', /needs a "label"/],
    ['no action', '{"label":"x"}', /needs "call"/],
  ])('reports a demo block with %s', (_name, body, message) => {
    const demo = parseDemo(body);
    expect(typeof demo).toBe('string');
    expect(demo as string).toMatch(message);
  });
});
