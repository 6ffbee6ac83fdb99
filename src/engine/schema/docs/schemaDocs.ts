import type { JsonSchema } from '../jsonSchema';
import { NOT_SIMULATED } from '../vocabulary';

/**
 * Hover text for the members of one request schema, keyed by member path: `family`,
 * `containerDefinitions[].portMappings[].hostPort`; `[]` is a list's item and `''` the schema itself.
 * The schemas carry structure only (what ajv validates); this text is for the editor and the console, which
 * load lazily, so it stays off the first page.
 */
export type SchemaDocs = Readonly<Record<string, string>>;

/** The path of `member` inside `path`: `a` + `b` → `a.b`; `a` + `[]` → `a[]`; `''` + `b` → `b`. */
export function memberPath(path: string, member: string): string {
  if (!path) return member;
  if (!member) return path;
  return member.startsWith('[') ? `${path}${member}` : `${path}.${member}`;
}

/** `docs` of a shared shape, re-keyed for where the shape sits in a bigger schema (`under('tags', tagDocs)`). */
export function under(path: string, docs: SchemaDocs): SchemaDocs {
  return Object.fromEntries(Object.entries(docs).map(([member, text]) => [memberPath(path, member), text]));
}

/** What the hover says of a member the sandbox accepts but does not act on (schemas mark it `notSimulated`). */
export const NOT_SIMULATED_NOTE =
  'Not simulated: real AWS, so the sandbox accepts and checks it, then ignores it. Nothing in the sandbox changes because of it.';

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of `schema` with each documented member's `description` and `markdownDescription` (Monaco's hover)
 * set from `docs`, and a note on each member marked `notSimulated`. Pure: `schema` is left as it is. Members are found through `properties` and `items`, the
 * only places request schemas nest.
 */
export function withDocs(schema: JsonSchema, docs: SchemaDocs): JsonSchema {
  const visit = (node: JsonSchema, path: string): JsonSchema => {
    const copy: Record<string, unknown> = { ...node };
    if (isSchema(node.properties)) {
      copy.properties = Object.fromEntries(
        Object.entries(node.properties).map(([name, member]) => [
          name,
          isSchema(member) ? visit(member, memberPath(path, name)) : member,
        ]),
      );
    }
    if (isSchema(node.items)) copy.items = visit(node.items, memberPath(path, '[]'));
    const text = Object.prototype.hasOwnProperty.call(docs, path) ? docs[path] : undefined;
    const note = node[NOT_SIMULATED] === true ? NOT_SIMULATED_NOTE : undefined;
    if (text !== undefined || note !== undefined) {
      const hover = [text, note].filter((part) => part !== undefined).join('\n\n');
      copy.description = hover;
      copy.markdownDescription = hover;
    }
    return copy;
  };
  return visit(schema, '');
}
