import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  parseAgentVersion,
  parseCountLiteral,
  parseQueryDate,
  parseVersionLiteral,
} from '../../../src/engine/query/literals';
import { formatValue } from '../../../src/engine/query/describe';

describe('query literals', () => {
  const dates: ReadonlyArray<[string, number | undefined]> = [
    ['2018-06-18T22:28:28+00:00', Date.UTC(2018, 5, 18, 22, 28, 28) / 1000],
    ['2018-06-18T22:28:28Z', Date.UTC(2018, 5, 18, 22, 28, 28) / 1000],
    ['2018-06-18T22:28:28', Date.UTC(2018, 5, 18, 22, 28, 28) / 1000],
    ['2018-06-18', Date.UTC(2018, 5, 18) / 1000],
    ['2018-06-18T22:28:28-05:30', Date.UTC(2018, 5, 19, 3, 58, 28) / 1000],
    ['2020-02-29', Date.UTC(2020, 1, 29) / 1000],
    ['2019-02-29', undefined],
    ['2018-13-01', undefined],
    ['2018-06-18T24:00:00Z', undefined],
    ['2018-06-18 22:28:28', undefined],
    ['18-06-2018', undefined],
    ['2018-06-18T22:28', undefined],
  ];
  it.each(dates)('reads the date %s as %s', (text, seconds) => {
    expect(parseQueryDate(text)).toBe(seconds);
  });

  it('compares versions component by component as numbers', () => {
    const v = (text: string) => parseVersionLiteral(text) ?? [];
    expect(compareVersions(v('1.9.0'), v('1.14.5'))).toBeLessThan(0);
    expect(compareVersions(v('1.14.5'), v('1.14.5'))).toBe(0);
    expect(compareVersions(v('1.14'), v('1.14.0'))).toBe(0);
    expect(compareVersions(v('2'), v('1.99.99'))).toBeGreaterThan(0);
    expect(parseVersionLiteral('1.x')).toBeUndefined();
    expect(parseVersionLiteral('v1.2')).toBeUndefined();
  });

  it('reads instance agent versions leniently', () => {
    expect(parseAgentVersion('1.51.0')).toEqual([1, 51, 0]);
    expect(parseAgentVersion('v1.51.0')).toEqual([1, 51, 0]);
    expect(parseAgentVersion('1.51.0-beta')).toEqual([1, 51, 0]);
    expect(parseAgentVersion('unknown')).toBeUndefined();
  });

  it('reads task counts as whole numbers only', () => {
    expect(parseCountLiteral('0')).toBe(0);
    expect(parseCountLiteral('12')).toBe(12);
    expect(parseCountLiteral('-1')).toBeUndefined();
    expect(parseCountLiteral('1.0')).toBeUndefined();
    expect(parseCountLiteral('1e3')).toBeUndefined();
  });
});

describe('formatValue', () => {
  const cases: ReadonlyArray<[string, string]> = [
    ['t2.small', 't2.small'],
    ['service:web', 'service:web'],
    ['2018-06-18T22:28:28+00:00', '2018-06-18T22:28:28+00:00'],
    ['has space', "'has space'"],
    ["it's", "'it''s'"],
    ['(a|b).*', "'(a|b).*'"],
    ['a,b', "'a,b'"],
    ['', "''"],
    ['!x', "'!x'"],
    ['a==b', "'a==b'"],
    ['and', "'and'"],
    ['NOT', "'NOT'"],
  ];
  it.each(cases)('writes %j as %s', (value, written) => {
    expect(formatValue(value)).toBe(written);
  });
});
