import { AwsError } from '../../errors';

export interface Ec2Filter {
  readonly Name: string;
  readonly Values: ReadonlyArray<string>;
}

/** The values an item has for a (known) filter name. */
export type FieldsOf<T> = (item: T, filterName: string) => ReadonlyArray<string>;

const wildcard = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );

/** `tag:<key>` in a list of filter names stands for every `tag:…` name. */
const isKnown = (known: ReadonlyArray<string>, name: string) =>
  known.includes(name) || (known.includes('tag:<key>') && name.startsWith('tag:') && name.length > 4);

/**
 * Applies EC2 `Filters`: an item passes when, for every filter, one of its values matches one of the filter's
 * values (`*` and `?` are wildcards). A name not in `known` is an InvalidParameterValue error.
 */
export function applyFilters<T>(
  items: ReadonlyArray<T>,
  filters: ReadonlyArray<Ec2Filter> | undefined,
  known: ReadonlyArray<string>,
  fieldsOf: FieldsOf<T>,
): T[] {
  const compiled = (filters ?? []).map((f, i) => {
    if (!isKnown(known, f.Name)) {
      throw new AwsError(
        'InvalidParameterValue',
        `The filter '${f.Name}' is invalid. Filters here: ${known.join(', ')}.`,
        `Filters[${i}].Name`,
      );
    }
    return { name: f.Name, patterns: f.Values.map(wildcard) };
  });
  return items.filter((item) =>
    compiled.every(({ name, patterns }) => fieldsOf(item, name).some((v) => patterns.some((p) => p.test(v)))),
  );
}
