import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOperation, listOperations, type JsonSchema } from '../../../src/engine';
import { documentedSchema, operationDocs } from '../../../src/engine/schema/docs/index';
import { under, withDocs } from '../../../src/engine/schema/docs/schemaDocs';

/** Every member path of a schema (`a.b`, `a[]`, `a[].b`), the schema itself as `''`, with its node. */
function nodes(schema: JsonSchema, path = ''): Array<{ path: string; schema: JsonSchema }> {
  const out = [{ path, schema }];
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  for (const [name, member] of Object.entries(properties ?? {})) {
    out.push(...nodes(member, path ? `${path}.${name}` : name));
  }
  if (schema.items) out.push(...nodes(schema.items as JsonSchema, `${path}[]`));
  return out;
}

/**
 * The nodes that need their own hover text: a member marked `notSimulated` gets the sandbox's note, which
 * covers the members inside it, so the walk stops there.
 */
const documentable = (schema: JsonSchema, path = ''): Array<{ path: string; schema: JsonSchema }> =>
  schema.notSimulated === true
    ? [{ path, schema }]
    : [
        { path, schema },
        ...Object.entries((schema.properties as Record<string, JsonSchema> | undefined) ?? {}).flatMap(
          ([name, member]) => documentable(member, path ? `${path}.${name}` : name),
        ),
        ...(schema.items ? documentable(schema.items as JsonSchema, `${path}[]`) : []),
      ];

/** Members (not list items, not the request itself) that have no hover text yet. */
const UNDOCUMENTED = new Set([
  'ecs.CreateCluster defaultCapacityProviderStrategy[].capacityProvider',
  'ecs.CreateCluster defaultCapacityProviderStrategy[].weight',
  'ecs.CreateCluster defaultCapacityProviderStrategy[].base',
  'ec2.RunInstances TagSpecifications[].ResourceType',
  'ec2.RunInstances TagSpecifications[].Tags',
  'ec2.RunInstances TagSpecifications[].Tags[].Key',
  'ec2.RunInstances TagSpecifications[].Tags[].Value',
]);

/** Schemas written beside their handlers in api/ecs/ that still carry their own text (the same as their docs). */
const withoutText = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutText)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => key !== 'description' && key !== 'markdownDescription')
            .map(([key, v]) => [key, withoutText(v)]),
        )
      : value;

const operations = listOperations().map(({ service, operation }) => ({
  name: `${service}.${operation}`,
  service: service as string,
  operation,
  engine: findOperation(service, operation)!.schema,
}));

describe('documentedSchema', () => {
  describe.each(operations)('$name', ({ name, service, operation, engine }) => {
    const documented = documentedSchema(service, operation)!;

    it('has exactly the structure the engine validates with', () => {
      expect(withoutText(documented)).toEqual(withoutText(engine));
    });

    it('documents every member', () => {
      const missing = documentable(documented)
        .filter((n) => n.path !== '' && !n.path.endsWith('[]'))
        .filter((n) => typeof n.schema.markdownDescription !== 'string')
        .map((n) => `${name} ${n.path}`)
        .filter((m) => !UNDOCUMENTED.has(m));
      expect(missing).toEqual([]);
    });

    it('has no docs entry for a member the schema does not have', () => {
      const paths = new Set(nodes(engine).map((n) => n.path));
      expect(Object.keys(operationDocs(service, operation)!).filter((p) => !paths.has(p))).toEqual([]);
    });

    it('gives the same text as description and markdownDescription', () => {
      for (const n of nodes(documented)) expect(n.schema.description).toBe(n.schema.markdownDescription);
    });
  });

  it.each(operations)('leaves the hover text of $name out of the engine’s schema', ({ engine }) => {
    expect(JSON.stringify(engine)).not.toMatch(/"(markdownD|d)escription":/);
  });

  it('returns the same object on every call, so Monaco does not rebind the schema', () => {
    expect(documentedSchema('ecs', 'RunTask')).toBe(documentedSchema('ecs', 'RunTask'));
  });

  it('lists every exception to "documents every member" under a member that exists', () => {
    const all = new Set(operations.flatMap((o) => nodes(o.engine).map((n) => `${o.name} ${n.path}`)));
    expect([...UNDOCUMENTED].filter((m) => !all.has(m))).toEqual([]);
  });

  it('is undefined for an operation the engine does not have', () => {
    expect(documentedSchema('ecs', 'LaunchRocket')).toBeUndefined();
    expect(operationDocs('s3', 'PutObject')).toBeUndefined();
  });
});

describe('withDocs', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: {
      tags: { type: 'array', items: { type: 'object', properties: { key: { type: 'string' } } } },
    },
  };

  it('sets the text at the request, a member, a list item and a member of an item, leaving the input alone', () => {
    const docs = { '': 'request', ...under('tags', { '': 'list', '[]': 'one tag', '[].key': 'the key' }) };
    const before = JSON.stringify(schema);
    const documented = withDocs(schema, docs);
    expect(JSON.stringify(schema)).toBe(before);
    expect(nodes(documented).map((n) => [n.path, n.schema.markdownDescription])).toEqual([
      ['', 'request'],
      ['tags', 'list'],
      ['tags[]', 'one tag'],
      ['tags[].key', 'the key'],
    ]);
  });

  it('reads only its own entries, never inherited object properties', () => {
    const odd: JsonSchema = { type: 'object', properties: { constructor: { type: 'string' } } };
    expect(withDocs(odd, {})).toEqual(odd);
  });
});

describe('the docs modules', () => {
  const root = resolve(__dirname, '../../..');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? files(full) : /\.(ts|svelte)$/.test(name) ? [full] : [];
    });

  it('are imported only by the lazily loaded editor, console and Identity tab, so the text stays off the first page', () => {
    const importers = files(join(root, 'src'))
      .filter((file) => /from\s+['"][^'"]*schema\/docs(\/[^'"]*)?['"]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file).replaceAll('\\', '/'))
      .filter((file) => !file.startsWith('src/engine/schema/docs/'));
    expect(importers).toEqual(['src/engine/docs.ts']);
    const docsEntryImporters = files(join(root, 'src'))
      .filter((file) => /from\s+['"][^'"]*engine\/docs['"]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file).replaceAll('\\', '/'));
    expect(docsEntryImporters.sort()).toEqual([
      'src/app/console/catalog.ts',
      'src/editor/createServiceDocument.ts',
      'src/editor/iamPolicyDocument.ts',
      'src/editor/taskDefinitionDocument.ts',
      'src/ui/workbench/IdentityPanel.svelte',
    ]);
  });
});
