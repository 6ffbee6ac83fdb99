import { describe, expect, it } from 'vitest';
import {
  buildBank,
  conceptsOf,
  examsOf,
  filterBank,
  lessonsOf,
  type BankFilter,
} from '../../../src/app/exam/bank';
import { sampleLessons } from './fixtures';

const bank = buildBank(sampleLessons());

describe('exam bank', () => {
  it('collects every lesson’s items in lesson order, keyed by lesson and item id', () => {
    expect(bank.map((b) => b.key)).toEqual([
      '01-one/a',
      '01-one/b',
      '01-one/c',
      '02-two/a',
      '02-two/b',
      '03-three/a',
    ]);
    expect(bank[3]!.lesson).toEqual({ slug: '02-two', title: 'Lesson 02-two', order: 2 });
  });

  it('is empty when no lesson exists', () => {
    expect(buildBank([])).toEqual([]);
  });

  it.each<[string, BankFilter, string[]]>([
    [
      'no filter keeps everything',
      {},
      ['01-one/a', '01-one/b', '01-one/c', '02-two/a', '02-two/b', '03-three/a'],
    ],
    ['an exam code keeps items tagged with it', { exam: 'DOP-C02' }, ['03-three/a']],
    ['a concept matches any spelling of it', { concept: 'fargate' }, ['02-two/a', '02-two/b']],
    ['a lesson keeps its own items', { lesson: '01-one' }, ['01-one/a', '01-one/b', '01-one/c']],
    ['filters combine', { exam: 'SAA-C03', concept: 'task' }, ['01-one/b', '01-one/c']],
    ['a filter nothing matches gives nothing', { exam: 'SOA-C03' }, []],
  ])('filters: %s', (_name, filter, keys) => {
    expect(filterBank(bank, filter).map((b) => b.key)).toEqual(keys);
  });

  it('lists each concept once, first spelling kept, sorted by label', () => {
    expect(conceptsOf(bank)).toEqual([
      { key: 'awsvpc', label: 'awsvpc' },
      { key: 'binpack', label: 'binpack' },
      { key: 'cluster', label: 'cluster' },
      { key: 'fargate', label: 'Fargate' },
      { key: 'task', label: 'task' },
    ]);
  });

  it('counts items per exam and leaves out exams no item carries', () => {
    expect(examsOf(bank)).toEqual([
      { exam: 'SAA-C03', count: 4 },
      { exam: 'DVA-C02', count: 2 },
      { exam: 'DOP-C02', count: 1 },
    ]);
  });

  it('lists the lessons that contribute items', () => {
    expect(lessonsOf(bank).map((l) => l.slug)).toEqual(['01-one', '02-two', '03-three']);
  });
});
