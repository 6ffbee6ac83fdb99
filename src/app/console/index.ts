/**
 * The `aws` console's language: a command line in, `sim.callByName(service, operation, input)` in the
 * middle, and what the AWS CLI v2 prints out. A thin parser over the engine: the operation schemas decide
 * every flag, type and required member.
 */
import { isAwsError, notSimulatedMembers, type Simulation } from '../../engine/index';
import type { ConsoleCatalog } from './catalog';
import { EXIT, formatJson, formatText, serviceError } from './format';
import { VERSION_LINE, awsHelp, consoleHelp, operationHelp, serviceHelp } from './help';
import { parseCommand, type Builtin, type CallCommand } from './parse';
import { runCopilot } from '../copilot/cli';
import { activeWorkspace } from '../copilot/workspace.svelte';

export { engineCatalog, type ConsoleCatalog } from './catalog';
export { complete, type Completion, type Candidate } from './complete';
export {
  parseCommand,
  BUILTINS,
  type Builtin,
  type CallCommand,
  type OutputFormat,
  type ParsedCommand,
} from './parse';
export { tokenize, scanWords, type Word } from './tokenize';
export type { CliError } from './format';

/** What one console line produced, as a terminal shows it. */
export interface ConsoleResult {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** the call made, also when the service rejected it */
  readonly call?: {
    readonly service: string;
    readonly operation: string;
    readonly input: Record<string, unknown>;
  };
  /** a console command for the UI to carry out (`clear` empties the screen; `history` lists past lines) */
  readonly builtin?: Exclude<Builtin, 'help'>;
  /** remarks from the console itself, not from AWS (e.g. "table output is shown as json") */
  readonly notes?: ReadonlyArray<string>;
}

const printed = (stdout: string): ConsoleResult => ({ ok: true, stdout, stderr: '', exitCode: EXIT.ok });

function runCall(command: CallCommand, sim: Pick<Simulation, 'callByName'>): ConsoleResult {
  const call = { service: command.service, operation: command.operation, input: command.input };
  let response: unknown;
  try {
    response = sim.callByName(command.service, command.operation, command.input);
  } catch (e) {
    if (isAwsError(e)) {
      const { stderr, exitCode } = serviceError(e.name, command.operation, e.message);
      return { ok: false, stdout: '', stderr, exitCode, call };
    }
    // not an AWS answer: a simulator bug. Show it rather than lose the learner's console.
    return {
      ok: false,
      stdout: '',
      stderr: `\n${e instanceof Error ? e.message : String(e)}\n`,
      exitCode: EXIT.general,
      call,
    };
  }
  const query = command.query?.(response);
  if (query && !query.ok) {
    // as the CLI does: the call went through, then the selection failed (exit 255, the reason on stderr)
    const notes = ['The call was made; only the --query selection could not be applied.'];
    return { ok: false, stdout: '', stderr: `\n${query.error}\n`, exitCode: EXIT.general, call, notes };
  }
  const selected = query ? query.value : response;
  const notes = [
    ...(command.output === 'table'
      ? ['Table output is not drawn in this console; showing json instead.']
      : []),
    ...notSimulatedNote(command),
  ];
  const stdout = command.output === 'text' ? formatText(selected) : formatJson(selected);
  return { ...printed(stdout), call, ...(notes.length > 0 ? { notes } : {}) };
}

/** The line naming the request's members that the sandbox accepted but does not act on, if any. */
function notSimulatedNote(command: CallCommand): string[] {
  const members = notSimulatedMembers(command.service, command.operation, command.input);
  if (members.length === 0) return [];
  return [`Accepted but not simulated (the sandbox ignores them): ${members.join(', ')}.`];
}

/**
 * Runs one console line against the simulation: parses it, calls the engine, and renders the response or
 * the error exactly as the AWS CLI v2 would (stdout, stderr, exit code). Service errors (`AwsError`) come back
 * as `An error occurred (Name) when calling the Op operation: message`. Never throws.
 */
export function runCommand(
  line: string,
  sim: Pick<Simulation, 'callByName'>,
  catalog: ConsoleCatalog,
): ConsoleResult {
  // `copilot …` lines go to the Copilot CLI (src/app/copilot/cli.ts), which acts on the shown screen's workspace
  if (/^\s*copilot(\s|$)/.test(line)) {
    const r = runCopilot(line, sim, activeWorkspace());
    return { ok: r.ok, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  }
  const parsed = parseCommand(line, catalog);
  if (!parsed.ok)
    return { ok: false, stdout: '', stderr: parsed.error.stderr, exitCode: parsed.error.exitCode };
  const command = parsed.value;
  switch (command.kind) {
    case 'empty':
      return printed('');
    case 'builtin':
      return command.name === 'help' ? printed(consoleHelp()) : { ...printed(''), builtin: command.name };
    case 'help':
      if (command.operation && command.service)
        return printed(operationHelp(command.service, command.operation, catalog));
      return printed(command.service ? serviceHelp(command.service, catalog) : awsHelp(catalog));
    case 'version':
      return printed(`${VERSION_LINE}\n`);
    case 'call':
      return runCall(command, sim);
  }
}
