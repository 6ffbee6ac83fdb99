import type { EngineContext } from '../../context';
import type { CloudMapNamespace } from '../../model/serviceConnect';
import { cloudMapServices } from '../../serviceConnect/cloudMap';

/** A namespace as GetNamespace and ListNamespaces show it. */
export function namespaceOutput(ctx: EngineContext, ns: CloudMapNamespace) {
  return {
    Id: ns.Id,
    Arn: ns.Arn,
    Name: ns.Name,
    Type: ns.Type,
    ...(ns.Description !== undefined ? { Description: ns.Description } : {}),
    ServiceCount: cloudMapServices(ctx.state, ns).length,
    Properties: {
      DnsProperties: ns.HostedZoneId ? { HostedZoneId: ns.HostedZoneId, SOA: { TTL: 15 } } : {},
      HttpProperties: { HttpName: ns.Name },
    },
    CreateDate: ctx.iso(ns.createdAt),
    ...(ns.CreatorRequestId !== undefined ? { CreatorRequestId: ns.CreatorRequestId } : {}),
  };
}

export type NamespaceOutput = ReturnType<typeof namespaceOutput>;

/** Cloud Map answers namespace changes with an operation id; the sandbox's operations finish at once. */
export const newOperationId = (ctx: EngineContext) => `${ctx.randomHex(32)}-${ctx.randomHex(8)}`;
