import type { Shape } from './shape';

/**
 * The AWS CLI's client-side parameter validation (botocore's ParamValidator), run over a request before it is
 * sent: missing required members, unknown members and wrong value types, each reported in botocore's words
 * and in its order (per structure: missing members, unknown ones, then each known member in the request's order). Like botocore it
 * leaves enums, patterns and maximums to the service. The shapes are read from the operation's JSON Schema,
 * the same one the engine validates with.
 */
export function validateParams(shape: Shape, input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  check(input, shape, '', errors);
  return errors;
}

/** botocore's name for a place in the request: `input` for the top, `a.b[0].c` below it */
const nameOf = (path: string) => (path === '' ? 'input' : path.startsWith('.') ? path.slice(1) : path);

/** What botocore accepts for each kind of shape, as it prints the Python types. */
const VALID_TYPES: Readonly<Partial<Record<Shape['kind'], ReadonlyArray<string>>>> = {
  string: ['str'],
  integer: ['int'],
  // Python's bool is an int, so botocore lets True through where it wants a number
  double: ['float', 'decimal.Decimal', 'int'],
  boolean: ['bool'],
  list: ['list', 'tuple'],
  structure: ['dict'],
  map: ['dict'],
};

/** Python's type name for a JSON value. */
export function pythonType(v: unknown): string {
  if (v === null || v === undefined) return 'NoneType';
  if (Array.isArray(v)) return 'list';
  switch (typeof v) {
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(v) ? 'int' : 'float';
    default:
      return 'dict';
  }
}

function typeAccepted(value: unknown, valid: ReadonlyArray<string>): boolean {
  const type = pythonType(value);
  return valid.includes(type) || (type === 'bool' && valid.includes('int'));
}

function check(value: unknown, shape: Shape, path: string, errors: string[]): void {
  const valid = VALID_TYPES[shape.kind];
  if (!valid) return; // a shape the schema leaves open: the service judges it
  if (!typeAccepted(value, valid)) {
    errors.push(
      `Invalid type for parameter ${nameOf(path)}, value: ${pythonStr(value)}, type: <class '${pythonType(value)}'>, ` +
        `valid types: ${valid.map((t) => `<class '${t}'>`).join(', ')}`,
    );
    return;
  }
  switch (shape.kind) {
    case 'structure':
      return checkStructure(value as Record<string, unknown>, shape, path, errors);
    case 'list': {
      const items = shape.items;
      if (items) (value as unknown[]).forEach((item, i) => check(item, items, `${path}[${i}]`, errors));
      return;
    }
    case 'map': {
      const values = shape.values;
      if (values)
        for (const [k, v] of Object.entries(value as object)) check(v, values, `${path}.${k}`, errors);
      return;
    }
  }
}

function checkStructure(value: Record<string, unknown>, shape: Shape, path: string, errors: string[]): void {
  for (const name of shape.required) {
    if (!Object.prototype.hasOwnProperty.call(value, name)) {
      errors.push(`Missing required parameter in ${nameOf(path)}: "${name}"`);
    }
  }
  const members = new Map(shape.members);
  const known: string[] = [];
  for (const name of Object.keys(value)) {
    if (members.has(name)) known.push(name);
    else if (!shape.allowsOtherMembers) {
      errors.push(
        `Unknown parameter in ${nameOf(path)}: "${name}", must be one of: ${[...members.keys()].join(', ')}`,
      );
    }
  }
  // then each known member, in the order the request gives them
  for (const name of known) check(value[name], members.get(name)!, `${path}.${name}`, errors);
}

/** Python's str() of a value, as botocore prints it in a message. */
function pythonStr(v: unknown): string {
  return typeof v === 'string' ? v : pythonRepr(v);
}

/** past this depth a value prints as `...`: deep enough for any real request, and no stack overflow on junk */
const REPR_DEPTH = 32;

/** Python's repr() of a JSON value. */
function pythonRepr(v: unknown, depth = 0): string {
  if (depth > REPR_DEPTH) return '...';
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : pyFloat(v);
  if (typeof v === 'string') return pyStringRepr(v);
  if (Array.isArray(v)) return `[${v.map((x) => pythonRepr(x, depth + 1)).join(', ')}]`;
  return `{${Object.entries(v as object)
    .map(([k, x]) => `${pyStringRepr(k)}: ${pythonRepr(x, depth + 1)}`)
    .join(', ')}}`;
}

function pyFloat(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  return String(v);
}

/** Single quotes unless the text holds a single quote and no double one, as Python chooses. */
function pyStringRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s
    .replaceAll('\\', '\\\\')
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r')
    .replaceAll('\t', '\\t')
    .replaceAll(quote, `\\${quote}`);
  return `${quote}${body}${quote}`;
}
