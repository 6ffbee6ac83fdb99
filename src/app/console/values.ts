import { err, ok, type Result } from '../../lib/result';
import type { FlagInfo } from './flags';
import { paramError, type CliError } from './format';
import type { Shape } from './shape';
import { conform, noFileSystem, parseShorthand } from './shorthand';

const INTEGER = /^\s*[+-]?\d+\s*$/;
const FLOAT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

const looksLikeJson = (text: string) => /^\s*[[{]/.test(text);

function parseJson(flag: string, text: string): Result<unknown, CliError> {
  try {
    return ok(JSON.parse(text));
  } catch (e) {
    return err(paramError(flag, `Invalid JSON: ${(e as Error).message}\nJSON received: ${text}`));
  }
}

function scalar(flag: string, shape: Shape | undefined, text: string): Result<unknown, CliError> {
  switch (shape?.kind) {
    case 'integer':
      return INTEGER.test(text)
        ? ok(Number(text))
        : err(paramError(flag, `invalid literal for int() with base 10: '${text}'`));
    case 'double':
      return FLOAT.test(text)
        ? ok(Number(text))
        : err(paramError(flag, `could not convert string to float: '${text}'`));
    case 'boolean':
      return ok(text.toLowerCase() !== 'false');
    case 'string':
      return ok(text);
    default:
      return looksLikeJson(text) ? parseJson(flag, text) : ok(text);
  }
}

/** One word for a structure or map, or for one element of a list of them: JSON or shorthand. */
function complexWord(flag: string, text: string): Result<unknown, CliError> {
  if (looksLikeJson(text)) return parseJson(flag, text);
  const parsed = parseShorthand(text);
  return parsed.ok ? ok(parsed.value) : err(paramError(flag, parsed.error.message));
}

/** The CLI reads `file://` and `fileb://` values from disk; the browser console has no disk to read. */
export function refuseFiles(flag: string, words: ReadonlyArray<string>): Result<void, CliError> {
  const fileWord = words.find((w) => /^fileb?:\/\//.test(w));
  if (fileWord === undefined) return ok(undefined);
  return err(
    paramError(flag, noFileSystem(`${fileWord.split('//')[0]}//`, 'JSON in single quotes, for example')),
  );
}

/**
 * Turns the words given after a flag into the request value, typed by the member's schema: scalars from their
 * text, structures and maps from JSON (`{…}`) or shorthand (`a=b,c=d`), lists from several words or one JSON
 * list. Errors use the CLI's `Error parsing parameter` wording. Pure.
 */
export function unpackValue(flag: FlagInfo, words: ReadonlyArray<string>): Result<unknown, CliError> {
  const noFiles = refuseFiles(flag.flag, words);
  if (!noFiles.ok) return noFiles;
  const shape = flag.shape;
  const first = words[0] ?? '';
  switch (flag.kind) {
    case 'structure':
    case 'map': {
      const value = complexWord(flag.flag, first);
      return value.ok && !looksLikeJson(first) ? ok(conform(value.value, shape)) : value;
    }
    case 'list': {
      if (words.length === 1 && /^\s*\[/.test(first)) return parseJson(flag.flag, first);
      const items = shape?.items;
      const scalarItems = !items || items.isScalar || items.kind === 'any';
      const out: unknown[] = [];
      let shorthand = false;
      for (const word of words) {
        const value = scalarItems ? scalar(flag.flag, items, word) : complexWord(flag.flag, word);
        if (!value.ok) return value;
        shorthand ||= !scalarItems && !looksLikeJson(word);
        out.push(value.value);
      }
      return ok(shorthand ? conform(out, shape) : out);
    }
    default:
      return scalar(flag.flag, shape, first);
  }
}
