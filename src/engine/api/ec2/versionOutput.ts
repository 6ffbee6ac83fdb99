import { isoTime } from '../../context';
import type { LaunchTemplate, LaunchTemplateData, LaunchTemplateVersion } from '../../model/autoscaling';
import type { SimState } from '../../state';

export interface LaunchTemplateVersionOutput {
  readonly LaunchTemplateId: string;
  readonly LaunchTemplateName: string;
  readonly VersionNumber: number;
  readonly VersionDescription?: string;
  readonly CreateTime: string;
  readonly CreatedBy: string;
  readonly DefaultVersion: boolean;
  readonly LaunchTemplateData: LaunchTemplateData;
}

/** EC2's LaunchTemplateVersion (CreateLaunchTemplateVersion, DescribeLaunchTemplateVersions). */
export const launchTemplateVersionOutput = (
  state: SimState,
  template: LaunchTemplate,
  version: LaunchTemplateVersion,
): LaunchTemplateVersionOutput => ({
  LaunchTemplateId: template.LaunchTemplateId,
  LaunchTemplateName: template.LaunchTemplateName,
  VersionNumber: version.VersionNumber,
  ...(version.VersionDescription !== undefined ? { VersionDescription: version.VersionDescription } : {}),
  CreateTime: isoTime(state, version.CreateTime),
  CreatedBy: `arn:aws:iam::${state.accountId}:root`,
  DefaultVersion: version.VersionNumber === template.DefaultVersionNumber,
  LaunchTemplateData: structuredClone(version.LaunchTemplateData),
});
