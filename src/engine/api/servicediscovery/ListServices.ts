import { paginate } from '../../schema/pagination';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { listServicesSchema } from '../../schema/serviceDiscovery';
import { cloudMapServices, instancesOf } from '../../serviceConnect/cloudMap';
import { defineOperation } from '../operation';

export type ListServicesInput = Infer<typeof listServicesSchema>;

export interface CloudMapServiceSummary {
  readonly Id: string;
  readonly Arn: string;
  readonly Name: string;
  readonly NamespaceId: string;
  readonly Type: 'HTTP';
  readonly InstanceCount: number;
  readonly CreateDate: string;
}

/**
 * servicediscovery ListServices: the Cloud Map services ECS created for Service Connect, optionally of some
 * namespaces (filter NAMESPACE_ID).
 */
export const ListServices = defineOperation<
  ListServicesInput,
  { Services: CloudMapServiceSummary[]; NextToken?: string }
>({
  schema: listServicesSchema,
  schemaError: 'InvalidInput',
  handle(ctx, input) {
    const ids = input.Filters?.[0]?.Values;
    const all = Object.values(ctx.state.serviceDiscovery.namespaces)
      .filter((ns) => !ids || ids.includes(ns.Id))
      .flatMap((ns) => cloudMapServices(ctx.state, ns));
    const { page, nextToken } = paginate(all, input.MaxResults, input.NextToken, 100);
    return {
      Services: page.map((s) => ({
        Id: s.Id,
        Arn: s.Arn,
        Name: s.Name,
        NamespaceId: s.NamespaceId,
        Type: 'HTTP' as const,
        InstanceCount: instancesOf(ctx.state, s).length,
        CreateDate: ctx.iso(s.createdAt),
      })),
      ...(nextToken ? { NextToken: nextToken } : {}),
    };
  },
});
