import type { ErrorObject, ValidateFunction } from 'ajv';
import { AwsError, type AwsErrorName } from '../errors';
import { schemaKey } from './ajvOptions';
import type { JsonSchema } from './jsonSchema';
import { validators } from './validators.gen.js';
import { isS3VolumeMember, S3_MOUNT_EXPLANATION } from '../volumes/s3Mount';

const found = new WeakMap<JsonSchema, ValidateFunction>();

/**
 * The validators of services and load balancers: a third of the generated code, which the first page does
 * without, so they are their own chunk (tools/validators/config.ts `loadsLater`). The app loads them where such a
 * request may come (the Services panel, the console, a scenario, a restored sandbox, the lessons, exam prep) and
 * waits for them where it must; a request that arrives before is refused with ServiceUnavailableException,
 * which changes nothing, so replay stays exact.
 */
let later: Readonly<Record<string, ValidateFunction>> | undefined;
let loadingLater: Promise<void> | undefined;

/** Loads the later validators once; later calls share the promise (a failed load can be tried again). */
export function loadLaterValidators(): Promise<void> {
  loadingLater ??= import('./validatorsLater.gen.js').then(
    (module) => {
      later = module.validators;
    },
    (e: unknown) => {
      loadingLater = undefined;
      throw e;
    },
  );
  return loadingLater;
}

export const laterValidatorsLoaded = (): boolean => later !== undefined;

/** Whether `schema`'s validator is among those that load later (false once they have loaded). */
export const waitsForLaterValidators = (schema: JsonSchema): boolean =>
  !later && validators[schemaKey(schema)] === undefined;

/**
 * The validator generated at build time for `schema` (tools/validators: ajv standalone code, so the page never
 * compiles a schema). Looked up by the schema's content: a schema missing from tools/validators/config.ts, or
 * edited since the validators were generated, throws here rather than being checked against an old version.
 * While the later validators are loading, a schema that is not among the first page's is refused with
 * ServiceUnavailableException, which the caller records nothing for.
 */
export function validatorFor(schema: JsonSchema): ValidateFunction {
  let fn = found.get(schema);
  if (!fn) {
    const key = schemaKey(schema);
    fn = validators[key] ?? later?.[key];
    if (!fn && !later) {
      throw new AwsError(
        'ServiceUnavailableException',
        'The sandbox is still loading the checks for this request (they load just after the first screen); ' +
          'run it again in a moment.',
      );
    }
    if (!fn) {
      throw new Error(
        'No precompiled validator for this schema: add it to tools/validators/config.ts, or, if it changed, ' +
          'regenerate with `npm run validators` (Vite, vitest and the npm scripts do this on their own).',
      );
    }
    found.set(schema, fn);
  }
  return fn;
}

/** `/containerDefinitions/0/memory` → `containerDefinitions[0].memory` */
export function toMemberPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

const join = (path: string, member: string) => (path ? `${path}.${member}` : member);

const kindOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`;

function valueAt(root: unknown, instancePath: string): unknown {
  let cur: unknown = root;
  for (const part of instancePath.split('/').slice(1)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return cur;
}

/** Turns the first ajv error into a sentence that names the member, the rule, and what to do. */
export function describeSchemaError(error: ErrorObject, input: unknown): { field: string; message: string } {
  const path = toMemberPath(error.instancePath);
  const where = path ? `'${path}'` : 'The request';
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const field = join(path, String(p.missingProperty));
      return { field, message: `Missing required member '${field}'.` };
    }
    case 'additionalProperties': {
      const field = join(path, String(p.additionalProperty));
      // a volume "of type S3 bucket": explain why there is none (volumes/s3Mount.ts)
      if (/^volumes\[\d+\]$/.test(path) && isS3VolumeMember(String(p.additionalProperty)))
        return { field, message: `Unknown member '${field}'. ${S3_MOUNT_EXPLANATION}` };
      return {
        field,
        message: `Unknown member '${field}'. Member names are case-sensitive; check the spelling.`,
      };
    }
    case 'type':
      return {
        field: path,
        message: `${where} must be ${String(p.type).replace(',', ' or ')}, but it is ${kindOf(valueAt(input, error.instancePath))}.`,
      };
    case 'enum':
      return {
        field: path,
        message: `${where} must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}.`,
      };
    case 'const':
      return { field: path, message: `${where} must be ${JSON.stringify(p.allowedValue)}.` };
    case 'minimum':
    case 'exclusiveMinimum':
      return {
        field: path,
        message: `${where} must be ${error.keyword === 'minimum' ? 'at least' : 'more than'} ${String(p.limit)}.`,
      };
    case 'maximum':
    case 'exclusiveMaximum':
      return {
        field: path,
        message: `${where} must be ${error.keyword === 'maximum' ? 'at most' : 'less than'} ${String(p.limit)}.`,
      };
    case 'minLength':
      return { field: path, message: `${where} must have at least ${String(p.limit)} character(s).` };
    case 'maxLength':
      return { field: path, message: `${where} must have at most ${String(p.limit)} characters.` };
    case 'minItems':
      return { field: path, message: `${where} must have at least ${String(p.limit)} item(s).` };
    case 'maxItems':
      return { field: path, message: `${where} can have at most ${String(p.limit)} items.` };
    case 'maxProperties':
      return { field: path, message: `${where} can have at most ${String(p.limit)} entries.` };
    case 'pattern':
      return { field: path, message: `${where} does not match the allowed format ${String(p.pattern)}.` };
    default:
      return { field: path, message: `${where} ${error.message ?? 'is not valid'}.` };
  }
}

/** Validates `input` against `schema`; throws an AwsError of `errorName` naming the field and the rule. */
export function validateInput(schema: JsonSchema, input: unknown, errorName: AwsErrorName): void {
  const fn = validatorFor(schema);
  if (fn(input)) return;
  const first = fn.errors?.[0];
  if (!first) throw new AwsError(errorName, 'The request is not valid.');
  const { field, message } = describeSchemaError(first, input);
  throw new AwsError(errorName, message, field || undefined);
}
