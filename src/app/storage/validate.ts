import type { ErrorObject } from 'ajv';
import { validatorFor } from '../../engine/index';
import { STORAGE_SCHEMAS, type StorageSchemaName } from './schemas';

/**
 * The one place saved data meets a validator: the one generated at build time for its schema (tools/validators
 * lists these schemas), so the page never compiles one.
 */
const validatorOf = (name: StorageSchemaName) => validatorFor(STORAGE_SCHEMAS[name]);

/** `/lessons/01/goalsMet` → `lessons.01.goalsMet` (`~1`/`~0` unescaped) */
const dotted = (pointer: string): string =>
  pointer
    .split('/')
    .slice(1)
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');

const TYPE_WORDS: Readonly<Record<string, string>> = {
  array: 'a list',
  object: 'an object',
  string: 'text',
  boolean: 'true/false',
  integer: 'a whole number',
  number: 'a number',
};

/** The first problem ajv found, as a sentence naming the field: `"lessons.x.goalsMet" is not a list`. */
function describe(e: ErrorObject): string {
  const path = dotted(e.instancePath);
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'required') {
    const field = path ? `${path}.${String(p.missingProperty)}` : String(p.missingProperty);
    return `"${field}" is missing`;
  }
  const where = path ? `"${path}"` : 'the record';
  switch (e.keyword) {
    case 'type':
      return `${where} is not ${TYPE_WORDS[String(p.type)] ?? String(p.type)}`;
    case 'const':
      return `${where} is not ${JSON.stringify(p.allowedValue)}`;
    case 'enum':
      return `${where} is not one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'minItems':
      return `${where} needs at least ${String(p.limit)} entr${p.limit === 1 ? 'y' : 'ies'}`;
    case 'maxItems':
      return `${where} has more than ${String(p.limit)} entries`;
    case 'minimum':
      return `${where} is below ${String(p.limit)}`;
    default:
      return `${where} ${e.message ?? 'is not valid'}`;
  }
}

/** Checks `value` against a storage schema: undefined when it fits, else what is wrong. */
export function schemaProblem(name: StorageSchemaName, value: unknown): string | undefined {
  const validate = validatorOf(name);
  if (validate(value)) return undefined;
  const first = validate.errors?.[0];
  return first ? describe(first) : 'it does not match its format';
}
