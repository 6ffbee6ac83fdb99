import { err, ok, type Result } from '../lib/result';
import type { LessonMeta } from './types';

/** lesson.md's frontmatter block, its fences included; the lines between them are the first group. */
export const FRONTMATTER_BLOCK = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Reads lesson.md frontmatter: a `---` fenced block of `key: value` lines where a value is a string, a number,
 * or a list (`[a, b]` inline or `- item` lines below the key). Small on purpose: lesson metadata needs no more
 * of YAML, and every field is validated, so a typo fails the lesson tests with the file and field named.
 */
export function splitFrontmatter(
  source: string,
): Result<{ fields: Record<string, unknown>; body: string }, string> {
  const m = FRONTMATTER_BLOCK.exec(source);
  if (!m) return err('lesson.md must start with a frontmatter block between two "---" lines.');
  const fields: Record<string, unknown> = {};
  let listKey: string | undefined;
  const lines = m[1]!.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trimEnd();
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && listKey) {
      (fields[listKey] as string[]).push(unquote(item[1]!));
      continue;
    }
    const kv = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (!kv) return err(`frontmatter line ${i + 2} is not "key: value": ${line.trim()}`);
    const [, key, value] = kv as unknown as [string, string, string];
    listKey = undefined;
    if (value === '') {
      fields[key] = [];
      listKey = key;
    } else if (value.startsWith('[') && value.endsWith(']')) {
      const inner = value.slice(1, -1).trim();
      fields[key] = inner ? inner.split(',').map((v) => unquote(v.trim())) : [];
    } else if (/^-?\d+(\.\d+)?$/.test(value)) {
      fields[key] = Number(value);
    } else {
      fields[key] = unquote(value);
    }
  }
  return ok({ fields, body: source.slice(m[0].length) });
}

const unquote = (v: string) => (/^(['"]).*\1$/.test(v) ? v.slice(1, -1) : v);

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' && x !== '');

/** Checks every frontmatter field; the error names the field and what it must be. */
export function validateMeta(fields: Record<string, unknown>): Result<LessonMeta, string> {
  const { title, concepts, minutes, mode, module, exams, objectives } = fields;
  if (typeof title !== 'string' || !title) return err('"title" must be a non-empty string.');
  if (!isStringList(concepts) || concepts.length === 0)
    return err('"concepts" must be a non-empty list of strings.');
  if (typeof minutes !== 'number' || minutes < 1 || minutes > 15)
    return err('"minutes" must be a number from 1 to 15.');
  if (mode !== 'guided' && mode !== 'sandbox') return err('"mode" must be "guided" or "sandbox".');
  if (typeof module !== 'string' || !module) return err('"module" must be a non-empty string.');
  if (!isStringList(exams)) return err('"exams" must be a list of exam task tags such as SAA-2.1.');
  if (!exams.every((e) => /^(SAA|DVA|SOA|DOP)-\d\.\d$/.test(e)))
    return err('"exams" entries look like SAA-2.1, DVA-3.1, SOA-3.1 or DOP-3.2.');
  if (!isStringList(objectives) || objectives.length === 0 || objectives.length > 3) {
    return err('"objectives" must list one to three objectives.');
  }
  const known = new Set(['title', 'concepts', 'minutes', 'mode', 'module', 'exams', 'objectives']);
  const extra = Object.keys(fields).filter((k) => !known.has(k));
  if (extra.length) return err(`unknown frontmatter field(s): ${extra.join(', ')}.`);
  return ok({ title, concepts, minutes, mode, module, exams, objectives });
}
