import { REGION, type JsonSchema } from '../../engine/index';
import { err, ok, type Result } from '../../lib/result';
import type { ConsoleCatalog } from './catalog';
import { CLI_INPUT_JSON, applyExtraFlag, finishInput, flagsOf, type FlagInfo } from './flags';
import {
  EXIT,
  invalidChoice,
  paramError,
  unknownOptions,
  usageError,
  validationError,
  type CliError,
} from './format';
import { fromKebab, kebab } from './names';
import { compileQuery, type Query } from './query';
import { pythonType, validateParams } from './paramValidation';
import { isRealCommand, unsimulatedCommandNote, unsimulatedMember, unsimulatedMemberNote } from './realAws';
import { Shape } from './shape';
import { tokenize } from './tokenize';
import { refuseFiles, unpackValue } from './values';

export type OutputFormat = 'json' | 'text' | 'table';

/** Console commands that are not AWS: they act on the console itself. */
export const BUILTINS = ['help', 'clear', 'history'] as const;
export type Builtin = (typeof BUILTINS)[number];

/** A parsed AWS call, ready for `sim.callByName(service, operation, input)`. */
export interface CallCommand {
  readonly kind: 'call';
  readonly service: string;
  /** the API name (`RunTask`) */
  readonly operation: string;
  readonly input: Record<string, unknown>;
  readonly output: OutputFormat;
  readonly query?: Query;
}

export type ParsedCommand =
  | { readonly kind: 'empty' }
  | { readonly kind: 'builtin'; readonly name: Builtin }
  /** `aws help`, `aws ecs help`, `aws ecs run-task help` (operation is the API name) */
  | { readonly kind: 'help'; readonly service?: string; readonly operation?: string }
  /** `aws --version` */
  | { readonly kind: 'version' }
  | CallCommand;

interface Globals {
  output: OutputFormat;
  query?: Query;
}

const OUTPUT_CHOICES = ['json', 'text', 'table', 'yaml', 'yaml-stream'];
const GLOBAL_WITH_VALUE = new Set(['--output', '--query', '--region', '--color']);
const GLOBAL_SWITCHES = new Set(['--no-cli-pager', '--no-paginate']);

/** argparse's test for "this word is an option, not a value" */
export const isOptionLike = (w: string) =>
  w.length > 1 && w.startsWith('-') && !/^-\d+$|^-\d*\.\d+$/.test(w) && !w.includes(' ');

/** `--name=value` → ['--name', 'value'] */
function splitInline(word: string): [string, string | undefined] {
  const eq = word.indexOf('=');
  return word.startsWith('--') && eq > 2 ? [word.slice(0, eq), word.slice(eq + 1)] : [word, undefined];
}

/** Takes the global options out of the words (they may appear anywhere) and checks their values. */
function extractGlobals(
  words: ReadonlyArray<string>,
): Result<{ globals: Globals; rest: string[] }, CliError> {
  const rest: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const [name, inline] = splitInline(word);
    if (GLOBAL_SWITCHES.has(word)) continue;
    if (!GLOBAL_WITH_VALUE.has(name)) {
      rest.push(word);
      continue;
    }
    const next = words[i + 1];
    if (inline === undefined && (next === undefined || isOptionLike(next))) {
      return err(usageError(`argument ${name}: expected one argument`));
    }
    values.set(name, inline ?? next!);
    if (inline === undefined) i++;
  }

  const output = values.get('--output') ?? 'json';
  if (!OUTPUT_CHOICES.includes(output)) return err(invalidChoice('--output', output, OUTPUT_CHOICES));
  if (output !== 'json' && output !== 'text' && output !== 'table') {
    return err({
      stderr: `\nThis console prints json, text or table output; --output ${output} is not available here.\n`,
      exitCode: EXIT.usage,
    });
  }
  const region = values.get('--region');
  if (region !== undefined && region !== REGION) {
    return err({
      stderr: `\nThe simulated account has one region, ${REGION}; --region ${region} is not available here.\n`,
      exitCode: EXIT.usage,
    });
  }
  const expr = values.get('--query');
  let query: Query | undefined;
  if (expr !== undefined) {
    const compiled = compileQuery(expr);
    if (!compiled.ok)
      return err(usageError(`argument --query: Bad value for --query ${expr}: ${compiled.error}`));
    query = compiled.value;
  }
  return ok({ globals: { output, ...(query ? { query } : {}) }, rest });
}

/** Exact flag, else the one flag it is a prefix of (argparse accepts unambiguous abbreviations). */
function lookupFlag(name: string, flags: ReadonlyArray<FlagInfo>): Result<FlagInfo | undefined, CliError> {
  const exact = flags.find((f) => f.flag === name);
  if (exact || !name.startsWith('--') || name.length < 3) return ok(exact);
  const matches = flags.filter((f) => f.flag.startsWith(name));
  if (matches.length > 1) {
    return err(usageError(`ambiguous option: ${name} could match ${matches.map((f) => f.flag).join(', ')}`));
  }
  return ok(matches[0]);
}

interface Given {
  readonly flag: FlagInfo;
  readonly words: string[];
}

/** Reads the words after the operation name into flags, the way argparse does, before any value is typed. */
function readFlags(
  flags: ReadonlyArray<FlagInfo>,
  words: ReadonlyArray<string>,
): Result<{ given: Map<string, Given>; unknown: string[]; help: boolean }, CliError> {
  const given = new Map<string, Given>();
  const unknown: string[] = [];
  let help = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!isOptionLike(word)) {
      if (word === 'help') help = true;
      else unknown.push(word);
      continue;
    }
    const [name, inline] = splitInline(word);
    const found = lookupFlag(name, flags);
    if (!found.ok) return found;
    const flag = found.value;
    if (!flag) {
      unknown.push(word);
      continue;
    }
    const key = flag.member ?? flag.flag;
    if (flag.arity === 'none') {
      if (inline !== undefined)
        return err(usageError(`argument ${flag.flag}: ignored explicit argument '${inline}'`));
      given.set(key, { flag, words: [] });
      continue;
    }
    const values = inline !== undefined ? [inline] : [];
    while (
      inline === undefined &&
      i + 1 < words.length &&
      !isOptionLike(words[i + 1]!) &&
      (flag.arity === 'many' || values.length === 0)
    ) {
      values.push(words[++i]!);
    }
    if (values.length === 0) {
      const expected = flag.arity === 'many' ? 'at least one argument' : 'one argument';
      return err(usageError(`argument ${flag.flag}: expected ${expected}`));
    }
    given.set(key, { flag, words: values });
  }
  return ok({ given, unknown, help });
}

/** Merges `--cli-input-json` under the flags: members set by flags win, as in the CLI. */
function mergeCliInput(input: Record<string, unknown>, text: string): Result<void, CliError> {
  let loaded: unknown;
  try {
    loaded = JSON.parse(text);
  } catch {
    return err(paramError('cli-input-json', 'Invalid JSON received.'));
  }
  if (pythonType(loaded) !== 'dict') {
    return err(
      paramError('--cli-input-json', `Invalid type: expecting map, received <class '${pythonType(loaded)}'>`),
    );
  }
  for (const [key, value] of Object.entries(loaded as Record<string, unknown>)) {
    if (!(key in input)) input[key] = value;
  }
  return ok(undefined);
}

/**
 * Builds an operation's request from its words: flags typed by the schema, `--cli-input-json` merged under
 * them, the CLI's customizations applied, required members checked. Returns 'help' for a trailing `help`.
 */
function parseArguments(
  service: string,
  operation: string,
  schema: JsonSchema,
  words: ReadonlyArray<string>,
): Result<Record<string, unknown> | 'help', CliError> {
  const flags = flagsOf(service, operation, schema);
  const read = readFlags(flags, words);
  if (!read.ok) return read;
  const { given, unknown, help } = read.value;
  if (help) return ok('help');

  const cliInput = given.get(CLI_INPUT_JSON);
  if (!cliInput) {
    const missing = flags.filter((f) => f.required && f.member && !given.has(f.member));
    if (missing.length > 0) {
      return err(
        usageError(`the following arguments are required: ${missing.map((f) => f.flag).join(', ')}`),
      );
    }
  }
  const simulated = Shape.of(schema).members.map(([name]) => name);
  const noteFor = (name: string, asFlag: boolean) => {
    const member = unsimulatedMember(service, operation, name, simulated);
    return member ? [unsimulatedMemberNote(service, operation, member, asFlag)] : [];
  };
  if (unknown.length > 0) {
    return err(
      unknownOptions(
        unknown,
        unknown.flatMap((w) => noteFor(splitInline(w)[0], true)),
      ),
    );
  }

  const input: Record<string, unknown> = {};
  for (const { flag, words: values } of given.values()) {
    if (flag.flag === CLI_INPUT_JSON) continue;
    if (!flag.member) {
      const applied = applyExtraFlag(service, operation, flag.flag, values[0]!, input);
      if (applied && !applied.ok) return applied;
      continue;
    }
    if (flag.arity === 'none') {
      input[flag.member] = flag.boolValue;
      continue;
    }
    const value = unpackValue(flag, values);
    if (!value.ok) return value;
    input[flag.member] = value.value;
  }
  if (cliInput) {
    const noFiles = refuseFiles(CLI_INPUT_JSON, cliInput.words);
    if (!noFiles.ok) return noFiles;
    const merged = mergeCliInput(input, cliInput.words[0]!);
    if (!merged.ok) return merged;
  }
  finishInput(service, operation, input);

  const problems = validateParams(Shape.of(schema), input);
  if (problems.length > 0) {
    const notes = Object.keys(input).flatMap((name) => noteFor(name, false));
    return err(validationError([...problems, ...notes]));
  }
  return ok(input);
}

/**
 * Parses one console line. `aws <service> <operation> [--flag value]…` becomes a call with the request typed by
 * the operation's JSON Schema (read from `catalog` at run time); `help` forms and console built-ins are
 * recognised; anything the AWS CLI would refuse comes back as a `CliError` with the CLI's wording and exit
 * code. Pure.
 */
export function parseCommand(line: string, catalog: ConsoleCatalog): Result<ParsedCommand, CliError> {
  const tokens = tokenize(line);
  if (!tokens.ok) return err({ stderr: `${tokens.error}\n`, exitCode: EXIT.shell });
  const words = tokens.value.map((w) => w.text);
  const [head, ...afterHead] = words;
  if (head === undefined) return ok({ kind: 'empty' });
  if (head !== 'aws') {
    if ((BUILTINS as ReadonlyArray<string>).includes(head))
      return ok({ kind: 'builtin', name: head as Builtin });
    return err({
      stderr: `${head}: command not found. Commands here start with aws (for example: aws ecs list-clusters); type help to see what the console can do.\n`,
      exitCode: EXIT.commandNotFound,
    });
  }

  // the CLI answers --version wherever it appears, before reading anything else
  if (afterHead.includes('--version')) return ok({ kind: 'version' });
  const globals = extractGlobals(afterHead);
  if (!globals.ok) return globals;
  const [service, operation, ...args] = globals.value.rest;

  if (service === undefined) return err(usageError('the following arguments are required: command'));
  if (service === 'help' || service === '--help') return ok({ kind: 'help' });
  const services = catalog.services();
  if (!services.includes(service)) return err(invalidChoice('command', service, [...services, 'help']));

  if (operation === undefined) return err(usageError('the following arguments are required: operation'));
  if (operation === 'help') return ok({ kind: 'help', service });
  const ops = catalog.operations(service);
  const api = fromKebab(operation, ops);
  if (!api && isRealCommand(service, operation)) {
    return err({ stderr: `\n${unsimulatedCommandNote(service, operation)}\n`, exitCode: EXIT.usage });
  }
  if (!api) return err(invalidChoice('operation', operation, [...ops.map(kebab).sort(), 'help']));

  const parsed = parseArguments(service, api, catalog.schema(service, api) ?? { type: 'object' }, args);
  if (!parsed.ok) return parsed;
  if (parsed.value === 'help') return ok({ kind: 'help', service, operation: api });
  return ok({ kind: 'call', service, operation: api, input: parsed.value, ...globals.value.globals });
}
