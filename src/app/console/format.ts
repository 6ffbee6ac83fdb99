/** What the AWS CLI prints, byte for byte where it matters: output bodies, error texts and exit codes. */

/** The CLI's exit codes (aws help return-codes). */
export const EXIT = {
  ok: 0,
  /** a shell-level problem in the line itself (an unterminated quote) */
  shell: 2,
  /** bad syntax, an unknown parameter, or a value that cannot be parsed */
  usage: 252,
  /** the service answered with an error */
  service: 254,
  /** anything else that failed */
  general: 255,
  commandNotFound: 127,
} as const;

/** A command the console refused before calling anything: the text for stderr and the exit code. */
export interface CliError {
  readonly stderr: string;
  readonly exitCode: number;
}

const USAGE =
  'aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n\n' +
  '  aws help\n' +
  '  aws <command> help\n' +
  '  aws <command> <subcommand> help\n';

/** An argument-parser error (`aws: error: …`), printed after the usage block as the CLI does. */
export function usageError(message: string): CliError {
  return { stderr: `\nusage: ${USAGE}\naws: error: ${message}\n\n`, exitCode: EXIT.usage };
}

/** `Unknown options: --foo, bar` with the usage block, then any notes of ours (one a line). */
export function unknownOptions(words: ReadonlyArray<string>, notes: ReadonlyArray<string> = []): CliError {
  const after = notes.map((n) => `${n}\n`).join('');
  return {
    stderr: `\nusage: ${USAGE}\nUnknown options: ${words.join(', ')}\n${after}\n`,
    exitCode: EXIT.usage,
  };
}

/** `Error parsing parameter '--x': …` */
export function paramError(flag: string, message: string): CliError {
  return { stderr: `\nError parsing parameter '${flag}': ${message}\n`, exitCode: EXIT.usage };
}

/** A client-side validation failure (`Parameter validation failed:` …). */
export function validationError(lines: ReadonlyArray<string>): CliError {
  return { stderr: `\nParameter validation failed:\n${lines.join('\n')}\n`, exitCode: EXIT.usage };
}

/** Two choices a line, each padded to 40 columns, then close matches of the bad value. */
export function invalidChoice(argument: string, value: string, choices: ReadonlyArray<string>): CliError {
  const rows: string[] = [];
  for (let i = 0; i < choices.length; i += 2) {
    rows.push(
      choices
        .slice(i, i + 2)
        .map((c) => c.padEnd(40))
        .join(' | '),
    );
  }
  let message = `argument ${argument}: Invalid choice, valid choices are:\n\n${rows.join('\n')}`;
  const close = closeMatches(value, choices);
  if (close.length > 0) {
    message += `\n\n\nInvalid choice: '${value}', maybe you meant:\n\n${close.map((c) => `  * ${c}`).join('\n')}`;
  }
  return usageError(message);
}

/** The service's answer to a rejected call. */
export function serviceError(code: string, operation: string, message: string): CliError {
  return {
    stderr: `An error occurred (${code}) when calling the ${operation} operation: ${message}\n`,
    exitCode: EXIT.service,
  };
}

/** Choices similar to `value` (similarity ≥ 0.8, as difflib's ratio), best first. */
export function closeMatches(value: string, choices: ReadonlyArray<string>): string[] {
  // difflib's cheap bound first: lengths alone cap the ratio, and skipping those keeps long input fast
  const possible = (c: string) => (2 * Math.min(value.length, c.length)) / (value.length + c.length) >= 0.8;
  return choices
    .filter(possible)
    .map((c) => ({ c, r: similarity(value, c) }))
    .filter((x) => x.r >= 0.8)
    .sort((a, b) => b.r - a.r)
    .slice(0, 3)
    .map((x) => x.c);
}

/** 2·matches / total length, with matches from the longest common substring, recursively (Ratcliff–Obershelp). */
function similarity(a: string, b: string): number {
  if (a.length + b.length === 0) return 1;
  const matches = (x: string, y: string): number => {
    let best = 0;
    let bx = 0;
    let by = 0;
    for (let i = 0; i < x.length; i++) {
      for (let j = 0; j < y.length; j++) {
        let k = 0;
        while (i + k < x.length && j + k < y.length && x[i + k] === y[j + k]) k++;
        if (k > best) [best, bx, by] = [k, i, j];
      }
    }
    if (best === 0) return 0;
    return best + matches(x.slice(0, bx), y.slice(0, by)) + matches(x.slice(bx + best), y.slice(by + best));
  };
  return (2 * matches(a, b)) / (a.length + b.length);
}

/** The JSON body as the CLI prints it: 4-space indent, non-ASCII kept; an empty response prints nothing. */
export function formatJson(value: unknown): string {
  if (isEmptyObject(value) || value === undefined) return '';
  return `${JSON.stringify(value, null, 4)}\n`;
}

const isEmptyObject = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;

const isComplex = (v: unknown) => typeof v === 'object' && v !== null;

/** Python's str() of a scalar, which the text output uses. */
function scalarText(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  return String(v);
}

/**
 * The CLI's `--output text`: scalars of an object on one tab-separated line (sorted keys), nested lists and
 * objects on their own lines prefixed with their key in capitals, lists of scalars as one line.
 */
export function formatText(value: unknown): string {
  const out: string[] = [];
  textOf(value, out, undefined, undefined);
  return out.join('');
}

function textOf(
  item: unknown,
  out: string[],
  identifier: string | undefined,
  scalarKeys: string[] | undefined,
): void {
  if (Array.isArray(item)) textOfList(item, out, identifier);
  else if (isComplex(item)) textOfObject(item as Record<string, unknown>, out, identifier, scalarKeys);
  else out.push(`${scalarText(item)}\n`);
}

function textOfList(list: unknown[], out: string[], identifier: string | undefined): void {
  if (list.length === 0) return;
  if (list.some((el) => isComplex(el) && !Array.isArray(el))) {
    const keys = [
      ...new Set(
        list.flatMap((el) =>
          isComplex(el) && !Array.isArray(el)
            ? Object.entries(el as Record<string, unknown>)
                .filter(([, v]) => !isComplex(v))
                .map(([k]) => k)
            : [],
        ),
      ),
    ].sort();
    for (const el of list) textOf(el, out, identifier, keys);
    return;
  }
  const scalars = list.filter((el) => !isComplex(el));
  const nested = list.filter(isComplex);
  if (scalars.length > 0) {
    if (identifier !== undefined)
      for (const s of scalars) out.push(`${identifier.toUpperCase()}\t${scalarText(s)}\n`);
    else out.push(`${scalars.map(scalarText).join('\t')}\n`);
  }
  for (const n of nested) textOf(n, out, identifier, undefined);
}

function textOfObject(
  obj: Record<string, unknown>,
  out: string[],
  identifier: string | undefined,
  scalarKeys: string[] | undefined,
): void {
  const keys = Object.keys(obj).sort();
  const scalars = scalarKeys
    ? scalarKeys.map((k) => (k in obj ? scalarText(obj[k]) : ''))
    : keys.filter((k) => !isComplex(obj[k])).map((k) => scalarText(obj[k]));
  const nested = scalarKeys
    ? keys.filter((k) => !scalarKeys.includes(k))
    : keys.filter((k) => isComplex(obj[k]));
  if (scalars.length > 0) {
    out.push(`${[...(identifier !== undefined ? [identifier.toUpperCase()] : []), ...scalars].join('\t')}\n`);
  }
  for (const k of nested) textOf(obj[k], out, k, undefined);
}
