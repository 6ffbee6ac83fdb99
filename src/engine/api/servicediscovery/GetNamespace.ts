import type { Infer } from '../../schema/taskDefinitionBuilders';
import { getNamespaceSchema } from '../../schema/serviceDiscovery';
import { requireNamespace } from '../../serviceConnect/namespaces';
import { defineOperation } from '../operation';
import { namespaceOutput, type NamespaceOutput } from './output';

export type GetNamespaceInput = Infer<typeof getNamespaceSchema>;

/** servicediscovery GetNamespace: one namespace by id (the sandbox also takes its ARN or name). */
export const GetNamespace = defineOperation<GetNamespaceInput, { Namespace: NamespaceOutput }>({
  schema: getNamespaceSchema,
  schemaError: 'InvalidInput',
  handle(ctx, input) {
    return { Namespace: namespaceOutput(ctx, requireNamespace(ctx.state, input.Id, 'Id')) };
  },
});
