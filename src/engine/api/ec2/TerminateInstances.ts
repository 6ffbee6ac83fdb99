import { deregisterContainerInstance } from '../../containerInstances';
import type { EngineContext } from '../../context';
import type { Ec2Instance } from '../../model/ec2';
import { terminateInstancesSchema } from '../../schema/ec2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { requireInstances } from './instanceIds';
import { stateOf } from './instanceShape';
import { terminationDelay } from './instanceLifecycle';

export type TerminateInstancesInput = Infer<typeof terminateInstancesSchema>;

type StateOutput = ReturnType<typeof stateOf>;

export interface TerminateInstancesOutput {
  readonly TerminatingInstances: Array<{
    InstanceId: string;
    CurrentState: StateOutput;
    PreviousState: StateOutput;
  }>;
}

/** Shuts one instance down: its container instance leaves the cluster and the tasks on it stop. */
function shutDown(ctx: EngineContext, instance: Ec2Instance): void {
  const ci =
    instance.agent.phase === 'registered'
      ? ctx.state.ecs.containerInstances[instance.agent.containerInstanceArn]
      : undefined;
  if (ci && ci.status !== 'INACTIVE') {
    deregisterContainerInstance(ctx, ci, {
      stopCode: 'TerminationNotice',
      reason: `Host EC2 (instance ${instance.InstanceId}) terminated.`,
    });
  }
  const current = ctx.state.ec2.instances[instance.InstanceId]!;
  const agent = current.agent.phase === 'none' ? current.agent : { phase: 'stopped' as const };
  ctx.tx.set(ctx.state.ec2.instances, instance.InstanceId, { ...current, State: 'shutting-down', agent });
  ctx.schedule(terminationDelay(ctx), {
    kind: 'ec2.instanceState',
    instanceId: instance.InstanceId,
    to: 'terminated',
  });
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
        shutDown(ctx, instance);
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
