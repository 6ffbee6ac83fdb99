import { AwsError } from '../../errors';
import type { SsmParameter } from '../../model/storage';
import { paginate } from '../../schema/pagination';
import { describeParametersSchema } from '../../schema/ssm';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { parameterMetadata } from '../../ssm/store';
import { defineOperation } from '../operation';

export type DescribeParametersInput = Infer<typeof describeParametersSchema>;

type Test = (p: SsmParameter) => boolean;

const OPTIONS: Readonly<Record<string, ReadonlyArray<string>>> = {
  Name: ['Equals', 'BeginsWith', 'Contains'],
  Type: ['Equals'],
  KeyId: ['Equals'],
  Path: ['Recursive', 'OneLevel'],
  Tier: ['Equals'],
  DataType: ['Equals'],
  Label: ['Equals'],
};

function parameterFilter(key: string, option: string | undefined, values: ReadonlyArray<string>): Test {
  if (key.startsWith('tag:')) {
    const tagKey = key.slice(4);
    return (p) =>
      (p.Tags ?? []).some((t) => t.Key === tagKey && (values.length === 0 || values.includes(t.Value)));
  }
  const allowed = OPTIONS[key];
  if (!allowed) {
    throw new AwsError(
      'InvalidFilterKey',
      `The filter key ${key} is not valid; use Name, Type, KeyId, Path, Tier, DataType, Label or tag:<key>.`,
      'ParameterFilters',
    );
  }
  const opt = option ?? (key === 'Path' ? 'OneLevel' : 'Equals');
  if (!allowed.includes(opt)) {
    throw new AwsError(
      'InvalidFilterOption',
      `The filter option ${opt} is not valid for key ${key}; valid options: ${allowed.join(', ')}.`,
      'ParameterFilters',
    );
  }
  switch (key) {
    case 'Name': {
      // a name filter matches names written with or without their leading slash
      const norm = (s: string) => s.replace(/^\//, '');
      return (p) =>
        values.some((v) =>
          opt === 'Equals'
            ? norm(p.Name) === norm(v)
            : opt === 'BeginsWith'
              ? norm(p.Name).startsWith(norm(v))
              : p.Name.includes(v),
        );
    }
    case 'Type':
      return (p) => values.includes(p.Type);
    case 'KeyId':
      return (p) => p.KeyId !== undefined && values.includes(p.KeyId);
    case 'Tier':
      return (p) => values.includes(p.Tier ?? 'Standard');
    case 'DataType':
      return (p) => values.includes(p.DataType);
    case 'Label':
      return () => false;
    default: {
      // Path: the parameters under a path, one level down or at any depth
      return (p) =>
        values.some((v) => {
          const base = v.endsWith('/') ? v : `${v}/`;
          if (!p.Name.startsWith(base)) return false;
          return opt === 'Recursive' || !p.Name.slice(base.length).includes('/');
        });
    }
  }
}

/** ssm DescribeParameters: the parameters' metadata (never values), in name order, filtered. */
export const DescribeParameters = defineOperation({
  schema: describeParametersSchema,
  schemaError: 'ValidationException',
  handle(ctx, input: DescribeParametersInput) {
    if (input.Filters && input.ParameterFilters) {
      throw new AwsError(
        'ValidationException',
        'You can use either Filters or ParameterFilters in a single request.',
        'Filters',
      );
    }
    const tests: Test[] = [
      ...(input.Filters ?? []).map((f) => parameterFilter(f.Key, 'Equals', f.Values)),
      ...(input.ParameterFilters ?? []).map((f) => parameterFilter(f.Key, f.Option, f.Values ?? [])),
    ];
    const all = Object.values(ctx.state.ssm.parameters)
      .filter((p) => tests.every((t) => t(p)))
      .sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
    const { page, nextToken } = paginate(all, input.MaxResults, input.NextToken, 50);
    return {
      Parameters: page.map((p) => parameterMetadata(ctx, p)),
      ...(nextToken ? { NextToken: nextToken } : {}),
    };
  },
});
