import { requireCluster } from '../../arns';
import {
  containerInstanceOutput,
  requireContainerInstance,
  taskCountsByInstance,
} from '../../containerInstances';
import { setAgentConnection } from '../../containerInstances/agentConnection';
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
    const host = ctx.state.ec2.instances[ci.ec2InstanceId];
    if (input.connected && host && host.State !== 'running') {
      throw invalidParameter(
        `containerInstance: its EC2 instance ${ci.ec2InstanceId} is ${host.State}, so there is no agent to ` +
          'reconnect. Launch another instance to add capacity.',
        'containerInstance',
      );
    }
    ci = setAgentConnection(ctx, ci, input.connected);
    const counts = taskCountsByInstance(ctx.state);
    return { containerInstance: containerInstanceOutput(ctx.state, ci, counts.get(ci.containerInstanceArn)) };
  },
});
