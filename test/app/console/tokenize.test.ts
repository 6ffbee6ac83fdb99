import { describe, expect, it } from 'vitest';
import { scanWords, tokenize } from '../../../src/app/console/tokenize';

const words = (line: string) => {
  const r = tokenize(line);
  if (!r.ok) throw new Error(r.error);
  return r.value.map((w) => w.text);
};

describe('tokenize', () => {
  it.each([
    ['splits on runs of blanks', 'aws  ecs\tlist-clusters', ['aws', 'ecs', 'list-clusters']],
    [
      'keeps single-quoted text literally',
      `--cli-input-json '{"cluster":"web"}'`,
      ['--cli-input-json', '{"cluster":"web"}'],
    ],
    [
      'honours backslash escapes inside double quotes',
      '--overrides "{\\"containerOverrides\\":[]}"',
      ['--overrides', '{"containerOverrides":[]}'],
    ],
    ['keeps a backslash before an ordinary letter inside double quotes', '"a\\nb"', ['a\\nb']],
    [
      'joins quoted and unquoted parts of one word',
      `expression="attribute:ecs.instance-type =~ t3.*"`,
      ['expression=attribute:ecs.instance-type =~ t3.*'],
    ],
    ['escapes a blank outside quotes', 'a\\ b c', ['a b', 'c']],
    ['joins lines ending in a backslash', 'aws ecs \\\nlist-clusters', ['aws', 'ecs', 'list-clusters']],
    ['joins lines ending in a backslash before CRLF', 'aws \\\r\necs', ['aws', 'ecs']],
    ['gives an empty word for empty quotes', "--group ''", ['--group', '']],
    ['gives no words for a blank line', '   ', []],
    [
      "reads bash's $'…' escapes (a script typed on one line)",
      "--user-data $'#!/bin/bash\\necho ECS_CLUSTER=demo >> /etc/ecs/ecs.config'",
      ['--user-data', '#!/bin/bash\necho ECS_CLUSTER=demo >> /etc/ecs/ecs.config'],
    ],
    [
      "keeps \\' \\\\ \\t and \\x41 inside $'…', and a backslash before an unknown letter",
      "$'it\\'s\\\\\\t\\x41\\q'",
      ["it's\\\tA\\q"],
    ],
    ["joins $'…' with the text around it", "a$'b\\n'c", ['ab\nc']],
  ])('%s', (_name, line, expected) => {
    expect(words(line)).toEqual(expected);
  });

  it.each([
    ['a single quote', "aws ecs run-task --cluster 'web", "Unterminated single quote: the ' at column 28"],
    ['a double quote', 'aws "ecs', 'Unterminated double quote: the " at column 5'],
    ["a $'…' quote", "aws $'ecs", "Unterminated single quote: the ' at column 5"],
  ])('reports the column of %s that is never closed', (_name, line, message) => {
    const r = tokenize(line);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it('records where each word starts and ends in the line', () => {
    const r = tokenize(`aws 'ecs'`);
    expect(r.ok && r.value[1]).toEqual({ text: 'ecs', start: 4, end: 9 });
  });

  it('ends a word inside the line when the line ends in a lone backslash', () => {
    expect(scanWords('aws ab\\').words[1]).toEqual({ text: 'ab', start: 4, end: 7 });
  });

  it('scans a half-typed line without failing and says whether a new word has begun', () => {
    expect(scanWords("aws ecs run-task --cluster 'we")).toMatchObject({ open: { quote: "'", column: 28 } });
    expect(scanWords('aws ecs ').trailingSpace).toBe(true);
    expect(scanWords('aws ecs').trailingSpace).toBe(false);
  });
});
