import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { AJV_OPTIONS, schemaKey } from '../../src/engine/schema/ajvOptions';
import type { JsonSchema } from '../../src/engine/schema/jsonSchema';
import { SCHEMA_ANNOTATION_KEYWORDS } from '../../src/engine/schema/vocabulary';
import { loadsLater, schemasToPrecompile } from './config';
import { GENERATOR, LATER_VALIDATORS_FILE, VALIDATORS_FILE } from './paths';

/**
 * ajv's standalone output loads its few runtime helpers (string length in code points, deep equality) with
 * `require` even in ES module mode. Rewritten as imports; `.default ?? ` covers both interop styles: Vite hands
 * the CommonJS module's `default` export, Node hands the whole `module.exports`.
 */
function requiresToImports(code: string): string {
  const imports: string[] = [];
  const body = code.replace(
    /const (\w+) = require\("([^"]+)"\)\.default;/g,
    (_, name: string, spec: string) => {
      imports.push(`import * as ${name}_module from "${spec}.js";`);
      return `const ${name} = ${name}_module.default.default ?? ${name}_module.default;`;
    },
  );
  if (/\brequire\(/.test(body))
    throw new Error('ajv standalone code has a require() the generator does not handle');
  return `${imports.join('\n')}\n${body}`;
}

type Schema = { readonly [keyword: string]: unknown };

const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The keywords whose values are schemas (in `enum`, `const`, `default`, … objects are data). */
const SCHEMA_VALUED = [
  'additionalProperties',
  'items',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
];
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs'];
const SCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf', 'items'];

/** A copy of `schema` with each direct subschema passed through `map`. */
function mapSubschemas(schema: Schema, map: (sub: Schema) => Schema): Schema {
  const out: Record<string, unknown> = { ...schema };
  for (const k of SCHEMA_VALUED) if (isSchema(schema[k])) out[k] = map(schema[k]);
  for (const k of SCHEMA_LISTS)
    if (Array.isArray(schema[k])) out[k] = (schema[k] as unknown[]).map((s) => (isSchema(s) ? map(s) : s));
  for (const k of SCHEMA_MAPS) {
    if (isSchema(schema[k]))
      out[k] = Object.fromEntries(Object.entries(schema[k]).map(([n, s]) => [n, isSchema(s) ? map(s) : s]));
  }
  return out;
}

/** below this size (JSON characters) a repeated subschema stays inlined: `{"type":"string"}` is shorter than a call */
const SHARE_FROM = 40;

/**
 * Standalone code inlines every subschema, so a part the schemas repeat (RunTask's and StartTask's overrides,
 * the key-value lists of a container definition) would be generated once per use. Each subschema that occurs
 * more than once is registered once and referenced (`$ref`), and ajv emits one function for it. Only the code's
 * shape changes: the errors (keyword, params, instance path) are the same, which the tests compare.
 */
function shareRepeats(ajv: Ajv, schemas: ReadonlyArray<JsonSchema>): (schema: JsonSchema) => JsonSchema {
  const seen = new Map<string, number>();
  const count = (s: Schema): Schema => {
    const json = JSON.stringify(s);
    if (json.length >= SHARE_FROM) seen.set(json, (seen.get(json) ?? 0) + 1);
    return mapSubschemas(s, count);
  };
  for (const s of schemas) mapSubschemas(s, count);
  const registered = new Set<string>();
  const share = (s: Schema): Schema => {
    const json = JSON.stringify(s);
    if ((seen.get(json) ?? 0) < 2) return mapSubschemas(s, share);
    const id = `shared_${schemaKey(s)}`;
    if (!registered.has(id)) {
      registered.add(id);
      ajv.addSchema(mapSubschemas(s, share), id);
    }
    return { $ref: id };
  };
  return (schema) => mapSubschemas(schema, share);
}

/**
 * The ES module text: one validator per distinct schema of one part (`first`: what the first page needs;
 * `later`: see `loadsLater`), and `validators`, keyed by `schemaKey(schema)`.
 */
export function validatorsModule(part: 'first' | 'later' = 'first'): string {
  // inlineRefs off: a shared subschema stays one function (shareRepeats); it changes no result
  const ajv = new Ajv({ ...AJV_OPTIONS, inlineRefs: false, code: { source: true, esm: true } });
  ajv.addVocabulary([...SCHEMA_ANNOTATION_KEYWORDS]);
  const listed = Object.fromEntries(
    Object.entries(schemasToPrecompile()).filter(([name]) => loadsLater(name) === (part === 'later')),
  );
  const shared = shareRepeats(ajv, Object.values(listed));
  const exportsByName: Record<string, string> = {};
  const table: string[] = [];
  const seen = new Map<string, string>();
  for (const [name, schema] of Object.entries(listed)) {
    const key = schemaKey(schema);
    const first = seen.get(key);
    if (first) {
      table.push(`  // ${name}: same schema as ${first}`);
      continue;
    }
    seen.set(key, name);
    ajv.addSchema(shared(schema), key);
    exportsByName[name] = key;
    table.push(`  ${JSON.stringify(key)}: ${name},`);
  }
  const code = requiresToImports(standaloneCode(ajv, exportsByName));
  return [
    `// Generated by ${GENERATOR} from tools/validators/config.ts: do not edit, do not commit.`,
    code,
    `export const validators = {\n${table.join('\n')}\n};`,
    '',
  ].join('\n');
}

/**
 * Writes both modules under `root` where their text changed (atomically: other processes may be reading them);
 * returns their text by file.
 */
export function writeValidators(root: string): Record<string, string> {
  const parts = {
    [resolve(root, VALIDATORS_FILE)]: validatorsModule('first'),
    [resolve(root, LATER_VALIDATORS_FILE)]: validatorsModule('later'),
  };
  for (const [file, code] of Object.entries(parts)) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== code) {
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, code);
      renameSync(temp, file);
    }
  }
  return parts;
}

// `npm run validators`
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeValidators(process.cwd());
  console.log(`wrote ${VALIDATORS_FILE} and ${LATER_VALIDATORS_FILE}`);
}
