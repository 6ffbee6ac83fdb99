import { describe, expect, it } from 'vitest';
import { splitFrontmatter, validateMeta } from '../../src/course/frontmatter';

const good = `---
title: Placement strategies
concepts: [placement, binpack, spread]
minutes: 10
mode: guided
module: E · Placement
exams: [SAA-2.2, DOP-3.1]
objectives:
  - predict placement per strategy
  - chain strategies
---
Body text.
`;

describe('lesson frontmatter', () => {
  it('reads strings, numbers, inline lists and dash lists, and returns the body after it', () => {
    const r = splitFrontmatter(good);
    expect(r.ok && r.value.fields).toEqual({
      title: 'Placement strategies',
      concepts: ['placement', 'binpack', 'spread'],
      minutes: 10,
      mode: 'guided',
      module: 'E · Placement',
      exams: ['SAA-2.2', 'DOP-3.1'],
      objectives: ['predict placement per strategy', 'chain strategies'],
    });
    expect(r.ok && r.value.body).toBe('Body text.\n');
  });

  it.each([
    ['no fence', 'title: x\n', /must start with a frontmatter block/],
    ['a line that is not key: value', '---\ntitle x\n---\n', /line 2 is not "key: value"/],
  ])('reports %s', (_name, source, message) => {
    const r = splitFrontmatter(source);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });

  it.each([
    ['title', { title: '' }, /"title"/],
    ['minutes out of range', { minutes: 40 }, /"minutes"/],
    ['mode', { mode: 'video' }, /"mode"/],
    ['exam tag format', { exams: ['SAA-C03'] }, /look like SAA-2.1/],
    ['too many objectives', { objectives: ['a', 'b', 'c', 'd'] }, /one to three/],
    ['unknown field', { colour: 'red' }, /unknown frontmatter field\(s\): colour/],
  ])('rejects a bad %s and names the field', (_name, patch, message) => {
    const r = splitFrontmatter(good);
    if (!r.ok) throw new Error(r.error);
    const v = validateMeta({ ...r.value.fields, ...patch });
    expect(v.ok).toBe(false);
    expect(!v.ok && v.error).toMatch(message);
  });

  it('accepts the valid example', () => {
    const r = splitFrontmatter(good);
    expect(r.ok && validateMeta(r.value.fields).ok).toBe(true);
  });
});
