/**
 * Reads a Copilot manifest: YAML parsed with source ranges (the `yaml` package), checked against the schema of
 * its `type` (manifestSchema.ts) and then against the rules a schema cannot state (Fargate cpu/memory pairs,
 * schedule expressions, the name matching its folder). Every problem carries its line and column, so the editor
 * can mark it and the CLI can refuse a deploy with the same words:
 * `copilot/web/manifest.yml line 7: http.path must be a string starting with /`.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node as YamlNode,
  type Pair,
} from 'yaml';
import { FARGATE_SIZES } from '../../engine/index';
import {
  DURATION_PATTERN,
  JOB_TYPE,
  MANIFEST_SCHEMAS,
  schemaForType,
  type ManifestSchema,
  type ManifestType,
  type ObjectSchema,
} from './manifestSchema';

export interface ManifestProblem {
  readonly file: string;
  /** 1-based, as editors show them */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** the field, dotted (`http.path`, `environments.prod.cpu`); '' for the whole file */
  readonly path: string;
  /** the rule broken, in a sentence that starts after the field name */
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export type ManifestValue = Readonly<Record<string, unknown>>;

export interface ParsedManifest {
  readonly file: string;
  readonly type: ManifestType | undefined;
  /** the manifest as plain data (empty when the YAML could not be read) */
  readonly value: ManifestValue;
  readonly problems: ReadonlyArray<ManifestProblem>;
}

/** `copilot/web/manifest.yml line 7: http.path must be …`: one problem as the CLI and the problem list print it. */
export function problemText(p: ManifestProblem): string {
  const field = p.path ? `${p.path} ` : '';
  return `${p.file} line ${p.line}, column ${p.column}: ${field}${p.message}`;
}

type Range = readonly [number, number];
type Path = ReadonlyArray<string | number>;

const pathText = (path: Path): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

class Collector {
  readonly problems: ManifestProblem[] = [];
  constructor(
    readonly file: string,
    readonly lines: LineCounter,
  ) {}

  add(range: Range | undefined, path: Path, message: string, severity: 'error' | 'warning' = 'error'): void {
    const [from, to] = range ?? [0, 0];
    const start = this.lines.linePos(from);
    const end = this.lines.linePos(Math.max(from, to));
    this.problems.push({
      file: this.file,
      line: start.line,
      column: start.col,
      endLine: end.line,
      endColumn: end.col,
      path: pathText(path),
      message,
      severity,
    });
  }
}

const rangeOf = (node: YamlNode | null | undefined): Range | undefined =>
  node?.range ? [node.range[0], node.range[1]] : undefined;

type Kind = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null' | 'other';

function kindOf(node: YamlNode | null): Kind {
  if (node === null || (isScalar(node) && node.value === null)) return 'null';
  if (isMap(node)) return 'object';
  if (isSeq(node)) return 'array';
  if (!isScalar(node)) return 'other';
  const v = node.value;
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return 'other';
}

const KIND_WORDS: Record<string, string> = {
  object: 'a map',
  array: 'a list',
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

const fits = (schemaType: string, kind: Kind) =>
  schemaType === kind || (schemaType === 'number' && kind === 'integer');

const schemaKind = (s: ManifestSchema): string | undefined => ('type' in s ? s.type : undefined);

/** Checks `node` against `schema`, adding a problem for each rule it breaks (the first per node). */
function check(
  c: Collector,
  node: YamlNode | null,
  schema: ManifestSchema,
  path: Path,
  anchor: Range | undefined,
): void {
  if (node !== null && isAlias(node)) return; // an alias repeats a checked node
  const at = rangeOf(node) ?? anchor;
  const kind = kindOf(node);
  if ('anyOf' in schema) {
    const same = schema.anyOf.filter((s) => fits(schemaKind(s) ?? '', kind));
    const trial = (s: ManifestSchema) => {
      const t = new Collector(c.file, c.lines);
      check(t, node, s, path, anchor);
      return t.problems;
    };
    if (same.some((s) => trial(s).length === 0)) return;
    // one alternative of this node's shape: its own, more precise problems
    if (same.length === 1) {
      c.problems.push(...trial(same[0]!));
      return;
    }
    c.add(at, path, schema.rule);
    return;
  }
  const rule = schema.rule ?? `must be ${KIND_WORDS[schema.type] ?? schema.type}`;
  if (!fits(schema.type, kind)) {
    c.add(at, path, kind === 'null' ? `is empty; it ${rule}` : rule);
    return;
  }
  switch (schema.type) {
    case 'object':
      checkMap(c, node as YamlNode, schema, path, at);
      return;
    case 'array': {
      const items = isSeq(node) ? node.items : [];
      if (schema.minItems !== undefined && items.length < schema.minItems) c.add(at, path, rule);
      items.forEach((item, i) => check(c, item as YamlNode | null, schema.items, [...path, i], at));
      return;
    }
    default: {
      const value = (node as { value: unknown }).value;
      if (schema.enum && !schema.enum.includes(value as string | number | boolean)) c.add(at, path, rule);
      else if (schema.pattern && typeof value === 'string' && !new RegExp(schema.pattern).test(value))
        c.add(at, path, rule);
      else if (
        typeof value === 'number' &&
        ((schema.minimum !== undefined && value < schema.minimum) ||
          (schema.maximum !== undefined && value > schema.maximum))
      )
        c.add(at, path, rule);
    }
  }
}

function checkMap(c: Collector, node: YamlNode, schema: ObjectSchema, path: Path, at: Range | undefined) {
  const pairs = (isMap(node) ? node.items : []) as ReadonlyArray<Pair<YamlNode, YamlNode | null>>;
  const keys = new Set<string>();
  for (const pair of pairs) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    keys.add(key);
    const keyRange = rangeOf(pair.key);
    const known = schema.properties?.[key];
    if (known) {
      check(c, pair.value, known, [...path, key], keyRange);
    } else if (schema.additionalProperties) {
      if (schema.keyPattern && !new RegExp(schema.keyPattern).test(key))
        c.add(keyRange, [...path, key], schema.keyRule ?? 'is not an allowed name');
      else check(c, pair.value, schema.additionalProperties, [...path, key], keyRange);
    } else {
      const names = Object.keys(schema.properties ?? {});
      const close = names.find((n) => n.replace(/_/g, '') === key.toLowerCase().replace(/[_-]/g, ''));
      c.add(
        keyRange,
        [...path, key],
        `is not a field here${close ? ` (did you mean ${close}?)` : names.length ? `; allowed: ${names.join(', ')}` : ''}`,
      );
    }
  }
  for (const required of schema.required ?? []) {
    if (!keys.has(required)) c.add(at, [...path, required], 'is required but missing');
  }
}

/** Copilot's schedule forms (ecs-reference §15.1): @keywords, @every <duration>, rate(), cron(), 5-field cron. */
export function scheduleProblem(expr: string): string | undefined {
  const s = expr.trim();
  if (/^@(yearly|annually|monthly|weekly|daily|midnight|hourly)$/.test(s)) return undefined;
  const every = /^@every\s+(\S+)$/.exec(s);
  if (every) return new RegExp(DURATION_PATTERN).test(every[1]!) && every[1] !== '' ? undefined : EVERY;
  if (s.startsWith('@'))
    return `${s} is not a schedule keyword (@yearly, @monthly, @weekly, @daily, @hourly)`;
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(s);
  if (rate) {
    const n = Number(rate[1]);
    const singular = !rate[2]!.endsWith('s');
    if (n < 1) return 'a rate must be at least 1';
    if (singular !== (n === 1))
      return `write rate(${n} ${n === 1 ? 'minute' : 'minutes'}): singular only for 1`;
    return undefined;
  }
  if (s.startsWith('rate(')) return 'a rate is rate(<number> minutes|hours|days), e.g. rate(5 minutes)';
  const cron = /^cron\((.*)\)$/.exec(s);
  const fields = (cron ? cron[1]! : s).split(/\s+/).filter((f) => f !== '');
  const want = cron ? 6 : 5;
  if (fields.length !== want)
    return cron
      ? `cron() takes 6 fields (minutes hours day-of-month month day-of-week year), found ${fields.length}`
      : `a cron expression has 5 fields (minute hour day-of-month month day-of-week), found ${fields.length}`;
  const bad = fields.find((f) => !/^[0-9A-Za-z*?/,#LW-]+$/.test(f));
  return bad ? `cron field "${bad}" has characters a cron field cannot hold` : undefined;
}
const EVERY = '@every takes a duration such as 30m or 1h30m';

/** Deep merge of an `environments.<env>` override: maps merge key by key, anything else is replaced. */
export function mergeOverride(base: unknown, override: unknown): unknown {
  if (!isPlainMap(base) || !isPlainMap(override)) return override === undefined ? base : override;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(override)) out[k] = mergeOverride(base[k], v);
  return out;
}
const isPlainMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The manifest as deployed to `env`: its `environments.<env>` merged in, `environments` removed. */
export function effectiveManifest(value: ManifestValue, env: string | undefined): ManifestValue {
  const { environments, ...base } = value;
  const override = env && isPlainMap(environments) ? environments[env] : undefined;
  return mergeOverride(base, override ?? {}) as ManifestValue;
}

/** Copilot's defaults for a workload that leaves cpu/memory/count out. */
export const DEFAULT_CPU = 256;
export const DEFAULT_MEMORY = 512;

function semanticChecks(
  c: Collector,
  doc: Document,
  value: ManifestValue,
  type: ManifestType,
  folder: string | undefined,
) {
  const nodeAt = (path: Path) => doc.getIn(path, true) as YamlNode | undefined;
  const keyRangeAt = (path: Path): Range | undefined => {
    const parent = path.length > 1 ? nodeAt(path.slice(0, -1)) : doc.contents;
    if (!parent || !isMap(parent)) return undefined;
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
    return rangeOf(pair?.value as YamlNode) ?? rangeOf(pair?.key as YamlNode);
  };
  if (
    folder !== undefined &&
    typeof value.name === 'string' &&
    value.name !== folder &&
    type !== 'Environment'
  )
    c.add(
      keyRangeAt(['name']),
      ['name'],
      `is ${value.name} but the manifest is in copilot/${folder}/: Copilot names the workload after its folder`,
      'warning',
    );
  if (type === 'Environment') return;
  // the cpu/memory pair, for the base manifest and for each environment's merged values
  const envs = isPlainMap(value.environments) ? Object.keys(value.environments) : [];
  for (const env of [undefined, ...envs]) {
    const merged = effectiveManifest(value, env);
    const cpu = typeof merged.cpu === 'number' ? merged.cpu : DEFAULT_CPU;
    const memory = typeof merged.memory === 'number' ? merged.memory : DEFAULT_MEMORY;
    const size = FARGATE_SIZES.find((s) => s.cpu === cpu);
    if (!size || size.memory.includes(memory)) continue;
    const own = env === undefined ? ['memory'] : ['environments', env, 'memory'];
    const where = keyRangeAt(own) ?? keyRangeAt(['memory']) ?? keyRangeAt(['cpu']);
    const shown =
      size.memory.length > 8
        ? `${size.memory[0]}–${size.memory[size.memory.length - 1]} in steps of ${size.memory[1]! - size.memory[0]!}`
        : size.memory.join(', ');
    c.add(
      where,
      own,
      `${memory} MiB does not go with cpu ${cpu}${env ? ` in ${env}` : ''} on Fargate; with cpu ${cpu} memory is one of ${shown}`,
    );
  }
  if (type === JOB_TYPE) {
    const schedule = (value.on as { schedule?: unknown } | undefined)?.schedule;
    const problem = typeof schedule === 'string' ? scheduleProblem(schedule) : undefined;
    if (problem) c.add(keyRangeAt(['on', 'schedule']), ['on', 'schedule'], `is not valid: ${problem}`);
  }
  const count = value.count;
  if (isPlainMap(count) && typeof count.range === 'string') {
    const [min, max] = count.range.split('-').map(Number);
    if (min! > max!) c.add(keyRangeAt(['count', 'range']), ['count', 'range'], 'must go from low to high');
  }
}

/**
 * Parses and checks one manifest. `folder` is the workload's folder (copilot/<folder>/manifest.yml), used to
 * warn when `name` differs. Never throws: YAML syntax errors come back as problems with their positions.
 */
export function parseManifest(file: string, text: string, folder?: string): ParsedManifest {
  const lines = new LineCounter();
  const c = new Collector(file, lines);
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  for (const e of doc.errors) {
    const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    c.add([e.pos[0], e.pos[1]], [], `YAML: ${message}`);
  }
  if (doc.errors.length > 0) return { file, type: undefined, value: {}, problems: c.problems };
  const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (!isPlainMap(value)) {
    c.add(rangeOf(doc.contents as YamlNode) ?? [0, 0], [], 'must be a map of fields (name, type, image, …)');
    return { file, type: undefined, value: {}, problems: c.problems };
  }
  const schema = schemaForType(value.type);
  if (!schema) {
    const typeNode = doc.getIn(['type'], true) as YamlNode | undefined;
    const known = Object.keys(MANIFEST_SCHEMAS).join(', ');
    c.add(
      rangeOf(typeNode) ?? [0, 0],
      ['type'],
      value.type === undefined ? `is required: one of ${known}` : `must be one of ${known}`,
    );
    return { file, type: undefined, value, problems: c.problems };
  }
  const type = value.type as ManifestType;
  check(c, doc.contents as YamlNode, schema, [], [0, 0]);
  if (c.problems.length === 0) semanticChecks(c, doc, value, type, folder);
  const problems = [...c.problems].sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, type, value, problems };
}

export const hasErrors = (m: ParsedManifest): boolean => m.problems.some((p) => p.severity === 'error');
