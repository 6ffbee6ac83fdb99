import { terminateInstancesSchema } from '../../schema/ec2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { requireInstances } from './instanceIds';
import { stateOf } from './instanceShape';
import { shutDownInstance } from './instanceLifecycle';

export type TerminateInstancesInput = Infer<typeof terminateInstancesSchema>;

type StateOutput = ReturnType<typeof stateOf>;

export interface TerminateInstancesOutput {
  readonly TerminatingInstances: Array<{
    InstanceId: string;
    CurrentState: StateOutput;
    PreviousState: StateOutput;
  }>;
}

/**
 * Terminates instances: `shutting-down` now, `terminated` 20–40 s later. A registered container instance is
 * deregistered at once (INACTIVE) and its tasks stop with stop code TerminationNotice. Terminating an
 * instance that is already on its way out changes nothing. Any unknown id rejects the whole call.
 */
export const TerminateInstances = defineOperation<TerminateInstancesInput, TerminateInstancesOutput>({
  schema: terminateInstancesSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const instances = requireInstances(ctx.state, input.InstanceIds, 'InstanceIds');
    const TerminatingInstances = instances.map((instance) => {
      const previous = instance.State;
      if (
        previous === 'pending' ||
        previous === 'running' ||
        previous === 'stopping' ||
        previous === 'stopped'
      ) {
        shutDownInstance(ctx, instance);
      }
      return {
        InstanceId: instance.InstanceId as string,
        CurrentState: stateOf(ctx.state.ec2.instances[instance.InstanceId]!.State),
        PreviousState: stateOf(previous),
      };
    });
    return { TerminatingInstances };
  },
});
