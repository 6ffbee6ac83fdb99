import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { findOperation, listOperations } from '../../../src/engine/api/registry';
import { AJV_OPTIONS } from '../../../src/engine/schema/ajvOptions';
import { SCHEMA_ANNOTATION_KEYWORDS } from '../../../src/engine/schema/vocabulary';
import { validateInput, validatorFor } from '../../../src/engine/schema/validate';
import { schemasToPrecompile } from '../../../tools/validators/config';
import { validatorsModule } from '../../../tools/validators/generate';

/** What the page did before validators were precompiled: ajv compiling the schema with the shared options. */
const reference = new Ajv({ ...AJV_OPTIONS });
reference.addVocabulary([...SCHEMA_ANNOTATION_KEYWORDS]);

const firstError = (
  errors: ReadonlyArray<{ keyword: string; instancePath: string; params: object }> | null | undefined,
) =>
  errors?.[0] && {
    keyword: errors[0].keyword,
    instancePath: errors[0].instancePath,
    params: errors[0].params,
  };

describe('precompiled validators (tools/validators)', () => {
  it('cover every schema listed in the config, every operation among them', () => {
    const listed = Object.values(schemasToPrecompile());
    for (const { service, operation } of listOperations()) {
      expect(listed).toContain(findOperation(service, operation)!.schema);
    }
    for (const schema of listed) expect(() => validatorFor(schema)).not.toThrow();
  });

  const samples: ReadonlyArray<[string, unknown]> = [
    ['an empty request', {}],
    ['an unknown member', { NotAMember: 1 }],
    ['a list instead of an object', []],
    ['null', null],
    ['members of the wrong type', { cluster: 7, clusterName: ['x'], family: {}, MinCount: 'one', count: -1 }],
  ];
  it.each(samples)(
    'answer %s exactly as ajv compiling the schema does',
    (_, input) => {
      for (const [name, schema] of Object.entries(schemasToPrecompile())) {
        const compiled = reference.compile(schema);
        const precompiled = validatorFor(schema);
        expect(precompiled(input), name).toBe(compiled(input));
        expect(firstError(precompiled.errors), name).toEqual(firstError(compiled.errors));
      }
      // the first sample compiles every schema with ajv (about a hundred and fifty of them): seconds on a busy machine
    },
    30_000,
  );

  // deep in the parts the schemas share (overrides, container definitions, block devices): one function each
  const deep: ReadonlyArray<[service: 'ecs' | 'ec2', operation: string, input: unknown, path: string]> = [
    [
      'ecs',
      'RunTask',
      {
        taskDefinition: 'web',
        overrides: { containerOverrides: [{ name: 'web', environment: [{ name: 'A', value: 1 }] }] },
      },
      '/overrides/containerOverrides/0/environment/0/value',
    ],
    [
      'ecs',
      'StartTask',
      {
        taskDefinition: 'web',
        containerInstances: ['c'],
        overrides: { containerOverrides: [{ name: 'web', cpu: 'x' }] },
      },
      '/overrides/containerOverrides/0/cpu',
    ],
    [
      'ecs',
      'RegisterTaskDefinition',
      {
        family: 'web',
        containerDefinitions: [{ name: 'web', image: 'nginx', portMappings: [{ containerPort: 'http' }] }],
      },
      '/containerDefinitions/0/portMappings/0/containerPort',
    ],
    [
      'ec2',
      'RunInstances',
      {
        ImageId: 'ami-1',
        InstanceType: 'm5.large',
        MinCount: 1,
        MaxCount: 1,
        BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 'big' } }],
      },
      '/BlockDeviceMappings/0/Ebs/VolumeSize',
    ],
  ];
  it.each(deep)(
    'report a mistake deep in %s %s where ajv compiling the schema does',
    (service, operation, input, path) => {
      const schema = findOperation(service, operation)!.schema;
      const compiled = reference.compile(schema);
      const precompiled = validatorFor(schema);
      expect(precompiled(input)).toBe(false);
      expect(compiled(input)).toBe(false);
      expect(firstError(precompiled.errors)).toEqual(firstError(compiled.errors));
      expect(precompiled.errors![0]!.instancePath, JSON.stringify(precompiled.errors)).toBe(path);
    },
  );

  it("still give the engine's messages", () => {
    const schema = findOperation('ecs', 'RunTask')!.schema;
    expect(() =>
      validateInput(schema, { taskDefinition: 'web', count: 0 }, 'InvalidParameterException'),
    ).toThrow("'count' must be at least 1.");
  });

  it('refuse a schema edited since they were generated, saying how to regenerate', () => {
    const edited = { ...findOperation('ecs', 'StopTask')!.schema, maxProperties: 3 };
    expect(() => validatorFor(edited)).toThrow(/npm run validators/);
  });

  it('are plain code: no eval, no new Function, no require', () => {
    const code = validatorsModule();
    expect(code).not.toMatch(/\bnew Function\b|\beval\(|\brequire\(/);
    expect(code).toMatch(/^export const validators = \{/m);
  });
});
