import { launchTemplateOutput, type LaunchTemplateOutput } from '../../autoscaling/output';
import { requireLaunchTemplate } from '../../autoscaling/templates';
import { deleteLaunchTemplateSchema } from '../../schema/launchTemplates';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteLaunchTemplateInput = Infer<typeof deleteLaunchTemplateSchema>;

export interface DeleteLaunchTemplateOutput {
  readonly LaunchTemplate: LaunchTemplateOutput;
}

/**
 * Deletes a launch template and all its versions. EC2 does not check who uses it: an Auto Scaling group that
 * launches from it afterwards fails to launch (its activities say why).
 */
export const DeleteLaunchTemplate = defineOperation<DeleteLaunchTemplateInput, DeleteLaunchTemplateOutput>({
  schema: deleteLaunchTemplateSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const template = requireLaunchTemplate(ctx.state, input);
    ctx.tx.remove(ctx.state.ec2.launchTemplates, template.LaunchTemplateId);
    return { LaunchTemplate: launchTemplateOutput(ctx.state, template) };
  },
});
