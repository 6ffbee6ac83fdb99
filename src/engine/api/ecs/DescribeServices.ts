import { requireCluster } from '../../arns';
import { describeServicesSchema } from '../../schema/services';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { serviceArnIn, serviceOutput, type ServiceOutput } from '../../services';
import { defineOperation } from '../operation';
import type { Failure } from './RunTask';

export type DescribeServicesInput = Infer<typeof describeServicesSchema>;

export interface DescribeServicesOutput {
  readonly services: ReadonlyArray<Omit<ServiceOutput, 'tags'> & { readonly tags?: ServiceOutput['tags'] }>;
  readonly failures: ReadonlyArray<Failure>;
}

/**
 * ecs DescribeServices: up to 10 services by name or ARN, with their deployments and newest events; a name
 * the cluster does not have is a `MISSING` failure. Deleted services are still described (INACTIVE).
 */
export const DescribeServices = defineOperation<DescribeServicesInput, DescribeServicesOutput>({
  schema: describeServicesSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cluster = requireCluster(ctx.state, input.cluster);
    const services: Array<DescribeServicesOutput['services'][number]> = [];
    const failures: Failure[] = [];
    for (const ref of input.services) {
      const arn = serviceArnIn(ctx.state, cluster.clusterName, ref);
      const service = ctx.state.ecs.services[arn];
      if (service && service.clusterArn === cluster.clusterArn) {
        const { tags, ...shown } = serviceOutput(ctx, service);
        // tags are shown only when asked for, as in ECS
        services.push(input.include?.includes('TAGS') ? { ...shown, tags } : shown);
      } else failures.push({ arn, reason: 'MISSING' });
    }
    return { services, failures };
  },
});
