import { paginate } from '../../schema/pagination';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { listNamespacesSchema } from '../../schema/serviceDiscovery';
import { defineOperation } from '../operation';
import { namespaceOutput, type NamespaceOutput } from './output';

export type ListNamespacesInput = Infer<typeof listNamespacesSchema>;

export interface ListNamespacesOutput {
  readonly Namespaces: NamespaceOutput[];
  readonly NextToken?: string;
}

/** servicediscovery ListNamespaces, oldest first; filters on TYPE and NAME (EQ, IN, BEGINS_WITH). */
export const ListNamespaces = defineOperation<ListNamespacesInput, ListNamespacesOutput>({
  schema: listNamespacesSchema,
  schemaError: 'InvalidInput',
  handle(ctx, input) {
    const all = Object.values(ctx.state.serviceDiscovery.namespaces)
      .filter((ns) =>
        (input.Filters ?? []).every((f) => {
          const value = f.Name === 'TYPE' ? ns.Type : ns.Name;
          return f.Condition === 'BEGINS_WITH'
            ? f.Values.some((v) => value.startsWith(v))
            : f.Values.includes(value);
        }),
      )
      .sort((a, b) => a.createdAt - b.createdAt || (a.Id < b.Id ? -1 : 1));
    const { page, nextToken } = paginate(all, input.MaxResults, input.NextToken, 100);
    return {
      Namespaces: page.map((ns) => namespaceOutput(ctx, ns)),
      ...(nextToken ? { NextToken: nextToken } : {}),
    };
  },
});
