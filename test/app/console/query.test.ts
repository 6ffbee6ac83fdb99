import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileQuery } from '../../../src/app/console/query';

const response = {
  tasks: [
    { taskArn: 'arn:1', lastStatus: 'RUNNING', containers: [{ name: 'web' }, { name: 'log' }] },
    { taskArn: 'arn:2', lastStatus: 'PENDING', containers: [{ name: 'web' }] },
  ],
  failures: [],
  cluster: { clusterName: 'web', 'weird-key': 1 },
};

describe('compileQuery', () => {
  it.each([
    ['cluster.clusterName', 'web'],
    ['tasks[0].taskArn', 'arn:1'],
    ['tasks[-1].lastStatus', 'PENDING'],
    ['tasks[*].taskArn', ['arn:1', 'arn:2']],
    ['tasks[*].containers[*].name', [['web', 'log'], ['web']]],
    ['tasks[].containers[].name', ['web', 'log', 'web']],
    ['tasks[*].missing', []],
    ['length(tasks)', 2],
    ['length(failures)', 0],
    ['cluster."weird-key"', 1],
    ['nothing.here', null],
    ['tasks[5]', null],
  ])('selects %s', (expr, expected) => {
    const q = compileQuery(expr);
    expect(q.ok && q.value(response)).toEqual(expected);
  });

  it.each(['tasks[?lastStatus==`RUNNING`]', '{a: b}', 'a.', 'sort(tasks)', '"\\l"'])(
    'says %s is not supported',
    (expr) => {
      const q = compileQuery(expr);
      expect(!q.ok && q.error).toContain('This console supports a.b, a[0], a[*].b, a[].b and length(a)');
    },
  );

  it('reads length( path ) with blanks inside', () => {
    const q = compileQuery('  length(  tasks  )  ');
    expect(q.ok && q.value(response)).toBe(2);
  });

  // a generous bound: the patterns this replaced took seconds for 2,000 blanks and a minute for 4,000
  const BOUND_MS = 500;
  const timedCompile = (expr: string) => {
    const start = performance.now();
    const q = compileQuery(expr);
    return { q, ms: performance.now() - start };
  };

  it.each([
    ['an unclosed length( before many blanks', `length(${' '.repeat(5000)}x`],
    ['an unclosed bracket before many blanks', `tasks[${' '.repeat(5000)}`],
  ])('answers %s at once', (_name, expr) => {
    const { q, ms } = timedCompile(expr);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(q.ok).toBe(false);
  });

  it('compiles or refuses any text in time, without throwing', () => {
    const unit = fc.constantFrom(
      'l',
      'e',
      'n',
      'g',
      't',
      'h',
      '(',
      ')',
      '[',
      ']',
      '*',
      '.',
      '"',
      '\\',
      ' ',
      '1',
    );
    const text = fc.oneof(
      fc.string({ unit, maxLength: 3000 }),
      fc
        .tuple(fc.string({ unit, maxLength: 8 }), fc.integer({ min: 1, max: 600 }))
        .map(([c, n]) => c.repeat(n)),
    );
    fc.assert(
      fc.property(text, (expr) => {
        const { q, ms } = timedCompile(expr);
        expect(ms).toBeLessThan(BOUND_MS);
        if (!q.ok) expect(q.error).toContain('This console supports');
      }),
      { numRuns: 200 },
    );
  });
});
