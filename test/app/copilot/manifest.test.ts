import { describe, expect, it } from 'vitest';
import {
  effectiveManifest,
  parseManifest,
  problemText,
  scheduleProblem,
} from '../../../src/app/copilot/validate';
import { jobManifest, serviceManifest, environmentManifest } from '../../../src/app/copilot/templates';
import { SERVICE_TYPES } from '../../../src/app/copilot/manifestSchema';

const FILE = 'copilot/web/manifest.yml';
const web = (body: string) =>
  parseManifest(FILE, `name: web\ntype: Load Balanced Web Service\n${body}`, 'web');
const texts = (body: string) => web(body).problems.map(problemText);

describe('the manifests Copilot writes are valid', () => {
  it.each(SERVICE_TYPES)('%s', (type) => {
    expect(parseManifest('m.yml', serviceManifest(type, { name: 'web' }), 'web').problems).toEqual([]);
  });
  it('Scheduled Job and Environment', () => {
    expect(
      parseManifest('m.yml', jobManifest({ name: 'report', schedule: 'cron(0 8 * * ? *)' }), 'report')
        .problems,
    ).toEqual([]);
    expect(parseManifest('e.yml', environmentManifest('test')).problems).toEqual([]);
  });
});

describe('schema problems carry the line and column of the value', () => {
  const image = 'image:\n  location: nginx\n  port: 80\n';
  it.each([
    [
      'a path without /',
      `${image}http:\n  path: api\n`,
      `${FILE} line 7, column 9: http.path must be a string starting with /`,
    ],
    ['a missing http', image, `${FILE} line 1, column 1: http is required but missing`],
    [
      'a cpu Fargate lacks',
      `${image}http:\n  path: /\ncpu: 300\n`,
      `${FILE} line 8, column 6: cpu must be one of the Fargate CPU sizes 256, 512, 1024, 2048, 4096, 8192, 16384`,
    ],
    [
      'a port out of range',
      'image:\n  location: nginx\n  port: 70000\nhttp:\n  path: /\n',
      `${FILE} line 5, column 9: image.port must be a port number from 1 to 65535`,
    ],
    [
      'a misspelt field',
      `${image}http:\n  path: /\nhealth_check: /\n`,
      `${FILE} line 8, column 1: health_check is not a field here; allowed: name, type, image, cpu, memory, variables, secrets, entrypoint, command, exec, network, storage, http, count, publish, environments`,
    ],
    [
      'a near miss',
      `${image}http:\n  path: /\nCount: 2\n`,
      `${FILE} line 8, column 1: Count is not a field here (did you mean count?)`,
    ],
    [
      'a bad placement',
      `${image}http:\n  path: /\nnetwork:\n  vpc:\n    placement: dmz\n`,
      `${FILE} line 10, column 16: network.vpc.placement must be public or private`,
    ],
    [
      'a bad variable name',
      `${image}http:\n  path: /\nvariables:\n  1ST: x\n`,
      `${FILE} line 9, column 3: variables.1ST is not a valid variable name (letters, digits and _, not starting with a digit)`,
    ],
    [
      'an override with a bad count',
      `${image}http:\n  path: /\nenvironments:\n  prod:\n    count: many\n`,
      `${FILE} line 10, column 12: environments.prod.count must be a task count (0–5000), or a map with range (e.g. 1-10) and scaling targets`,
    ],
  ])('%s', (_name, body, want) => {
    expect(texts(body)).toContain(want);
  });

  it('checks the Fargate cpu/memory pair, per environment too, at the memory line', () => {
    const problems = texts(
      'image:\n  location: nginx\n  port: 80\nhttp:\n  path: /\ncpu: 256\nmemory: 512\nenvironments:\n  prod:\n    cpu: 1024\n',
    );
    expect(problems).toEqual([
      `${FILE} line 9, column 9: environments.prod.memory 512 MiB does not go with cpu 1024 in prod on Fargate; with cpu 1024 memory is one of 2048, 3072, 4096, 5120, 6144, 7168, 8192`,
    ]);
  });

  it('warns (but does not refuse) when the name differs from the folder', () => {
    const m = parseManifest(FILE, 'name: api\ntype: Backend Service\nimage:\n  location: nginx\n', 'web');
    expect(m.problems).toMatchObject([{ severity: 'warning', line: 1, column: 7, path: 'name' }]);
  });

  it('an unknown type names the known ones', () => {
    const m = parseManifest(FILE, 'name: web\ntype: Request-Driven Web Service\n');
    expect(problemText(m.problems[0]!)).toBe(
      `${FILE} line 2, column 7: type must be one of Load Balanced Web Service, Backend Service, Worker Service, Scheduled Job, Environment`,
    );
  });
});

describe('YAML syntax errors keep their position and never throw', () => {
  it.each([
    ['a tab indent', 'name: web\ntype: Backend Service\nimage:\n\tlocation: x\n', 4],
    ['an unclosed quote (reported where the file ends)', "name: 'web\ntype: Backend Service\n", 3],
    ['a duplicate key', 'name: web\nname: api\ntype: Backend Service\n', 2],
  ])('%s', (_name, text, line) => {
    const m = parseManifest(FILE, text);
    expect(m.problems.length).toBeGreaterThan(0);
    expect(m.problems[0]!.message).toMatch(/^YAML: /);
    expect(m.problems[0]!.line).toBe(line);
  });
});

describe('schedules', () => {
  it.each(['@daily', '@every 30m', 'rate(5 minutes)', 'rate(1 hour)', 'cron(0 8 * * ? *)', '0 8 * * 1-5'])(
    '%s is valid',
    (s) => {
      expect(scheduleProblem(s)).toBeUndefined();
    },
  );
  it.each([
    ['@often', /not a schedule keyword/],
    ['rate(1 minutes)', /singular only for 1/],
    ['cron(0 8 * *)', /cron\(\) takes 6 fields/],
    ['0 8 * *', /5 fields/],
    ['@every soon', /@every takes a duration/],
  ])('%s is refused', (s, why) => {
    expect(scheduleProblem(s)).toMatch(why);
  });
});

it('environment overrides merge maps and replace values', () => {
  const m = parseManifest(
    FILE,
    'name: web\ntype: Backend Service\nimage:\n  location: a\n  port: 80\ncount: 1\nvariables:\n  A: "1"\n  B: "2"\nenvironments:\n  prod:\n    count: 3\n    variables:\n      B: "9"\n',
  );
  expect(m.problems).toEqual([]);
  expect(effectiveManifest(m.value, 'prod')).toMatchObject({
    count: 3,
    variables: { A: '1', B: '9' },
    image: { location: 'a', port: 80 },
  });
  expect(effectiveManifest(m.value, 'test')).toMatchObject({ count: 1, variables: { A: '1', B: '2' } });
  expect(effectiveManifest(m.value, 'prod')).not.toHaveProperty('environments');
});
