import { REGION } from '../../engine/index';
import type { ConsoleCatalog } from './catalog';
import { flagsOf, type FlagInfo } from './flags';
import { kebab } from './names';
import type { Shape } from './shape';

/**
 * `aws --version`: the CLI's `name/version` format, saying plainly that this is the sandbox's console (the
 * real line names the CLI build, Python and the OS, e.g. `aws-cli/2.x.y Python/3.x Linux/6.x exe/x86_64`).
 */
export const VERSION_LINE =
  'aws-cli/2.x (ECS Sandbox simulated console: answered in your browser, nothing is sent to AWS)';

/** The console's own help: what it understands and what it leaves out. Our words. */
export function consoleHelp(): string {
  return `This console speaks the AWS CLI (version 2) to the simulated account. One region exists: ${REGION}.

Try:
  aws ecs list-clusters
  aws ecs create-cluster --cluster-name web
  aws ecs run-task --cluster web --task-definition web --count 2 \\
      --placement-strategy type=spread,field=attribute:ecs.availability-zone

Getting help:
  aws help                      the services you can call
  aws ecs help                  the operations of a service
  aws ecs run-task help         an operation's flags, their types, and which are required

What works as in the real CLI:
  flags named after the request members (--task-definition, --instance-type), --flag/--no-flag switches,
  lists as several words (--tasks a b c), shorthand (key=value,key2=[a,b],key3={k=v}), JSON values,
  --cli-input-json '<json>', --output json|text (table prints json), --query with full JMESPath
  (filters, multiselects, functions), and the CLI's error messages and exit codes.

Not available: file:// and fileb:// values, profiles, other regions, --generate-cli-skeleton, pagination.

Console commands: help, clear, history. Tab completes services, operations, flags and values.
`;
}

/** Two names a line, as the CLI lists commands. */
function columns(names: ReadonlyArray<string>): string {
  const rows: string[] = [];
  for (let i = 0; i < names.length; i += 2) {
    rows.push(
      `       o ${names[i]!.padEnd(40)}${names[i + 1] !== undefined ? `o ${names[i + 1]}` : ''}`.trimEnd(),
    );
  }
  return rows.join('\n');
}

/** `aws help`: the simulated services. */
export function awsHelp(catalog: ConsoleCatalog): string {
  return `AWS()

NAME
       aws -

DESCRIPTION
       The AWS Command Line Interface, answered by the simulator instead of AWS.

SYNOPSIS
          aws [options] <command> <subcommand> [parameters]

       Use aws <command> help for a service's operations.

OPTIONS
       --output (string)   json (default), text, or table (printed as json here)
       --query (string)    a JMESPath expression (jmespath.org), e.g. tasks[*].taskArn
       --region (string)   ${REGION} only
       --no-cli-pager      accepted; this console never pages

AVAILABLE SERVICES
${columns([...catalog.services(), 'help'])}
`;
}

/** `aws <service> help`: its operations, in CLI spelling. */
export function serviceHelp(service: string, catalog: ConsoleCatalog): string {
  const ops = catalog.operations(service).map(kebab).sort();
  return `${service.toUpperCase()}()

NAME
       ${service} -

SYNOPSIS
          aws ${service} <operation> [parameters]

       Use aws ${service} <operation> help for an operation's flags.

AVAILABLE COMMANDS
${columns([...ops, 'help'])}
`;
}

const SHORTHAND_DEPTH = 8;

/** A sample of the shorthand syntax for a shape, as the CLI's help shows it. */
function shorthandSample(shape: Shape | undefined, depth: number): string {
  if (!shape || depth > SHORTHAND_DEPTH) return 'value';
  switch (shape.kind) {
    case 'structure':
      return shape.members.map(([name, m]) => `${name}=${nestedSample(m, depth + 1)}`).join(',');
    case 'map':
      return `KeyName1=${nestedSample(shape.values, depth + 1)},KeyName2=${nestedSample(shape.values, depth + 1)}`;
    case 'list':
      return nestedSample(shape, depth);
    default:
      return shape.kind === 'any' ? 'value' : shape.kind;
  }
}

function nestedSample(shape: Shape | undefined, depth: number): string {
  if (shape?.kind === 'structure' || shape?.kind === 'map') return `{${shorthandSample(shape, depth)}}`;
  if (shape?.kind === 'list') {
    const item = nestedSample(shape.items, depth + 1);
    return `[${item},${item}]`;
  }
  return shorthandSample(shape, depth);
}

/** The syntax block for a flag that takes several words or shorthand; undefined for scalars. */
function syntaxOf(flag: FlagInfo): { label: string; sample: string } | undefined {
  const shape = flag.shape;
  if (!shape) return undefined;
  if (shape.kind === 'structure' || shape.kind === 'map') {
    return { label: 'Shorthand Syntax', sample: shorthandSample(shape, 0) };
  }
  if (shape.kind !== 'list') return undefined;
  const items = shape.items;
  if (!items || items.isScalar || items.kind === 'any') {
    const word = `"${items?.isScalar ? items.kind : 'string'}"`;
    return { label: 'Syntax', sample: `${word} ${word} ...` };
  }
  const one = shorthandSample(items, 1);
  return { label: 'Shorthand Syntax', sample: `${one} ${one} ...` };
}

function synopsisLine(flag: FlagInfo, all: ReadonlyArray<FlagInfo>): string | undefined {
  if (flag.boolValue === false) return undefined;
  if (flag.boolValue === true) {
    const negated = all.find((f) => f.member === flag.member && f.boolValue === false);
    return `          [${flag.flag}${negated ? ` | ${negated.flag}` : ''}]`;
  }
  const value = flag.arity === 'many' ? '<value> [<value>...]' : '<value>';
  return flag.required ? `          ${flag.flag} ${value}` : `          [${flag.flag} ${value}]`;
}

function optionBlock(flag: FlagInfo): string | undefined {
  if (flag.boolValue === false) return undefined;
  const lines = [
    `       ${flag.boolValue === true ? `${flag.flag} | --no-${flag.flag.slice(2)}` : flag.flag} (${flag.kind})${flag.required ? ' [required]' : ''}`,
  ];
  const description = flag.shape?.description ?? flag.help;
  if (description) lines.push(`          ${description}`);
  const enums = flag.shape?.enumValues ?? [];
  if (enums.length > 0) lines.push('', '          Possible values:', ...enums.map((v) => `          o ${v}`));
  const syntax = syntaxOf(flag);
  if (syntax) lines.push('', `          ${syntax.label}:`, '', `            ${syntax.sample}`);
  return lines.join('\n');
}

/**
 * `aws <service> <operation> help`: the synopsis and every flag with its type, required mark, description,
 * allowed values and shorthand syntax, all read from the operation's JSON Schema.
 */
export function operationHelp(service: string, operation: string, catalog: ConsoleCatalog): string {
  const name = kebab(operation);
  const schema = catalog.schema(service, operation) ?? { type: 'object' };
  const flags = flagsOf(service, operation, schema);
  const description = typeof schema.description === 'string' ? schema.description : '';
  const synopsis = flags.flatMap((f) => synopsisLine(f, flags) ?? []);
  const options = flags.flatMap((f) => optionBlock(f) ?? []);
  return `${name.toUpperCase()}()

NAME
       ${name} -

DESCRIPTION
       ${description || `Calls the ${operation} operation of ${service}.`}

SYNOPSIS
            ${name}
${synopsis.join('\n')}

OPTIONS
${options.join('\n\n')}
`;
}
