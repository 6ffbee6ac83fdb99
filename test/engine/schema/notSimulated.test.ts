import { describe, expect, it } from 'vitest';
import { findOperation, notSimulatedMembers, type JsonSchema } from '../../../src/engine/index';
import { notSimulatedIn, notSimulatedPaths } from '../../../src/engine/schema/notSimulated';
import { validateInput } from '../../../src/engine/schema/validate';
import { ADDED_MEMBERS, BASE_REQUESTS } from './modelMembers';

type Node = JsonSchema & {
  properties?: Record<string, Node>;
  items?: Node;
  required?: string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
};

/** The smallest value `schema` accepts: its first enum value, or a one-item list, or its required members. */
function sample(schema: Node): unknown {
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'integer':
      return Math.min(Math.max(1, schema.minimum ?? 1), schema.maximum ?? 1);
    case 'boolean':
      return true;
    case 'array':
      return [sample(schema.items!)];
    default:
      return Object.fromEntries((schema.required ?? []).map((k) => [k, sample(schema.properties![k]!)]));
  }
}

/** `value` with the member at `path` (`a.b[].c`) set to a sample, parents created as the schema asks. */
function withMember(value: unknown, schema: Node, path: ReadonlyArray<string>): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return sample(schema);
  if (head === '[]') {
    const first = Array.isArray(value) ? value[0] : sample(schema.items!);
    return [withMember(first, schema.items!, rest)];
  }
  const member = schema.properties![head]!;
  const own = (value ?? sample(schema)) as Record<string, unknown>;
  return { ...own, [head]: withMember(own[head], member, rest) };
}

const segments = (path: string) =>
  path.split(/\.|(?=\[\])/).flatMap((s) => (s.startsWith('[]') ? ['[]'] : [s]));

const cases = Object.entries(ADDED_MEMBERS).flatMap(([key, members]) => {
  const [service, operation] = key.split(' ') as [string, string];
  const schema = findOperation(service, operation)!.schema as Node;
  const request = (path: string) => withMember(BASE_REQUESTS[key], schema, segments(path));
  const caseOf = (simulated: boolean) => (path: string) => ({
    key,
    service,
    operation,
    schema,
    path,
    request,
    simulated,
  });
  return [...members.notSimulated.map(caseOf(false)), ...(members.simulated ?? []).map(caseOf(true))];
});

describe('members of the AWS API models added in issue 9', () => {
  it.each(cases)('$key accepts $path', ({ schema, path, request }) => {
    expect(() => validateInput(schema, request(path), 'InvalidParameterException')).not.toThrow();
  });

  it.each(cases.filter((c) => !c.simulated))('$key flags $path as not simulated', (c) => {
    expect(notSimulatedMembers(c.service, c.operation, c.request(c.path))).toEqual([
      c.path.replaceAll('[]', '[0]'),
    ]);
  });

  it.each(cases.filter((c) => c.simulated))('$key does not flag $path, which the sandbox acts on', (c) => {
    expect(notSimulatedMembers(c.service, c.operation, c.request(c.path))).toEqual([]);
  });

  it('refuses a placement strategy or constraint without a type, before any handler reads it', () => {
    const run = findOperation('ecs', 'RunTask')!.schema;
    expect(() =>
      validateInput(
        run,
        { taskDefinition: 'web', placementStrategy: [{ field: 'memory' }] },
        'InvalidParameterException',
      ),
    ).toThrow("Missing required member 'placementStrategy[0].type'.");
    expect(() =>
      validateInput(
        run,
        { taskDefinition: 'web', placementConstraints: [{ expression: 'x' }] },
        'InvalidParameterException',
      ),
    ).toThrow("Missing required member 'placementConstraints[0].type'.");
  });

  it('still refuses a member no model has, and a bad value of an accepted one', () => {
    const run = findOperation('ec2', 'RunInstances')!.schema;
    const base = BASE_REQUESTS['ec2 RunInstances'];
    expect(() => validateInput(run, { ...base, KeyNmae: 'ops' }, 'InvalidParameterValue')).toThrow(
      /Unknown member 'KeyNmae'/,
    );
    expect(() =>
      validateInput(run, { ...base, MetadataOptions: { HttpTokens: 'always' } }, 'InvalidParameterValue'),
    ).toThrow(/'MetadataOptions.HttpTokens' must be one of: optional, required/);
  });
});

describe('notSimulatedIn', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: {
      kept: { type: 'string' },
      ignored: {
        type: 'object',
        notSimulated: true,
        properties: { deep: { type: 'string', notSimulated: true } },
      },
      list: {
        type: 'array',
        items: { type: 'object', properties: { extra: { type: 'boolean', notSimulated: true } } },
      },
    },
  };

  it('names each marked member the input sets, once, with list positions, in input order', () => {
    const input = { list: [{}, { extra: true }, { extra: false }], ignored: { deep: 'x' }, kept: 'y' };
    expect(notSimulatedIn(schema, input)).toEqual(['list[1].extra', 'list[2].extra', 'ignored']);
  });

  it('names nothing for members left out or set to undefined', () => {
    expect(notSimulatedIn(schema, { kept: 'y', ignored: undefined })).toEqual([]);
  });

  it('lists every marked path of a schema', () => {
    expect(notSimulatedPaths(schema)).toEqual(['ignored', 'list[].extra']);
  });

  it('is empty for an operation the engine does not have', () => {
    expect(notSimulatedMembers('ecs', 'LaunchRocket', { KeyName: 'x' })).toEqual([]);
  });
});
