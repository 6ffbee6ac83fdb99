import { AwsError } from '../../errors';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { deleteNamespaceSchema } from '../../schema/serviceDiscovery';
import { cloudMapServices } from '../../serviceConnect/cloudMap';
import { requireNamespace } from '../../serviceConnect/namespaces';
import { defineOperation } from '../operation';
import { newOperationId } from './output';

export type DeleteNamespaceInput = Infer<typeof deleteNamespaceSchema>;

/** servicediscovery DeleteNamespace: only a namespace without services (ResourceInUse otherwise). */
export const DeleteNamespace = defineOperation<DeleteNamespaceInput, { OperationId: string }>({
  schema: deleteNamespaceSchema,
  schemaError: 'InvalidInput',
  handle(ctx, input) {
    const ns = requireNamespace(ctx.state, input.Id, 'Id');
    const services = cloudMapServices(ctx.state, ns);
    if (services.length > 0) {
      throw new AwsError(
        'ResourceInUse',
        `Namespace ${ns.Name} still has services (${services.map((s) => s.Name).join(', ')}): turn Service ` +
          'Connect off on the ECS services that use it (or delete them) first.',
        'Id',
      );
    }
    ctx.tx.remove(ctx.state.serviceDiscovery.namespaces, ns.Id);
    return { OperationId: newOperationId(ctx) };
  },
});
