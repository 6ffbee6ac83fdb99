import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeCatalog } from './fakeCatalog';
import { complete, engineCatalog, runCommand } from '../../../src/app/console/index';
import { parseCommand } from '../../../src/app/console/parse';
import { ShorthandError, parseShorthand } from '../../../src/app/console/shorthand';
import { quotedEnd, valueEnd } from '../../../src/app/console/shorthandScan';
import { scanWords, tokenize } from '../../../src/app/console/tokenize';

/**
 * The shorthand parser and the tokenizer take time in proportion to their input, whatever it is, and always
 * answer with a value or a clear error. Timing bounds are generous (a slow shared machine must not fail them);
 * the exponential behaviour they guard against took seconds at 40 characters and would never end at 5,000.
 */
const BOUND_MS = 500;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/** The grammar's special characters, blanks and a few letters. */
const ALPHABET = ['=', ',', '[', ']', '{', '}', '"', "'", '\\', '@', ' ', '\n', 'a', 'b', 'K', ':'];
const unit = fc.constantFrom(...ALPHABET);

/** Text up to a few thousand characters: random, or long runs of one character (a backslash run, say). */
const hostile = fc.oneof(
  fc.string({ unit, maxLength: 3000 }),
  fc
    .array(fc.tuple(unit, fc.integer({ min: 1, max: 600 })), { maxLength: 12 })
    .map((runs) => runs.map(([c, n]) => c.repeat(n)).join('')),
  fc
    .tuple(fc.string({ unit, maxLength: 8 }), fc.integer({ min: 1, max: 800 }))
    .map(([chunk, n]) => chunk.repeat(n)),
);

describe('parseShorthand on any text', () => {
  it('finishes in time and answers with a value or a ShorthandError, never anything else', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostile,
          hostile.map((t) => `key=${t}`),
        ),
        (text) => {
          const { value: result, ms } = timed(() => parseShorthand(text));
          expect(ms).toBeLessThan(BOUND_MS);
          if (!result.ok) {
            expect(result.error).toBeInstanceOf(ShorthandError);
            expect(result.error.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([40, 5000])('rejects an unclosed quote followed by %i backslashes at once', (n) => {
    for (const quote of ['"', "'"]) {
      const text = `key=${quote}${'\\'.repeat(n)}`;
      const { value: result, ms } = timed(() => parseShorthand(text));
      expect(ms).toBeLessThan(BOUND_MS);
      expect(!result.ok && result.error.message).toMatch(
        quote === '"' ? /^Expected: '<double quoted>', received: '<none>'/ : /^Expected: '<singled quoted>'/,
      );
    }
  });

  it('keeps the CLI reading of a run of backslashes that does close', () => {
    const r = parseShorthand(`key="${'\\'.repeat(5000)}"`);
    expect(r.ok && r.value).toEqual({ key: '\\'.repeat(2500) });
  });
});

describe('the console line with the reported input', () => {
  it.each([40, 5000])('answers a shorthand error quickly for %i backslashes', (n) => {
    const line = `aws ecs run-task --task-definition web --placement-strategy 'key="${'\\'.repeat(n)}'`;
    const { value: parsed, ms } = timed(() => parseCommand(line, fakeCatalog));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.exitCode).toBe(252);
      expect(parsed.error.stderr).toMatch(
        /^\nError parsing parameter '--placement-strategy': Expected: '<double quoted>'/,
      );
    }
  });
});

describe('the whole console on any line', () => {
  const catalog = engineCatalog();
  const sim = { callByName: () => ({}) };
  const PREFIXES = [
    'aws ',
    'aws ecs ',
    'aws ecs run-task --task-definition web --placement-strategy ',
    'aws ecs run-task --task-definition web --network-configuration ',
    'aws ecs run-task --cli-input-json ',
    'aws ecs list-clusters --query ',
    'aws ec2 run-instances --image-id ami-1 --instance-type t3.micro --placement ',
  ];

  it('runs, and completes, any line in time with an answer and no exception', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PREFIXES), hostile, (prefix, rest) => {
        const line = prefix + rest;
        const { value: result, ms } = timed(() => runCommand(line, sim, catalog));
        expect(ms).toBeLessThan(BOUND_MS);
        if (!result.ok) expect(result.stderr.trim().length).toBeGreaterThan(0);
        expect(timed(() => complete(line, line.length, catalog)).ms).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the tokenizer on any text', () => {
  it('finishes in time and either splits the line or names the unclosed quote', () => {
    fc.assert(
      fc.property(hostile, (line) => {
        const { value: result, ms } = timed(() => tokenize(line));
        expect(ms).toBeLessThan(BOUND_MS);
        if (!result.ok) expect(result.error).toMatch(/^Unterminated (single|double) quote: /);
        const scan = scanWords(line);
        for (const word of scan.words) {
          expect(word.start).toBeLessThan(word.end);
          expect(word.end).toBeLessThanOrEqual(line.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * The AWS CLI's own patterns (awscli/shorthand.py), run by a backtracking engine: harmless on short text, so
 * they serve as the reference the linear scanners must agree with.
 */
const START = String.raw`!#-&(-+\--<>-Z\\-z|-\u{10ffff}`;
const CLI = {
  first: new RegExp(String.raw`^(?:\\,|[${START}])(?:\\,|[\s!#-&(-+\--\\^-|~-\u{10ffff}])*`, 'u'),
  second: new RegExp(String.raw`^(?:\\,|[${START}])(?:\\,|[\s!#-&(-+\--<>-\u{10ffff}])*`, 'u'),
  '"': /^"(?:\\\\|\\"|[^"])*"/,
  "'": /^'(?:\\\\|\\'|[^'])*'/,
};

describe('the linear scanners match exactly what the CLI patterns match', () => {
  const short = fc.string({
    unit: fc.oneof(unit, fc.constantFrom('é', '\t', '\u0001', '~', '|')),
    maxLength: 14,
  });

  it('for quoted values', () => {
    fc.assert(
      fc.property(fc.constantFrom('"', "'"), short, (quote, rest) => {
        const text = quote + rest;
        const m = CLI[quote as '"' | "'"].exec(text);
        expect(quotedEnd(text, 0)).toBe(m ? m[0].length : undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('for unquoted first and later values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('first', 'second') as fc.Arbitrary<'first' | 'second'>,
        short,
        (cls, text) => {
          const m = CLI[cls].exec(text);
          expect(valueEnd(text, 0, cls)).toBe(m ? m[0].length : 0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
