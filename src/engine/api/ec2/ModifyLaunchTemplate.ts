import { launchTemplateOutput, type LaunchTemplateOutput } from '../../autoscaling/output';
import { requireLaunchTemplate, versionNumberOf } from '../../autoscaling/templates';
import { AwsError } from '../../errors';
import { modifyLaunchTemplateSchema } from '../../schema/launchTemplates';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ModifyLaunchTemplateInput = Infer<typeof modifyLaunchTemplateSchema>;

export interface ModifyLaunchTemplateOutput {
  readonly LaunchTemplate: LaunchTemplateOutput;
}

/** Sets which version is the template's `$Default` (groups on `$Default` launch from it from now on). */
export const ModifyLaunchTemplate = defineOperation<ModifyLaunchTemplateInput, ModifyLaunchTemplateOutput>({
  schema: modifyLaunchTemplateSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const template = requireLaunchTemplate(ctx.state, input);
    if (input.DefaultVersion === undefined)
      return { LaunchTemplate: launchTemplateOutput(ctx.state, template) };
    const n = versionNumberOf(template, input.DefaultVersion);
    if (n === undefined || !template.versions.some((v) => v.VersionNumber === n)) {
      throw new AwsError(
        'InvalidLaunchTemplateId.VersionNotFound',
        `Launch template ${template.LaunchTemplateName} has no version '${input.DefaultVersion}'; it has 1 to ${template.LatestVersionNumber}.`,
        'DefaultVersion',
      );
    }
    const next = { ...template, DefaultVersionNumber: n };
    ctx.tx.set(ctx.state.ec2.launchTemplates, template.LaunchTemplateId, next);
    return { LaunchTemplate: launchTemplateOutput(ctx.state, next) };
  },
});
