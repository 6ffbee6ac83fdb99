import type { Ec2Instance } from '../../model/ec2';
import { INSTANCE_FILTERS, describeInstancesSchema } from '../../schema/ec2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { applyFilters } from './filters';
import { requireInstances } from './instanceIds';
import { instanceOutput, type InstanceOutput } from './instanceShape';

export type DescribeInstancesInput = Infer<typeof describeInstancesSchema>;

export interface DescribeInstancesOutput {
  readonly Reservations: Array<{
    ReservationId: string;
    OwnerId: string;
    Groups: never[];
    Instances: InstanceOutput[];
  }>;
}

function fieldsOf(instance: Ec2Instance, name: string): ReadonlyArray<string> {
  switch (name) {
    case 'instance-state-name':
      return [instance.State];
    case 'instance-type':
      return [instance.InstanceType];
    case 'availability-zone':
      return [instance.AvailabilityZone];
    case 'instance-id':
      return [instance.InstanceId];
    case 'image-id':
      return [instance.ImageId];
    case 'subnet-id':
      return [instance.SubnetId];
    case 'vpc-id':
      return [instance.VpcId];
    case 'private-ip-address':
      return [instance.PrivateIpAddress];
    case 'tag-key':
      return instance.Tags.map((t) => t.Key);
    default:
      return instance.Tags.filter((t) => `tag:${t.Key}` === name).map((t) => t.Value);
  }
}

/**
 * Describes instances (terminated ones included), grouped into the reservations that launched them, in
 * launch order. `InstanceIds` must all exist; `Filters` narrow the result.
 */
export const DescribeInstances = defineOperation<DescribeInstancesInput, DescribeInstancesOutput>({
  schema: describeInstancesSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const base =
      input.InstanceIds && input.InstanceIds.length > 0
        ? requireInstances(ctx.state, input.InstanceIds, 'InstanceIds')
        : Object.values(ctx.state.ec2.instances);
    const matching = applyFilters(base, input.Filters, INSTANCE_FILTERS, fieldsOf);
    const reservations = new Map<string, InstanceOutput[]>();
    for (const instance of matching) {
      const key = instance.ReservationId ?? `r-${instance.InstanceId.slice(2)}`;
      const list = reservations.get(key) ?? [];
      list.push(instanceOutput(ctx.state, instance));
      reservations.set(key, list);
    }
    return {
      Reservations: [...reservations].map(([ReservationId, Instances]) => ({
        ReservationId,
        OwnerId: ctx.state.accountId,
        Groups: [],
        Instances,
      })),
    };
  },
});
