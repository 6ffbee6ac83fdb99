import type { CatalogImage, HealthAnswer } from './images';

/** What a container of a catalog image does once started. */
export interface ContainerProgram {
  /** seconds after start when the process exits on its own; undefined = it runs until stopped */
  readonly exitAfter?: number;
  readonly exitCode: number;
  readonly ignoresSigterm: boolean;
}

/** The outcome of a tiny shell run: how long it took, and its status (undefined seconds = never ends). */
interface ShellRun {
  readonly seconds: number | undefined;
  readonly status: number;
}

const NOT_FOUND = 127;

/** One simple command (`sleep 5`, `exit 3`, `true`, `echo hi`). */
function runSimple(argv: ReadonlyArray<string>): ShellRun & { readonly exits?: boolean } {
  const [cmd = '', ...args] = argv;
  const name = cmd.replace(/^\/(usr\/)?bin\//, '');
  switch (name) {
    case 'sleep': {
      if (args[0] === 'infinity') return { seconds: undefined, status: 0 };
      const n = Number(args[0]);
      return Number.isFinite(n) && n >= 0 ? { seconds: n, status: 0 } : { seconds: 0, status: 1 };
    }
    case 'exit': {
      const n = args[0] === undefined ? 0 : Number(args[0]);
      return { seconds: 0, status: Number.isInteger(n) ? ((n % 256) + 256) % 256 : 2, exits: true };
    }
    case 'true':
    case ':':
    case 'echo':
      return { seconds: 0, status: 0 };
    case 'false':
      return { seconds: 0, status: 1 };
    case 'tail':
      return args.includes('-f') ? { seconds: undefined, status: 0 } : { seconds: 0, status: 0 };
    case 'sh':
      return args[0] === '-c' && args[1] !== undefined ? runScript(args[1]) : { seconds: 0, status: 0 };
    default:
      return { seconds: 0, status: NOT_FOUND };
  }
}

/** A script of simple commands joined by `;`, `&&` or `||` (no quoting beyond whitespace splitting). */
function runScript(script: string): ShellRun {
  const tokens = script.split(/(;|&&|\|\|)/).map((t) => t.trim());
  let seconds = 0;
  let status = 0;
  let skip = false;
  for (let i = 0; i < tokens.length; i += 2) {
    const words = (tokens[i] ?? '').split(/\s+/).filter(Boolean);
    if (!skip && words.length) {
      const run = runSimple(words.map((w) => w.replace(/^["']|["']$/g, '')));
      if (run.seconds === undefined) return { seconds: undefined, status: 0 };
      seconds += run.seconds;
      status = run.status;
      if (run.exits) return { seconds, status };
    }
    const op = tokens[i + 1];
    skip = (op === '&&' && status !== 0) || (op === '||' && status === 0);
  }
  return { seconds, status };
}

/** Runs argv (entryPoint + command) in the tiny shell; no argv is busybox's default `sh`, which exits 0 at once. */
export function runShell(argv: ReadonlyArray<string>): ShellRun {
  return argv.length ? runSimple(argv) : { seconds: 0, status: 0 };
}

/** What a container of `image` does with `argv` (entryPoint followed by command). */
export function imageProgram(image: CatalogImage, argv: ReadonlyArray<string>): ContainerProgram {
  const b = image.behaviour;
  const ignoresSigterm = image.ignoresSigterm;
  switch (b.kind) {
    case 'server':
      return { exitCode: 0, ignoresSigterm };
    case 'crash':
      return { exitAfter: b.afterSeconds, exitCode: b.exitCode, ignoresSigterm };
    case 'shell': {
      const run = runShell(argv);
      return run.seconds === undefined
        ? { exitCode: 0, ignoresSigterm }
        : { exitAfter: run.seconds, exitCode: run.status, ignoresSigterm };
    }
  }
}

/**
 * How the image answers a container health check `command` (`['CMD-SHELL', script]` or `['CMD', ...argv]`).
 * Servers answer by their behaviour whatever the command; the shell image runs the command itself.
 */
export function healthAnswer(image: CatalogImage, command: ReadonlyArray<string>): HealthAnswer {
  const b = image.behaviour;
  if (b.kind === 'server') return b.health;
  if (b.kind === 'crash') return 'pass';
  const [mode, ...rest] = command;
  const run = mode === 'CMD-SHELL' ? runScript(rest.join(' ')) : runShell(rest);
  return run.status === 0 ? 'pass' : 'fail';
}
