import { requireCluster } from '../../arns';
import {
  containerInstanceOutput,
  requireContainerInstance,
  taskCountsByInstance,
} from '../../containerInstances';
import type { ContainerInstanceOutput } from '../../containerInstances/output';
import { invalidParameter } from '../../errors';
import { setAgentConnectedSchema } from '../../schema/containerInstances';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type SetAgentConnectedInput = Infer<typeof setAgentConnectedSchema>;

export interface SetAgentConnectedOutput {
  readonly containerInstance: ContainerInstanceOutput;
}

/**
 * Simulator control: cuts (or restores) the connection between a container instance's agent and ECS.
 * Tasks already there keep running; new placements on it fail with reason AGENT while it is disconnected.
 */
export const SetAgentConnected = defineOperation<SetAgentConnectedInput, SetAgentConnectedOutput>({
  schema: setAgentConnectedSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cluster = requireCluster(ctx.state, input.cluster);
    let ci = requireContainerInstance(ctx.state, cluster, input.containerInstance);
    if (ci.status === 'INACTIVE') {
      throw invalidParameter(
        `containerInstance: '${input.containerInstance}' is deregistered; its agent no longer talks to ECS.`,
        'containerInstance',
      );
    }
    if (ci.agentConnected !== input.connected) {
      ci = { ...ci, agentConnected: input.connected, version: ci.version + 1 };
      ctx.tx.set(ctx.state.ecs.containerInstances, ci.containerInstanceArn, ci);
      ctx.emit({
        type: 'ContainerInstanceStateChanged',
        at: ctx.now,
        containerInstanceArn: ci.containerInstanceArn,
        status: ci.status,
        agentConnected: ci.agentConnected,
      });
    }
    const counts = taskCountsByInstance(ctx.state);
    return { containerInstance: containerInstanceOutput(ctx.state, ci, counts.get(ci.containerInstanceArn)) };
  },
});
