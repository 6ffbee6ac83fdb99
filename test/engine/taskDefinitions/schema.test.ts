import { describe, expect, it } from 'vitest';
import type { AwsError } from '../../../src/engine';
import { createSimulation, type JsonSchema } from '../../../src/engine';
import { documentedSchema } from '../../../src/engine/schema/docs/index';
import { registerTaskDefinitionSchema } from '../../../src/engine/schema/taskDefinition';
import { anEc2Definition, aContainer } from './fixtures';

/** Every member of every object in the schema, with its path. */
function members(schema: JsonSchema, path = ''): Array<{ path: string; schema: JsonSchema }> {
  const out: Array<{ path: string; schema: JsonSchema }> = [];
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  for (const [name, member] of Object.entries(properties ?? {})) {
    const here = path ? `${path}.${name}` : name;
    out.push({ path: here, schema: member }, ...members(member, here));
  }
  if (schema.items) out.push(...members(schema.items as JsonSchema, `${path}[]`));
  return out;
}

const rejection = (input: unknown): AwsError => {
  try {
    createSimulation().callByName('ecs', 'RegisterTaskDefinition', input);
  } catch (e) {
    return e as AwsError;
  }
  throw new Error('expected a rejection');
};

describe('registerTaskDefinitionSchema', () => {
  const all = members(registerTaskDefinitionSchema);

  it('covers the container, port, health check, log and volume members', () => {
    const paths = all.map((m) => m.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'containerDefinitions[].portMappings[].containerPortRange',
        'containerDefinitions[].healthCheck.startPeriod',
        'containerDefinitions[].logConfiguration.secretOptions',
        'containerDefinitions[].dependsOn[].condition',
        'containerDefinitions[].restartPolicy.restartAttemptPeriod',
        'volumes[].efsVolumeConfiguration.authorizationConfig.iam',
        'volumes[].s3filesVolumeConfiguration.fileSystemArn',
        'ephemeralStorage.sizeInGiB',
        'runtimePlatform.operatingSystemFamily',
        'enableFaultInjection',
      ]),
    );
  });

  it.each(members(documentedSchema('ecs', 'RegisterTaskDefinition')).map((m) => [m.path, m.schema] as const))(
    'gives %s hover text in the editor’s schema',
    (_, schema) => {
      expect(typeof schema.markdownDescription).toBe('string');
      expect((schema.markdownDescription as string).length).toBeGreaterThan(10);
    },
  );

  it('carries no hover text in the schema the engine validates with', () => {
    expect(JSON.stringify(registerTaskDefinitionSchema)).not.toMatch(/"(markdownD|d)escription"/);
  });

  it.each([
    [{ ...anEc2Definition(), family: 'bad name' }, 'family'],
    [
      anEc2Definition({ containerDefinitions: [aContainer({ memory: '512' })] }),
      'containerDefinitions[0].memory',
    ],
    [anEc2Definition({ networkMode: 'nat' }), 'networkMode'],
    [anEc2Definition({ cpu: 1024 }), 'cpu'],
    [anEc2Definition({ cpu: 'lots' }), 'cpu'],
    [
      anEc2Definition({ containerDefinitions: [aContainer({ portMappings: [{ containerPort: 70000 }] })] }),
      'containerDefinitions[0].portMappings[0].containerPort',
    ],
    [
      anEc2Definition({ containerDefinitions: [aContainer({ essentail: true })] }),
      'containerDefinitions[0].essentail',
    ],
    [
      anEc2Definition({
        containerDefinitions: [aContainer({ healthCheck: { command: ['CMD'], interval: 1 } })],
      }),
      'containerDefinitions[0].healthCheck.interval',
    ],
    [{ family: 'web' }, 'containerDefinitions'],
  ])('names the member path when a request breaks the schema (%#)', (input, field) => {
    const e = rejection(input);
    expect(e.name).toBe('InvalidParameterException');
    expect(e.field).toBe(field);
    expect(e.message).toContain(`'${field}'`);
  });
});
