import { REGION } from '../../engine/index';
import type { ConsoleCatalog } from './catalog';
import { flagsOf, type FlagInfo } from './flags';
import { fromKebab, kebab } from './names';
import { BUILTINS, isOptionLike } from './parse';
import type { Shape } from './shape';
import { scanWords } from './tokenize';

export interface Candidate {
  /** the text that replaces line[from, to) */
  readonly value: string;
  /** a short hint: the flag's type, "required", … */
  readonly detail?: string;
}

/** Tab completion: replace line[from, to) with one of the candidates. */
export interface Completion {
  readonly from: number;
  readonly to: number;
  readonly candidates: Candidate[];
}

const GLOBAL_VALUES: Readonly<Record<string, ReadonlyArray<string>>> = {
  '--output': ['json', 'text', 'table'],
  '--region': [REGION],
  '--query': [],
};
const GLOBAL_SWITCHES = ['--no-cli-pager'];

const plain = (values: ReadonlyArray<string>, detail?: string): Candidate[] =>
  values.map((value) => (detail ? { value, detail } : { value }));

interface Frame {
  /** the structure whose keys are written here, or the list whose elements are */
  readonly kind: 'struct' | 'list';
  readonly shape: Shape | undefined;
  mode: 'key' | 'value';
  /** the shape of the value being written */
  valueShape: Shape | undefined;
  readonly used: Set<string>;
}

/** Completes inside shorthand text: keys of the structure being written, or the enum values of a key. */
function shorthandCandidates(
  text: string,
  top: Shape | undefined,
): { fragment: string; candidates: Candidate[] } {
  const stack: Frame[] = [
    { kind: 'struct', shape: top, mode: 'key', valueShape: undefined, used: new Set() },
  ];
  let fragStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const frame = stack[stack.length - 1]!;
    if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return { fragment: '', candidates: [] };
      i = close;
    } else if (c === '=' && frame.mode === 'key') {
      const key = text.slice(fragStart, i);
      frame.used.add(key);
      frame.mode = 'value';
      frame.valueShape = frame.shape?.member(key);
      fragStart = i + 1;
    } else if (c === ',') {
      if (frame.kind === 'struct') frame.mode = 'key';
      fragStart = i + 1;
    } else if ((c === '{' || c === '[') && frame.mode === 'value') {
      const shape = frame.valueShape;
      stack.push(
        c === '{'
          ? { kind: 'struct', shape, mode: 'key', valueShape: undefined, used: new Set() }
          : { kind: 'list', shape, mode: 'value', valueShape: shape?.items, used: new Set() },
      );
      fragStart = i + 1;
    } else if ((c === '}' || c === ']') && stack.length > 1) {
      stack.pop();
      fragStart = i + 1;
    }
  }
  const frame = stack[stack.length - 1]!;
  const fragment = text.slice(fragStart);
  if (frame.mode === 'key') {
    const keys = (frame.shape?.members ?? []).filter(([name]) => !frame.used.has(name));
    return { fragment, candidates: keys.map(([name, shape]) => ({ value: `${name}=`, detail: shape.kind })) };
  }
  return { fragment, candidates: plain(valuesOf(frame.valueShape)) };
}

function valuesOf(shape: Shape | undefined): string[] {
  if (shape?.kind === 'boolean') return ['true', 'false'];
  return shape?.enumValues ?? [];
}

/** Completion for the word after a flag (or one more word of a list flag). */
function valueCandidates(flag: FlagInfo, text: string): { fragment: string; candidates: Candidate[] } {
  const shape = flag.kind === 'list' ? flag.shape?.items : flag.shape;
  if (shape && (shape.kind === 'structure' || shape.kind === 'map') && !text.trimStart().startsWith('{')) {
    return shorthandCandidates(text, shape);
  }
  return { fragment: text, candidates: plain(valuesOf(shape)) };
}

const byPrefix = (fragment: string, candidates: Candidate[]) =>
  candidates.filter((c) => c.value.startsWith(fragment) && c.value !== fragment);

/**
 * Tab candidates for the text left of `cursor`: `aws` and console commands, services, operations, the flags
 * not used yet, enum values of the flag being filled, and shorthand keys and values. Pure.
 */
export function complete(line: string, cursor: number, catalog: ConsoleCatalog): Completion {
  const text = line.slice(0, cursor);
  const scan = scanWords(text);
  const words = scan.words.map((w) => w.text);
  const current = scan.trailingSpace || words.length === 0 ? '' : words.pop()!;
  const result = (fragment: string, candidates: Candidate[]): Completion => ({
    from: cursor - fragment.length,
    to: cursor,
    candidates: byPrefix(fragment, candidates),
  });
  if (words.length === 0) return result(current, plain(['aws', ...BUILTINS]));
  if (words[0] !== 'aws') return result(current, []);

  // positionals and flags after `aws`, with the words taken by global options left out
  const positionals: string[] = [];
  const opWords: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w in GLOBAL_VALUES) {
      if (i + 1 === words.length) return result(current, plain(GLOBAL_VALUES[w]!));
      i++;
    } else if (positionals.length < 2 && !isOptionLike(w)) positionals.push(w);
    else opWords.push(w);
  }
  const [service, operation] = positionals;
  if (service === undefined) {
    if (current.startsWith('-'))
      return result(current, plain([...Object.keys(GLOBAL_VALUES), ...GLOBAL_SWITCHES]));
    return result(current, plain([...catalog.services(), 'help']));
  }
  const ops = catalog.operations(service);
  if (operation === undefined) return result(current, plain([...ops.map(kebab).sort(), 'help']));
  const api = fromKebab(operation, ops);
  if (!api) return result(current, []);

  const flags = flagsOf(service, api, catalog.schema(service, api) ?? { type: 'object' });
  const used = new Set<string>();
  let filling: FlagInfo | undefined;
  let filled = 0;
  for (const w of opWords) {
    const flag = isOptionLike(w) ? flags.find((f) => f.flag === w) : undefined;
    if (flag) {
      used.add(flag.member ?? flag.flag);
      filling = flag.arity === 'none' ? undefined : flag;
      filled = 0;
    } else if (isOptionLike(w)) {
      filling = undefined;
    } else {
      filled++;
    }
  }

  if (current.startsWith('-')) {
    const open = flags.filter((f) => !used.has(f.member ?? f.flag));
    return result(current, [
      ...open.map((f) => ({ value: f.flag, detail: f.required ? `${f.kind}, required` : f.kind })),
      ...plain([...Object.keys(GLOBAL_VALUES), ...GLOBAL_SWITCHES]),
    ]);
  }
  if (filling && (filling.arity === 'many' || filled === 0)) {
    const { fragment, candidates } = valueCandidates(filling, current);
    return result(fragment, candidates);
  }
  return result(current, []);
}
