import { requireLaunchTemplate, resolveVersion } from '../../autoscaling/templates';
import { AwsError } from '../../errors';
import type { LaunchTemplateData } from '../../model/autoscaling';
import { createLaunchTemplateVersionSchema } from '../../schema/launchTemplates';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { launchTemplateVersionOutput, type LaunchTemplateVersionOutput } from './versionOutput';

export type CreateLaunchTemplateVersionInput = Infer<typeof createLaunchTemplateVersionSchema>;

export interface CreateLaunchTemplateVersionOutput {
  readonly LaunchTemplateVersion: LaunchTemplateVersionOutput;
}

/**
 * Adds a version to a launch template (it becomes `$Latest`; `$Default` stays where it was). With SourceVersion
 * the new version starts from that version's data and the request's members replace those it names (top-level
 * members, as EC2 merges them).
 */
export const CreateLaunchTemplateVersion = defineOperation<
  CreateLaunchTemplateVersionInput,
  CreateLaunchTemplateVersionOutput
>({
  schema: createLaunchTemplateVersionSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const template = requireLaunchTemplate(ctx.state, input);
    let base: LaunchTemplateData = {};
    if (input.SourceVersion !== undefined) {
      const source = resolveVersion(template, input.SourceVersion);
      if (!source) {
        throw new AwsError(
          'InvalidLaunchTemplateId.VersionNotFound',
          `Launch template ${template.LaunchTemplateName} has no version ${input.SourceVersion}; it has 1 to ${template.LatestVersionNumber}.`,
          'SourceVersion',
        );
      }
      base = source.LaunchTemplateData;
    }
    const VersionNumber = template.LatestVersionNumber + 1;
    const LaunchTemplateData: LaunchTemplateData = { ...base, ...structuredClone(input.LaunchTemplateData) };
    const version = {
      VersionNumber,
      ...(input.VersionDescription !== undefined ? { VersionDescription: input.VersionDescription } : {}),
      CreateTime: ctx.now,
      LaunchTemplateData,
    };
    const next = {
      ...template,
      LatestVersionNumber: VersionNumber,
      versions: [...template.versions, version],
    };
    ctx.tx.set(ctx.state.ec2.launchTemplates, template.LaunchTemplateId, next);
    return { LaunchTemplateVersion: launchTemplateVersionOutput(ctx.state, next, version) };
  },
});
