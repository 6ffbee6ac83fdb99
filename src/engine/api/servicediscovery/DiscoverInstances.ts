import { uint32Digest } from '../../../lib/digest';
import { AwsError } from '../../errors';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { discoverInstancesSchema } from '../../schema/serviceDiscovery';
import { cloudMapServices, instancesOf } from '../../serviceConnect/cloudMap';
import { requireNamespace } from '../../serviceConnect/namespaces';
import { defineOperation } from '../operation';

export type DiscoverInstancesInput = Infer<typeof discoverInstancesSchema>;

export interface DiscoveredInstance {
  readonly InstanceId: string;
  readonly NamespaceName: string;
  readonly ServiceName: string;
  readonly HealthStatus: 'HEALTHY';
  readonly Attributes: Readonly<Record<string, string>>;
}

/**
 * servicediscovery DiscoverInstances: the instances of a service by namespace and service name, as an
 * application using the Cloud Map API would look them up. ECS registers each task that serves (the Service
 * Connect pool: RUNNING, not stopping, healthy) with its address; the instance id is the task id.
 */
export const DiscoverInstances = defineOperation<
  DiscoverInstancesInput,
  { Instances: DiscoveredInstance[]; InstancesRevision: number }
>({
  schema: discoverInstancesSchema,
  schemaError: 'InvalidInput',
  handle(ctx, input) {
    const ns = requireNamespace(ctx.state, input.NamespaceName, 'NamespaceName');
    const service = cloudMapServices(ctx.state, ns).find((s) => s.Name === input.ServiceName);
    if (!service) {
      throw new AwsError(
        'ServiceNotFound',
        `Namespace ${ns.Name} has no service '${input.ServiceName}'. ECS creates one per discoveryName of a ` +
          'client-server Service Connect service; ListServices shows them.',
        'ServiceName',
      );
    }
    const unhealthyOnly = input.HealthStatus === 'UNHEALTHY';
    const instances = unhealthyOnly ? [] : instancesOf(ctx.state, service);
    const clusterName = service.ecsService.clusterArn.split('/').pop() ?? '';
    return {
      Instances: instances.slice(0, input.MaxResults ?? 100).map((e) => ({
        InstanceId: e.taskArn.split('/').pop() ?? e.taskArn,
        NamespaceName: ns.Name,
        ServiceName: service.Name,
        HealthStatus: 'HEALTHY' as const,
        Attributes: {
          AWS_INSTANCE_IPV4: e.ip,
          AWS_INSTANCE_PORT: String(e.port),
          AVAILABILITY_ZONE: e.availabilityZone,
          ECS_CLUSTER_NAME: clusterName,
          ECS_SERVICE_NAME: service.ecsService.serviceName,
        },
      })),
      // changes whenever the set of instances changes (the sandbox's revision: a digest of their task ARNs)
      InstancesRevision: uint32Digest(instances.map((e) => e.taskArn).join(',')),
    };
  },
});
