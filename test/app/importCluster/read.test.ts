import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildImport } from '../../../src/app/importCluster/build';
import { problemText } from '../../../src/app/importCluster/described';
import { importCluster } from '../../../src/app/importCluster/index';
import { MAX_PASTE_CHARS } from '../../../src/app/importCluster/json';
import { readPastes } from '../../../src/app/importCluster/read';
import { findScenario } from '../../../src/app/scenarios';
import { describeFixture, FIXTURE_FILES, fixturePastes } from './fixtures';

const problems = (label: string, text: string): string[] => {
  const read = readPastes([{ label, text }]);
  if (read.ok) throw new Error('expected the paste to be refused');
  return read.error.map(problemText);
};

describe('reading pastes', () => {
  it.each([
    [
      'not JSON at all',
      'hello there',
      /the services paste, at line 1: "hello there" is not part of any JSON/,
    ],
    [
      'an AWS CLI error instead of output',
      '\nAn error occurred (ClusterNotFoundException) when calling the DescribeServices operation: Cluster not found.',
      /at line 2: "An error occurred \(ClusterNotFoundException\).*fix that first/,
    ],
    [
      'cut short',
      '{\n  "services": [\n    { "serviceName": "web"',
      /at line 1: the JSON that starts here never ends/,
    ],
    ['a trailing comma', '{\n  "services": [],\n}', /at line 3: this is not valid JSON/],
    ['an empty object', '{}', /document 1: this is not an output the import reads \(it is an empty object\)/],
    [
      'another command’s output',
      '{ "Reservations": [] }',
      /document 1: this is not an output the import reads \(its keys are Reservations\)\. Paste the JSON printed by aws ecs describe-clusters/,
    ],
    [
      'a number where a count goes',
      '{ "services": [{ "serviceName": "web", "taskDefinition": "web:1" }, { "serviceName": "api", "taskDefinition": "api:1", "desiredCount": "two" }] }',
      /at document 1\.services\[1\]\.desiredCount: expected a number, found "two" \(a string\)/,
    ],
    [
      'an instance without its ARN',
      '{ "containerInstances": [{ "status": "ACTIVE", "registeredResources": [] }] }',
      /document 1\.containerInstances\[0\]\.containerInstanceArn: expected a non-empty string, found missing/,
    ],
    ['a list of numbers', '[1, 2]', /document 1: expected a JSON object .* found 1 \(a number\)/],
  ])('names the paste, the place and the fix for %s', (_, text, message) => {
    const all = problems('the services paste', text);
    expect(all.join('\n')).toMatch(message);
    expect(all.every((p) => p.startsWith('the services paste'))).toBe(true);
  });

  it('refuses the whole import when one paste is wrong, naming only that paste', () => {
    const pastes = fixturePastes();
    pastes[3] = { label: 'the services paste', text: describeFixture('services').slice(0, 500) };
    const read = readPastes(pastes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.map((p) => p.paste)).toEqual(['the services paste']);
  });

  it('skips empty boxes and asks for something when all are empty', async () => {
    const result = await importCluster([
      { label: 'a', text: '' },
      { label: 'b', text: '  \n' },
    ]);
    expect(result).toEqual({ ok: false, error: [expect.stringMatching(/nothing to import yet/)] });
  });

  it('refuses a paste longer than it reads, without parsing it', () => {
    expect(problems('p', '{'.repeat(MAX_PASTE_CHARS + 1)).join()).toMatch(/reads at most 5,000,000/);
  });

  it('takes a bare task definition object (the inner one) as a describe-task-definition output', () => {
    const [first] = JSON.parse(describeFixture('task-definitions')) as Array<{ taskDefinition: object }>;
    const read = readPastes([{ label: 'p', text: JSON.stringify(first!.taskDefinition) }]);
    expect(read.ok && read.value.taskDefinitions.map((t) => `${t.family}:${t.revision}`)).toEqual(['web:12']);
  });
});

/** A fixture's JSON with one value somewhere in it replaced by `value`. */
function mutate(json: unknown, path: number[], value: unknown): unknown {
  if (path.length === 0 || json === null || typeof json !== 'object') return value;
  const entries = Array.isArray(json) ? json.map((v, i) => [i, v] as const) : Object.entries(json);
  if (entries.length === 0) return value;
  const [key, child] = entries[path[0]! % entries.length]!;
  const changed = mutate(child, path.slice(1), value);
  if (Array.isArray(json)) return json.map((v, i) => (i === key ? changed : v));
  return { ...json, [key]: changed };
}

const jsonValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.constant([]),
  fc.constant({}),
  fc.constantFrom('ACTIVE', 'DRAINING', 'STOPPED', 'FARGATE', 'DAEMON', 'awsvpc', 'memberOf', 'c6i.xlarge'),
);

const mutatedPastes = fc
  .tuple(
    fc.constantFrom(...FIXTURE_FILES),
    fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 8 }),
    jsonValue,
    fc.boolean(),
  )
  .map(([file, path, value, cut]) => {
    const pastes = fixturePastes();
    const index = FIXTURE_FILES.indexOf(file);
    const text = JSON.stringify(mutate(JSON.parse(describeFixture(file)), path, value));
    pastes[index] = { label: pastes[index]!.label, text: cut ? text.slice(0, path[0]! * 97) : text };
    return pastes;
  });

describe('pasted text, fuzzed', () => {
  it('never throws or hangs on random text and random JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json({ maxDepth: 4 })), (text) => {
        const read = readPastes([{ label: 'p', text }]);
        if (!read.ok) expect(read.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('reads mutated real outputs without throwing: refused with a message, or read', () => {
    fc.assert(
      fc.property(mutatedPastes, (pastes) => {
        const read = readPastes(pastes);
        if (!read.ok) for (const p of read.error) expect(problemText(p)).toMatch(/^the .* paste/);
      }),
      { numRuns: 300 },
    );
  });

  it('builds a sandbox from every mutated output it reads, refusals in the report rather than thrown', () => {
    const empty = findScenario('empty')!;
    fc.assert(
      fc.property(mutatedPastes, (pastes) => {
        const read = readPastes(pastes);
        if (!read.ok) return;
        const built = buildImport(read.value, empty);
        expect(built.saved.applied).toBe(built.saved.calls.length);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
