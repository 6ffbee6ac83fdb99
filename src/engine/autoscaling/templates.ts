import { AwsError } from '../errors';
import type { LaunchTemplate, LaunchTemplateVersion } from '../model/autoscaling';
import type { SimState } from '../state';

const ID = /^lt-[0-9a-f]{17}$/;

/**
 * Finds a launch template by id or name as EC2 does: a malformed id is InvalidLaunchTemplateId.Malformed, an
 * unknown id InvalidLaunchTemplateId.NotFound, an unknown name InvalidLaunchTemplateName.NotFoundException.
 */
export function requireLaunchTemplate(
  state: SimState,
  ref: { readonly LaunchTemplateId?: string; readonly LaunchTemplateName?: string },
): LaunchTemplate {
  if (ref.LaunchTemplateId !== undefined && ref.LaunchTemplateName !== undefined) {
    throw new AwsError(
      'InvalidParameterCombination',
      'Give LaunchTemplateId or LaunchTemplateName, not both.',
      'LaunchTemplateName',
    );
  }
  if (ref.LaunchTemplateId !== undefined) {
    if (!ID.test(ref.LaunchTemplateId)) {
      throw new AwsError(
        'InvalidLaunchTemplateId.Malformed',
        `The launch template ID '${ref.LaunchTemplateId}' is malformed: it looks like lt- and 17 hexadecimal digits.`,
        'LaunchTemplateId',
      );
    }
    const found = state.ec2.launchTemplates[ref.LaunchTemplateId];
    if (!found) {
      throw new AwsError(
        'InvalidLaunchTemplateId.NotFound',
        `The launch template ID '${ref.LaunchTemplateId}' does not exist. DescribeLaunchTemplates lists the templates there are.`,
        'LaunchTemplateId',
      );
    }
    return found;
  }
  if (ref.LaunchTemplateName !== undefined) {
    const found = findByName(state, ref.LaunchTemplateName);
    if (!found) {
      throw new AwsError(
        'InvalidLaunchTemplateName.NotFoundException',
        `There is no launch template named '${ref.LaunchTemplateName}'. DescribeLaunchTemplates lists the templates there are.`,
        'LaunchTemplateName',
      );
    }
    return found;
  }
  throw new AwsError('MissingParameter', 'Give LaunchTemplateId or LaunchTemplateName.', 'LaunchTemplateId');
}

export const findByName = (state: SimState, name: string): LaunchTemplate | undefined =>
  Object.values(state.ec2.launchTemplates).find((t) => t.LaunchTemplateName === name);

/** The version number a `Version` string stands for (`$Default`, `$Latest` or a number); undefined if none. */
export function versionNumberOf(template: LaunchTemplate, version: string | undefined): number | undefined {
  if (version === undefined || version === '$Default') return template.DefaultVersionNumber;
  if (version === '$Latest') return template.LatestVersionNumber;
  return /^[1-9]\d*$/.test(version) ? Number(version) : undefined;
}

/** The version a `Version` string names, if the template has it. */
export function resolveVersion(
  template: LaunchTemplate,
  version: string | undefined,
): LaunchTemplateVersion | undefined {
  const n = versionNumberOf(template, version);
  return n === undefined ? undefined : template.versions.find((v) => v.VersionNumber === n);
}
