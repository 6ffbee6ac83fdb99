import type { JsonSchema } from '../../engine/index';

/** What a schema node holds, in the AWS CLI's terms (a JSON object with fixed members is a structure). */
export type ShapeKind = 'string' | 'integer' | 'double' | 'boolean' | 'list' | 'structure' | 'map' | 'any';

const isSchema = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A read-only view of one node of an operation's JSON Schema, with local `$ref`s followed. The console reads
 * the schemas at run time, so it never repeats what the engine already knows about a request.
 */
export class Shape {
  private constructor(
    private readonly root: JsonSchema,
    private readonly node: JsonSchema,
  ) {}

  /** The view of a whole request schema. */
  static of(root: JsonSchema): Shape {
    return new Shape(root, root);
  }

  private child(node: unknown): Shape | undefined {
    return isSchema(node) ? new Shape(this.root, node) : undefined;
  }

  /** The node with `$ref` chains and single-branch combinators resolved. */
  private get resolved(): JsonSchema {
    let node = this.node;
    for (let hops = 0; hops < 16; hops++) {
      const ref = node.$ref;
      if (typeof ref === 'string' && ref.startsWith('#')) {
        const target = ref
          .slice(1)
          .split('/')
          .filter(Boolean)
          .reduce<unknown>(
            (cur, part) =>
              isSchema(cur) ? cur[part.replaceAll('~1', '/').replaceAll('~0', '~')] : undefined,
            this.root,
          );
        if (!isSchema(target)) return node;
        node = target;
        continue;
      }
      const branches = node.anyOf ?? node.oneOf;
      if (Array.isArray(branches) && node.type === undefined && node.properties === undefined) {
        const first = branches.find((b) => isSchema(b) && b.type !== 'null');
        if (isSchema(first)) {
          node = first;
          continue;
        }
      }
      return node;
    }
    return node;
  }

  get kind(): ShapeKind {
    const node = this.resolved;
    const types = Array.isArray(node.type) ? node.type : [node.type];
    const type = types.find((t) => t !== 'null' && t !== undefined);
    switch (type) {
      case 'string':
        return 'string';
      case 'integer':
        return 'integer';
      case 'number':
        return 'double';
      case 'boolean':
        return 'boolean';
      case 'array':
        return 'list';
      case 'object':
        return isSchema(node.properties) ? 'structure' : isSchema(node.additionalProperties) ? 'map' : 'any';
    }
    if (isSchema(node.properties)) return 'structure';
    if (isSchema(node.items)) return 'list';
    if (Array.isArray(node.enum) && node.enum.every((v) => typeof v === 'string')) return 'string';
    return 'any';
  }

  /** The members of a structure, in schema order. */
  get members(): Array<[name: string, shape: Shape]> {
    const props = this.resolved.properties;
    if (!isSchema(props)) return [];
    return Object.entries(props).flatMap(([name, node]) => {
      const shape = this.child(node);
      return shape ? [[name, shape] as [string, Shape]] : [];
    });
  }

  member(name: string): Shape | undefined {
    const props = this.resolved.properties;
    return isSchema(props) && Object.prototype.hasOwnProperty.call(props, name)
      ? this.child(props[name])
      : undefined;
  }

  /** The element shape of a list. */
  get items(): Shape | undefined {
    return this.child(this.resolved.items);
  }

  /** The value shape of a map. */
  get values(): Shape | undefined {
    return this.child(this.resolved.additionalProperties);
  }

  /** True when a structure takes members beyond its own (`additionalProperties` true or a schema). */
  get allowsOtherMembers(): boolean {
    const extra = this.resolved.additionalProperties;
    return extra === true || isSchema(extra);
  }

  get required(): string[] {
    const req = this.resolved.required;
    return Array.isArray(req) ? req.filter((r): r is string => typeof r === 'string') : [];
  }

  /** The allowed string values, when the schema lists them. */
  get enumValues(): string[] {
    const values = this.resolved.enum;
    return Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : [];
  }

  get description(): string | undefined {
    const own = this.node.description;
    const text = typeof own === 'string' ? own : this.resolved.description;
    return typeof text === 'string' ? text : undefined;
  }

  /** True for scalars: what the CLI takes as a plain word rather than shorthand or JSON. */
  get isScalar(): boolean {
    return ['string', 'integer', 'double', 'boolean'].includes(this.kind);
  }
}
