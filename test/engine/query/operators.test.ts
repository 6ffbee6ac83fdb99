import { describe, expect, it } from 'vitest';
import type { QueryExpr } from '../../../src/engine/query';
import { compileQuery, parseQuery } from '../../../src/engine/query';
import { FLEET, select } from './fleet';

function parsed(expression: string): QueryExpr {
  const result = parseQuery(expression);
  if (!result.ok) throw new Error(`${expression}: ${result.error.message}`);
  return result.value;
}

function operatorOf(expression: string): string {
  const expr = parsed(expression);
  if (expr.type !== 'condition') throw new Error(`${expression} is not a single condition`);
  return expr.operator;
}

describe('cluster query language: operator spellings', () => {
  // [symbol or short spelling, word spelling, argument, canonical operator, selection]
  const spellings: ReadonlyArray<[string, string, string, string, string[]]> = [
    ['==', 'equals', 'prod', '==', ['a', 'd']],
    ['!=', 'not_equals', 'prod', '!=', ['b']],
    ['>', 'greater_than', '5', '>', ['c']],
    ['>=', 'greater_than_equal', '2', '>=', ['a', 'c']],
    ['<', 'less_than', '5', '<', ['a']],
    ['<=', 'less_than_equal', '10', '<=', ['a', 'c']],
    ['exists', 'EXISTS', '', 'exists', ['a', 'c']],
    ['!exists', 'not_exists', '', '!exists', ['b', 'd']],
    ['in', 'IN', '[prod, dev]', 'in', ['a', 'b', 'd']],
    ['!in', 'not_in', '[dev]', 'not_in', ['a', 'd']],
    ['=~', 'matches', 'pro.*', '=~', ['a', 'd']],
    ['!~', 'not_matches', 'pro.*', '!~', ['b']],
  ];

  it.each(spellings)(
    "reads '%s' and '%s' as the same operator",
    (short, word, argument, canonical, selected) => {
      // ordering operators are tried on the numeric attribute gpus, the rest on stack
      const subject = /^(>|<|greater|less)/.test(short) ? 'attribute:gpus' : 'attribute:stack';
      const subjectFor = (op: string) => (op.toLowerCase().includes('exists') ? 'attribute:gpus' : subject);
      for (const op of [short, word, word.toUpperCase()]) {
        const expression = `${subjectFor(op)} ${op} ${argument}`.trim();
        expect(operatorOf(expression)).toBe(canonical);
        expect(select(expression)).toEqual(selected);
      }
    },
  );

  it('accepts the symbolic and word forms of and, or and not in any case', () => {
    const forms = [
      'attribute:stack == prod and runningTasksCount == 1',
      'attribute:stack == prod && runningTasksCount == 1',
      'attribute:stack == prod AND runningTasksCount == 1',
      'not(attribute:stack != prod) and not(runningTasksCount != 1)',
      '!(attribute:stack != prod) && !(runningTasksCount != 1)',
      'NOT attribute:stack != prod And Not runningTasksCount != 1',
    ];
    for (const expression of forms) expect(select(expression)).toEqual(['a', 'd']);
    expect(select('attribute:stack == dev or task:group == database')).toEqual(['b', 'c', 'd']);
    expect(select('attribute:stack == dev || task:group == database')).toEqual(['b', 'c', 'd']);
    expect(select('attribute:stack == dev OR task:group == database')).toEqual(['b', 'c', 'd']);
  });

  it('reads subjects and keywords in any case but compares values and attribute names exactly', () => {
    expect(select('ATTRIBUTE:stack EQUALS prod AND RUNNINGTASKSCOUNT == 1')).toEqual(['a', 'd']);
    expect(select('Task:Group == database')).toEqual(['c', 'd']);
    expect(select('attribute:stack == PROD')).toEqual([]);
    expect(select('attribute:STACK == prod')).toEqual([]);
  });

  it('reads a comparison written without spaces', () => {
    expect(select('attribute:stack==prod&&runningTasksCount>=1')).toEqual(['a', 'd']);
  });
});

describe('cluster query language: subjects', () => {
  const cases: ReadonlyArray<[name: string, expression: string, selected: string[]]> = [
    ['!= needs the attribute to exist', 'attribute:stack != dev', ['a', 'd']],
    ['not_in needs the attribute to exist', 'attribute:stack not_in [dev]', ['a', 'd']],
    ['!~ needs the attribute to exist', 'attribute:stack !~ de.*', ['a', 'd']],
    ['exists sees name-only attributes', 'attribute:ecs.capability.task-eni exists', ['b', 'c']],
    [
      '!exists selects instances without the attribute',
      'attribute:ecs.capability.task-eni !exists',
      ['a', 'd'],
    ],
    ['an attribute nobody has matches nothing', 'attribute:no.such-thing == x', []],
    ['attribute ordering compares numbers as numbers', 'attribute:gpus > 9', ['c']],
    ['attribute ordering compares text as text', 'attribute:stack < e', ['b']],
    ['a quoted value may hold spaces', "attribute:note == 'has space'", ['b']],
    ['a doubled quote is one quote', "attribute:note == 'it''s blue'", ['a']],
    ['runningTasksCount > 0', 'runningTasksCount > 0', ['a', 'c', 'd']],
    ['runningTasksCount != 1', 'runningTasksCount != 1', ['b', 'c']],
    ['runningTasksCount <= 0', 'runningTasksCount <= 0', ['b']],
    ['agentVersion compares per component (1.9.0 < 1.14.5)', 'agentVersion >= 1.14.5', ['b', 'c']],
    ['agentVersion pads missing components with 0', 'agentVersion == 1.9', ['d']],
    ['agentVersion > with a short literal', 'agentVersion > 1.14', ['a', 'b', 'c']],
    ['registeredAt with a date', 'registeredAt >= 2018-02-13', ['b', 'c']],
    ['registeredAt with Z', 'registeredAt == 2018-02-12T23:59:59Z', ['d']],
    ['registeredAt without a zone is UTC', 'registeredAt == 2018-02-12T23:59:59', ['d']],
    ['registeredAt with +00:00', 'registeredAt == 2018-02-12T23:59:59+00:00', ['d']],
    ['registeredAt with another offset', 'registeredAt == 2018-02-13T01:59:59+02:00', ['d']],
    ['task:group in a list', 'task:group in [service:production, service:web]', ['a', 'c']],
    ['task:group != means no task of that group', 'task:group != database', ['a', 'b']],
    [
      'task:group not_in means no task of those groups',
      'task:group not_in [database, service:production]',
      ['b'],
    ],
    ['task:group =~ looks at every group', 'task:group =~ service:.*', ['a', 'c']],
    ['agentConnected == false', 'agentConnected == false', ['c']],
    ['agentConnected != true', 'agentConnected != true', ['c']],
    ['agentConnected reads TRUE as true', 'agentConnected in [TRUE]', ['a', 'b', 'd']],
    ['agentConnected =~', 'agentConnected =~ fal.*', ['c']],
    ['ec2InstanceId ==', 'ec2InstanceId == i-0c0c0c0c', ['c']],
    ['ec2InstanceId =~', 'ec2InstanceId =~ i-0.*', ['b', 'c']],
    ['ec2InstanceId !~', "ec2InstanceId !~ 'i-0(b|c).*'", ['a', 'd']],
  ];

  it.each(cases)('%s', (_name, expression, selected) => {
    expect(select(expression)).toEqual(selected);
  });

  it('finishes a catastrophic pattern on a long value at once', () => {
    const compiled = compileQuery("attribute:long =~ '(a+)+$'");
    if (!compiled.ok) throw new Error(compiled.error.message);
    const subject = { ...FLEET.a, attributes: new Map([['long', `${'a'.repeat(50_000)}b`]]) };
    const started = performance.now();
    expect(compiled.value(subject)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('cluster query language: precedence', () => {
  it('binds and tighter than or', () => {
    const loose = 'attribute:stack == prod or attribute:stack == dev and runningTasksCount == 0';
    const explicit = 'attribute:stack == prod or (attribute:stack == dev and runningTasksCount == 0)';
    const regrouped = '(attribute:stack == prod or attribute:stack == dev) and runningTasksCount == 0';
    expect(select(loose)).toEqual(['a', 'b', 'd']);
    expect(select(explicit)).toEqual(['a', 'b', 'd']);
    expect(select(regrouped)).toEqual(['b']);
    expect(parsed(loose).type).toBe('or');
  });

  it('binds not tighter than and', () => {
    expect(select('not attribute:stack == prod and runningTasksCount == 0')).toEqual(['b']);
    expect(select('not (attribute:stack == prod and runningTasksCount == 0)')).toEqual(['a', 'b', 'c', 'd']);
    expect(select('not not task:group == database')).toEqual(['c', 'd']);
  });

  it('flattens chains of the same connective and records where each part is', () => {
    const text = '(runningTasksCount == 1 and agentConnected == true) and task:group == database';
    const expr = parsed(text);
    expect(expr.type).toBe('and');
    if (expr.type !== 'and') return;
    expect(expr.operands).toHaveLength(3);
    const last = 'task:group == database';
    expect(expr.operands[2]?.span).toEqual({ offset: text.indexOf(last), length: last.length });
    expect(expr.span).toEqual({ offset: 0, length: text.length });
  });
});

describe('compileQuery', () => {
  it('returns the cached predicate for the same text', () => {
    const first = compileQuery('runningTasksCount > 3');
    expect(compileQuery('runningTasksCount > 3')).toBe(first);
    expect(compileQuery('runningTasksCount >')).toBe(compileQuery('runningTasksCount >'));
  });

  it('still answers correctly after the cache has been filled many times over', () => {
    for (let i = 0; i < 1200; i++) compileQuery(`runningTasksCount == ${i}`);
    expect(select('runningTasksCount == 2')).toEqual(['c']);
  });

  it('evaluates a simple condition in well under a microsecond', () => {
    const compiled = compileQuery('attribute:ecs.instance-type == t2.small and runningTasksCount < 5');
    if (!compiled.ok) throw new Error(compiled.error.message);
    const subjects = Object.values(FLEET);
    const rounds = 250_000;
    let hits = 0;
    const started = performance.now();
    for (let i = 0; i < rounds; i++) for (const s of subjects) if (compiled.value(s)) hits++;
    const nanosEach = ((performance.now() - started) * 1e6) / (rounds * subjects.length);
    expect(hits).toBe(rounds);
    // typically ~10 ns; the bound leaves room for a busy machine
    expect(nanosEach).toBeLessThan(500);
  });
});

describe('cluster query language: keywords as values', () => {
  it('reads a keyword in a value position as a value when no condition follows it', () => {
    const withWord = { ...FLEET.a, attributes: new Map([['mode', 'and']]) };
    const compiled = compileQuery('attribute:mode == and');
    expect(compiled.ok && compiled.value(withWord)).toBe(true);
    const quoted = compileQuery("attribute:mode == 'and' and runningTasksCount == 1");
    expect(quoted.ok && quoted.value(withWord)).toBe(true);
  });
});
