import { AwsError } from '../../errors';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { createPrivateDnsNamespaceSchema } from '../../schema/serviceDiscovery';
import { createNamespace } from '../../serviceConnect/namespaces';
import { defineOperation } from '../operation';
import { newOperationId } from './output';

export type CreatePrivateDnsNamespaceInput = Infer<typeof createPrivateDnsNamespaceSchema>;

/**
 * servicediscovery CreatePrivateDnsNamespace: a namespace backed by a Route 53 private hosted zone in a VPC, so
 * its names also resolve by DNS inside the VPC. Service Connect can use it too. The sandbox simulates the zone's
 * id only; created at once.
 */
export const CreatePrivateDnsNamespace = defineOperation<
  CreatePrivateDnsNamespaceInput,
  { OperationId: string }
>({
  schema: createPrivateDnsNamespaceSchema,
  schemaError: 'InvalidInput',
  handle(ctx, input) {
    if (!ctx.state.ec2.vpcs[input.Vpc]) {
      throw new AwsError(
        'InvalidInput',
        `Vpc: there is no VPC '${input.Vpc}' in this account; DescribeSubnets shows the VPC id (the sandbox has ` +
          `${Object.keys(ctx.state.ec2.vpcs).join(', ')}).`,
        'Vpc',
      );
    }
    createNamespace(ctx, {
      Name: input.Name,
      Type: 'DNS_PRIVATE',
      Vpc: input.Vpc,
      HostedZoneId: `Z${ctx.randomHex(20).toUpperCase()}`,
      ...(input.Description !== undefined ? { Description: input.Description } : {}),
      ...(input.CreatorRequestId !== undefined ? { CreatorRequestId: input.CreatorRequestId } : {}),
      tags: (input.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })),
    });
    return { OperationId: newOperationId(ctx) };
  },
});
