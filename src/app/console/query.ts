import { err, ok, type Result } from '../../lib/result';

/** A compiled `--query` expression: applies to a response and returns the selection. */
export type Query = (data: unknown) => unknown;

type Step =
  | { kind: 'field'; name: string }
  | { kind: 'index'; index: number }
  | { kind: 'project' } // [*]
  | { kind: 'flatten' }; // []

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;
const QUOTED = /^"((?:[^"\\]|\\.)*)"/;
// blanks are read once: the optional index starts with a non-blank, so no two parts can share a blank
const BRACKET = /^\[\s*(?:(\*|-?\d+)\s*)?\]/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** The argument of `length(<arg>)`, blanks trimmed; undefined when `expr` is not a call of length. */
function lengthArgument(expr: string): string | undefined {
  const call = expr.trim();
  if (!call.startsWith('length(') || !call.endsWith(')')) return undefined;
  const arg = call.slice('length('.length, -1).trim();
  return LINE_BREAK.test(arg) ? undefined : arg;
}

/** A quoted identifier's text, read as the JSON string JMESPath defines it to be; undefined if it is not one. */
function quotedName(body: string): string | undefined {
  try {
    return JSON.parse(`"${body}"`) as string;
  } catch {
    return undefined;
  }
}

function parsePath(expr: string): Result<Step[], string> {
  const steps: Step[] = [];
  let rest = expr.trim();
  let expectField = true;
  while (rest.length > 0) {
    if (rest.startsWith('[')) {
      const m = BRACKET.exec(rest);
      if (!m) return err(`unsupported bracket expression at '${rest}'`);
      steps.push(
        m[1] === '*'
          ? { kind: 'project' }
          : m[1] === undefined
            ? { kind: 'flatten' }
            : { kind: 'index', index: Number(m[1]) },
      );
      rest = rest.slice(m[0].length);
      expectField = false;
    } else if (rest.startsWith('.') && !expectField) {
      rest = rest.slice(1);
      expectField = true;
      if (rest.length === 0) return err('a name must follow "."');
    } else if (expectField) {
      const quoted = QUOTED.exec(rest);
      const m = quoted ?? IDENT.exec(rest);
      if (!m) return err(`unexpected '${rest[0]}'`);
      const name = quoted ? quotedName(quoted[1]!) : m[0];
      if (name === undefined) return err(`bad escape in the quoted name ${m[0]}`);
      steps.push({ kind: 'field', name });
      rest = rest.slice(m[0].length);
      expectField = false;
    } else {
      return err(`unexpected '${rest[0]}'`);
    }
  }
  if (steps.length === 0) return err('the expression is empty');
  return ok(steps);
}

/**
 * JMESPath evaluation of a path. A projection (`[*]`, or `[]` after flattening) applies the steps up to the
 * next `[]` to each element and drops nulls; `[]` binds more loosely, so it flattens the projected results.
 */
function evaluate(steps: ReadonlyArray<Step>, value: unknown): unknown {
  let cur = value;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (cur === null || cur === undefined) return null;
    switch (step.kind) {
      case 'field':
        cur =
          typeof cur === 'object' && !Array.isArray(cur)
            ? ((cur as Record<string, unknown>)[step.name] ?? null)
            : null;
        break;
      case 'index': {
        if (!Array.isArray(cur)) return null;
        cur = cur[step.index < 0 ? cur.length + step.index : step.index] ?? null;
        break;
      }
      case 'project':
      case 'flatten': {
        if (!Array.isArray(cur)) return null;
        const base = step.kind === 'flatten' ? cur.flatMap((v) => (Array.isArray(v) ? v : [v])) : cur;
        const next = steps.findIndex((s, j) => j > i && s.kind === 'flatten');
        const end = next < 0 ? steps.length : next;
        const rest = steps.slice(i + 1, end);
        cur = base.map((v) => evaluate(rest, v)).filter((v) => v !== null && v !== undefined);
        i = end - 1;
        break;
      }
    }
  }
  return cur ?? null;
}

/**
 * Compiles the subset of JMESPath the console supports: `a.b`, `a[0]`, `a[-1]`, `a[*].b`, `a[].b`, and
 * `length(<path>)`. Anything else is reported as unsupported rather than guessed at.
 */
export function compileQuery(expr: string): Result<Query, string> {
  const arg = lengthArgument(expr);
  const path = parsePath(arg ?? expr);
  if (!path.ok) {
    return err(
      `${path.error}. This console supports a.b, a[0], a[*].b, a[].b and length(a); other JMESPath forms are not available.`,
    );
  }
  const steps = path.value;
  if (arg === undefined) return ok((data) => evaluate(steps, data));
  return ok((data) => {
    const v = evaluate(steps, data);
    if (typeof v === 'string' || Array.isArray(v)) return v.length;
    if (typeof v === 'object' && v !== null) return Object.keys(v).length;
    return null;
  });
}
