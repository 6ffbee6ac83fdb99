import { launchTemplateOutput, type LaunchTemplateOutput } from '../../autoscaling/output';
import { findByName } from '../../autoscaling/templates';
import { AwsError } from '../../errors';
import type { LaunchTemplate, LaunchTemplateTag } from '../../model/autoscaling';
import { createLaunchTemplateSchema } from '../../schema/launchTemplates';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type CreateLaunchTemplateInput = Infer<typeof createLaunchTemplateSchema>;

export interface CreateLaunchTemplateOutput {
  readonly LaunchTemplate: LaunchTemplateOutput;
}

/** The tags a request gives the launch template itself (TagSpecifications of ResourceType launch-template). */
export const templateTags = (specs: CreateLaunchTemplateInput['TagSpecifications']): LaunchTemplateTag[] =>
  (specs ?? [])
    .filter((s) => s.ResourceType === 'launch-template')
    .flatMap((s) => (s.Tags ?? []).map((t) => ({ ...t })));

/**
 * Creates a launch template with its version 1 (the default and the latest). EC2 keeps the data as given: it is
 * checked when something launches from it (an Auto Scaling group), not now, so a template may be incomplete. The
 * name must be unique in the Region (InvalidLaunchTemplateName.AlreadyExistsException).
 */
export const CreateLaunchTemplate = defineOperation<CreateLaunchTemplateInput, CreateLaunchTemplateOutput>({
  schema: createLaunchTemplateSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    if (findByName(ctx.state, input.LaunchTemplateName)) {
      throw new AwsError(
        'InvalidLaunchTemplateName.AlreadyExistsException',
        `A launch template named '${input.LaunchTemplateName}' already exists. Choose another name, or add a version to it with CreateLaunchTemplateVersion.`,
        'LaunchTemplateName',
      );
    }
    const id = `lt-${ctx.randomHex(17)}`;
    const template: LaunchTemplate = {
      LaunchTemplateId: id,
      LaunchTemplateName: input.LaunchTemplateName,
      DefaultVersionNumber: 1,
      LatestVersionNumber: 1,
      CreateTime: ctx.now,
      Tags: templateTags(input.TagSpecifications),
      versions: [
        {
          VersionNumber: 1,
          ...(input.VersionDescription !== undefined ? { VersionDescription: input.VersionDescription } : {}),
          CreateTime: ctx.now,
          LaunchTemplateData: structuredClone(input.LaunchTemplateData),
        },
      ],
    };
    ctx.tx.set(ctx.state.ec2.launchTemplates, id, template);
    return { LaunchTemplate: launchTemplateOutput(ctx.state, template) };
  },
});
