import type { Infer } from '../../schema/taskDefinitionBuilders';
import { createHttpNamespaceSchema } from '../../schema/serviceDiscovery';
import { createNamespace } from '../../serviceConnect/namespaces';
import { defineOperation } from '../operation';
import { newOperationId } from './output';

export type CreateHttpNamespaceInput = Infer<typeof createHttpNamespaceSchema>;

/**
 * servicediscovery CreateHttpNamespace: a namespace whose instances are found by API calls (DiscoverInstances)
 * and by Service Connect proxies, not by DNS. AWS creates it asynchronously; the sandbox at once.
 */
export const CreateHttpNamespace = defineOperation<CreateHttpNamespaceInput, { OperationId: string }>({
  schema: createHttpNamespaceSchema,
  schemaError: 'InvalidInput',
  handle(ctx, input) {
    createNamespace(ctx, {
      Name: input.Name,
      Type: 'HTTP',
      ...(input.Description !== undefined ? { Description: input.Description } : {}),
      ...(input.CreatorRequestId !== undefined ? { CreatorRequestId: input.CreatorRequestId } : {}),
      tags: (input.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })),
    });
    return { OperationId: newOperationId(ctx) };
  },
});
