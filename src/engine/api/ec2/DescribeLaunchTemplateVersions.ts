import { requireLaunchTemplate, versionNumberOf } from '../../autoscaling/templates';
import { AwsError } from '../../errors';
import { describeLaunchTemplateVersionsSchema } from '../../schema/launchTemplates';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { launchTemplateVersionOutput, type LaunchTemplateVersionOutput } from './versionOutput';

export type DescribeLaunchTemplateVersionsInput = Infer<typeof describeLaunchTemplateVersionsSchema>;

export interface DescribeLaunchTemplateVersionsOutput {
  readonly LaunchTemplateVersions: LaunchTemplateVersionOutput[];
}

/**
 * The versions of one launch template, newest first, with their data: the ones named in Versions (`$Latest`,
 * `$Default` or numbers; each must exist), else every version between MinVersion and MaxVersion.
 */
export const DescribeLaunchTemplateVersions = defineOperation<
  DescribeLaunchTemplateVersionsInput,
  DescribeLaunchTemplateVersionsOutput
>({
  schema: describeLaunchTemplateVersionsSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const template = requireLaunchTemplate(ctx.state, input);
    const bound = (value: string | undefined, fallback: number, field: string) => {
      if (value === undefined) return fallback;
      const n = versionNumberOf(template, value);
      if (n === undefined)
        throw new AwsError('InvalidParameterValue', `${field} '${value}' is not a version number.`, field);
      return n;
    };
    let versions = template.versions.filter(
      (v) =>
        v.VersionNumber >= bound(input.MinVersion, 1, 'MinVersion') &&
        v.VersionNumber <= bound(input.MaxVersion, template.LatestVersionNumber, 'MaxVersion'),
    );
    if (input.Versions?.length) {
      const wanted = input.Versions.map((v) => {
        const n = versionNumberOf(template, v);
        if (n === undefined || !template.versions.some((x) => x.VersionNumber === n)) {
          throw new AwsError(
            'InvalidLaunchTemplateId.VersionNotFound',
            `Launch template ${template.LaunchTemplateName} has no version '${v}'.`,
            'Versions',
          );
        }
        return n;
      });
      versions = template.versions.filter((v) => wanted.includes(v.VersionNumber));
    }
    return {
      LaunchTemplateVersions: [...versions]
        .reverse()
        .map((v) => launchTemplateVersionOutput(ctx.state, template, v)),
    };
  },
});
