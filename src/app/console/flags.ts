import type { JsonSchema } from '../../engine/index';
import { err, ok, type Result } from '../../lib/result';
import { EXIT, type CliError } from './format';
import { kebab } from './names';
import { Shape, type ShapeKind } from './shape';

/** One command-line flag of an operation. */
export interface FlagInfo {
  /** `--task-definition` */
  readonly flag: string;
  /** the request member it sets (`taskDefinition`); absent for console-made flags such as `--cli-input-json` */
  readonly member?: string;
  readonly shape?: Shape;
  /** the type shown in help (`string`, `list`, `structure`, …) */
  readonly kind: ShapeKind;
  readonly required: boolean;
  /** how many words follow the flag */
  readonly arity: 'none' | 'one' | 'many';
  /** for `--force` / `--no-force` */
  readonly boolValue?: boolean;
  /** help text, when the schema has none */
  readonly help?: string;
}

export const CLI_INPUT_JSON = '--cli-input-json';

/**
 * Per-operation CLI behaviour that is not in the API model, as the AWS CLI ships it. Only operations the
 * simulator answers are listed.
 */
interface Customization {
  /** members with no flag of their own */
  readonly hidden?: ReadonlyArray<string>;
  /** flags the CLI adds, with how each one writes the request */
  readonly extra?: ReadonlyArray<
    FlagInfo & { apply(value: string, input: Record<string, unknown>): Result<void, CliError> }
  >;
  /** changes to the final request (after --cli-input-json is merged), before it is sent */
  readonly finish?: (input: Record<string, unknown>) => void;
}

const COUNT_FORM = /^(\d+)(?::(\d+))?$/;

/** UTF-8 text → base64, without Node's Buffer (the console runs in the browser). */
export function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const CUSTOMIZATIONS: Readonly<Record<string, Customization>> = {
  // the CLI replaces --min-count/--max-count with --count N or --count MIN:MAX (default 1), and base64-encodes
  // UserData for you (plain text in, base64 on the wire)
  'ec2.RunInstances': {
    hidden: ['MinCount', 'MaxCount'],
    extra: [
      {
        flag: '--count',
        kind: 'string',
        required: false,
        arity: 'one',
        help: 'How many instances to launch: N, or MIN:MAX. Without it, one instance.',
        apply(value, input) {
          const m = COUNT_FORM.exec(value);
          if (!m) {
            return err({
              stderr: '\ncount parameter should be of form min[:max] (e.g. 1 or 1:10)\n',
              exitCode: EXIT.usage,
            });
          }
          input.MinCount = Number(m[1]);
          input.MaxCount = Number(m[2] ?? m[1]);
          return ok(undefined);
        },
      },
    ],
    finish(input) {
      input.MinCount ??= 1;
      input.MaxCount ??= 1;
      if (typeof input.UserData === 'string') input.UserData = base64(input.UserData);
    },
  },
};

const customizationOf = (service: string, operation: string): Customization | undefined =>
  CUSTOMIZATIONS[`${service}.${operation}`];

/** The request's changes the CLI makes after merging (defaults, encodings); mutates `input`. */
export function finishInput(service: string, operation: string, input: Record<string, unknown>): void {
  customizationOf(service, operation)?.finish?.(input);
}

/** Applies a console-made flag (such as `ec2 run-instances --count`); undefined when `flag` is not one. */
export function applyExtraFlag(
  service: string,
  operation: string,
  flag: string,
  value: string,
  input: Record<string, unknown>,
): Result<void, CliError> | undefined {
  return customizationOf(service, operation)
    ?.extra?.find((f) => f.flag === flag)
    ?.apply(value, input);
}

/**
 * Every flag of an operation, in schema order: one per top-level request member (`--no-x` too for booleans),
 * the CLI's customizations, then `--cli-input-json`.
 */
export function flagsOf(service: string, operation: string, schema: JsonSchema): FlagInfo[] {
  const shape = Shape.of(schema);
  const custom = customizationOf(service, operation);
  const required = new Set(shape.required);
  const flags: FlagInfo[] = [];
  for (const [member, memberShape] of shape.members) {
    if (custom?.hidden?.includes(member)) continue;
    const kind = memberShape.kind;
    const flag = `--${kebab(member)}`;
    if (kind === 'boolean') {
      flags.push({ flag, member, shape: memberShape, kind, required: false, arity: 'none', boolValue: true });
      flags.push({
        flag: `--no-${kebab(member)}`,
        member,
        shape: memberShape,
        kind,
        required: false,
        arity: 'none',
        boolValue: false,
      });
    } else {
      const arity = kind === 'list' ? 'many' : 'one';
      flags.push({ flag, member, shape: memberShape, kind, required: required.has(member), arity });
    }
  }
  for (const extra of custom?.extra ?? []) flags.push(extra);
  flags.push({
    flag: CLI_INPUT_JSON,
    kind: 'string',
    required: false,
    arity: 'one',
    help: 'The whole request as one JSON object, in the API member names. Flags given as well override its members.',
  });
  return flags;
}
