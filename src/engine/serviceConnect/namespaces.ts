import type { EngineContext } from '../context';
import { AwsError } from '../errors';
import type { CloudMapNamespace } from '../model/serviceConnect';
import type { SimState } from '../state';

/**
 * Cloud Map namespaces. A namespace is found by its Id (`ns-…`), its ARN or, as ECS accepts it in
 * `serviceConnectConfiguration.namespace`, its name. Names are unique in the account in the sandbox (AWS allows
 * a private DNS name again in another VPC; the sandbox has one VPC).
 */
export const namespaceArn = (state: SimState, id: string) =>
  `arn:aws:servicediscovery:${state.region}:${state.accountId}:namespace/${id}`;

export function findNamespace(state: SimState, ref: string): CloudMapNamespace | undefined {
  const table = state.serviceDiscovery.namespaces;
  return (
    table[ref] ??
    Object.values(table).find((n) => n.Arn === ref) ??
    Object.values(table).find((n) => n.Name === ref)
  );
}

/** Cloud Map's NamespaceNotFound (the servicediscovery operations). */
export function requireNamespace(state: SimState, ref: string, field: string): CloudMapNamespace {
  const ns = findNamespace(state, ref);
  if (!ns) {
    throw new AwsError(
      'NamespaceNotFound',
      `No namespace exists with the ID, ARN or name '${ref}'. ListNamespaces shows the namespaces of the account.`,
      field,
    );
  }
  return ns;
}

/** A new namespace id: `ns-` and 16 characters from the seeded generator. */
export const newNamespaceId = (ctx: EngineContext) => `ns-${ctx.randomHex(16)}`;

/** Creates a namespace, refusing a name the account already has (Cloud Map's NamespaceAlreadyExists). */
export function createNamespace(
  ctx: EngineContext,
  fields: Omit<CloudMapNamespace, 'Id' | 'Arn' | 'createdAt'>,
): CloudMapNamespace {
  const existing = Object.values(ctx.state.serviceDiscovery.namespaces).find((n) => n.Name === fields.Name);
  if (existing) {
    throw new AwsError(
      'NamespaceAlreadyExists',
      `A namespace named '${fields.Name}' already exists (${existing.Id}). Use it, or choose another name.`,
      'Name',
    );
  }
  const Id = newNamespaceId(ctx);
  const ns: CloudMapNamespace = { ...fields, Id, Arn: namespaceArn(ctx.state, Id), createdAt: ctx.now };
  ctx.tx.set(ctx.state.serviceDiscovery.namespaces, Id, ns);
  return ns;
}
