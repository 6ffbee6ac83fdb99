import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { InputOf } from '../../../src/engine/index';
import { defineOperation } from '../../../src/engine/api/operation';
import type { runInstancesSchema } from '../../../src/engine/schema/ec2';
import type { runTaskSchema, startTaskSchema } from '../../../src/engine/schema/runTask';
import type { registerTaskDefinitionSchema } from '../../../src/engine/schema/taskDefinition';
import { int, obj, str, type Infer } from '../../../src/engine/schema/taskDefinitionBuilders';

/**
 * One source for request types and schemas: an operation's input type is read off its schema
 * (`Infer<typeof schema>`), and `Operation.schema` is a `Schema<I>`, which only the builders make. The
 * `@ts-expect-error` lines below are checked by the type check (svelte-check / tsc): if a drifting schema
 * were accepted, the directive would be unused and the check would fail.
 */

const apiDir = resolve(__dirname, '../../../src/engine/api');
const operationFiles = ['ecs', 'ec2', 'sim'].flatMap((service) =>
  readdirSync(join(apiDir, service)).map((file) => ({
    file: `${service}/${file}`,
    text: readFileSync(join(apiDir, service, file), 'utf8'),
  })),
);

describe('request types come from the request schemas', () => {
  it('refuses, at compile time, a schema that does not accept exactly the input type', () => {
    const handle = () => undefined;
    // @ts-expect-error a plain JSON literal carries no type, so it cannot be an operation's schema
    defineOperation<{ readonly a: string }, undefined>({ schema: { type: 'object' }, handle });
    // @ts-expect-error the schema accepts a number where the input type says string
    defineOperation<{ readonly a: string }, undefined>({ schema: obj({ a: int(0, 1) }, ['a']), handle });
    const op = defineOperation<{ readonly a: string }, undefined>({
      schema: obj({ a: str() }, ['a']),
      handle,
    });
    expect(op.schema).toEqual({
      type: 'object',
      properties: { a: { type: 'string', maxLength: 2048 } },
      required: ['a'],
      additionalProperties: false,
    });
  });

  it('gives RunInstances the schema’s type, not-simulated members included', () => {
    expectTypeOf<InputOf<'ec2', 'RunInstances'>>().toEqualTypeOf<Infer<typeof runInstancesSchema>>();
    expectTypeOf<InputOf<'ec2', 'RunInstances'>['KeyName']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<InputOf<'ec2', 'RunInstances'>['MetadataOptions']>().toMatchTypeOf<
      { readonly HttpTokens?: 'optional' | 'required' } | undefined
    >();
  });

  it('has no hand-written input interface in any operation file', () => {
    expect(
      operationFiles.filter((f) => /export interface \w+Input\b/.test(f.text)).map((f) => f.file),
    ).toEqual([]);
  });

  it('gives the task definition and launch requests their schemas’ types, members the engine refuses included', () => {
    expectTypeOf<InputOf<'ecs', 'RegisterTaskDefinition'>>().toEqualTypeOf<
      Infer<typeof registerTaskDefinitionSchema>
    >();
    expectTypeOf<InputOf<'ecs', 'RunTask'>>().toEqualTypeOf<Infer<typeof runTaskSchema>>();
    expectTypeOf<InputOf<'ecs', 'StartTask'>>().toEqualTypeOf<Infer<typeof startTaskSchema>>();
    // optional in the AWS model: the schema lets them through and the engine's own rules refuse or accept them
    expectTypeOf<
      InputOf<'ecs', 'RegisterTaskDefinition'>['containerDefinitions'][number]['image']
    >().toEqualTypeOf<string | undefined>();
  });
});
