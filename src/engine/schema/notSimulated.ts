import type { JsonSchema } from './jsonSchema';
import { NOT_SIMULATED } from './vocabulary';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isSchema = (value: unknown): value is JsonSchema => isObject(value);

/** `a` + `b` → `a.b`; `a` + 0 → `a[0]`. */
const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * The members of `input` that its request schema marks `notSimulated`, as member paths (`KeyName`,
 * `NetworkInterfaces[1].Description`), in the order they appear. A marked member is reported once, not its
 * parts. Pure: reads the input as given, valid or not.
 */
export function notSimulatedIn(schema: JsonSchema, input: unknown): string[] {
  const found: string[] = [];
  const visit = (node: JsonSchema, value: unknown, path: string) => {
    if (node[NOT_SIMULATED] === true) {
      found.push(path);
      return;
    }
    if (isObject(value) && isSchema(node.properties)) {
      const properties = node.properties;
      for (const [name, member] of Object.entries(value)) {
        const sub = Object.prototype.hasOwnProperty.call(properties, name) ? properties[name] : undefined;
        if (isSchema(sub) && member !== undefined) visit(sub, member, join(path, name));
      }
    } else if (Array.isArray(value) && isSchema(node.items)) {
      const items = node.items;
      value.forEach((item, i) => visit(items, item, join(path, i)));
    }
  };
  visit(schema, input, '');
  return found;
}

/** Every member path a schema marks `notSimulated`, with `[]` for a list's items (`NetworkInterfaces[].Description`). */
export function notSimulatedPaths(schema: JsonSchema): string[] {
  const found: string[] = [];
  const visit = (node: JsonSchema, path: string) => {
    if (node[NOT_SIMULATED] === true) {
      found.push(path);
      return;
    }
    if (isSchema(node.properties))
      for (const [name, member] of Object.entries(node.properties))
        if (isSchema(member)) visit(member, path ? `${path}.${name}` : name);
    if (isSchema(node.items)) visit(node.items, `${path}[]`);
  };
  visit(schema, '');
  return found;
}
