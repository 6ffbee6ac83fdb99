import { LAUNCH_TEMPLATE_FILTERS } from '../launchTemplates';
import { under, type SchemaDocs } from './schemaDocs';

/** Hover text for the EC2 launch template requests (schema/launchTemplates.ts). */

const tagDocs: SchemaDocs = {
  '[].ResourceType': 'What the tags are for: `instance` tags the instances launched from the template.',
  '[].Tags': 'The tags.',
  '[].Tags[].Key': 'Tag key (up to 128 characters).',
  '[].Tags[].Value': 'Tag value (up to 256 characters).',
};

const DATA =
  'What an instance launched from this template gets. Nothing is checked until something launches from it.';

const dataDocs: SchemaDocs = {
  ImageId:
    'The AMI: for the ECS agent use `resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id`.',
  InstanceType: 'The instance type, e.g. `t3.medium`: the CPU and memory the agent registers.',
  IamInstanceProfile: 'The instance profile whose role the ECS agent uses (e.g. `ecsInstanceRole`).',
  'IamInstanceProfile.Arn': 'Instance profile ARN.',
  'IamInstanceProfile.Name': 'Instance profile name.',
  UserData:
    'Base64 of the boot script. A script that writes `ECS_CLUSTER=name` to /etc/ecs/ecs.config makes the instance join that cluster.',
  SecurityGroupIds: "Security groups (`sg-…`) of the instances; omitted: the VPC's default group.",
  InstanceMarketOptions:
    'How the instances are bought. Leave it out for On-Demand; MarketType `spot` launches Spot Instances, which EC2 can reclaim with a two-minute notice (sim InterruptSpot).',
  'InstanceMarketOptions.MarketType':
    '`spot` for Spot Instances; the other market types launch ordinary instances here.',
  TagSpecifications: 'Tags for what is launched from the template (`instance` tags go on the instances).',
  ...under('TagSpecifications', tagDocs),
};

export const createLaunchTemplateDocs: SchemaDocs = {
  LaunchTemplateName: 'A name unique in the Region: 3–128 letters, digits and ( ) . - / _.',
  VersionDescription: 'A description of version 1.',
  LaunchTemplateData: DATA,
  ...under('LaunchTemplateData', dataDocs),
  TagSpecifications: 'Tags for the launch template itself (ResourceType `launch-template`).',
  ...under('TagSpecifications', tagDocs),
};

export const createLaunchTemplateVersionDocs: SchemaDocs = {
  LaunchTemplateId: 'The template (`lt-…`); or give LaunchTemplateName.',
  LaunchTemplateName: 'The template by name; or give LaunchTemplateId.',
  SourceVersion: 'Start from this version’s data; the members given here replace its members.',
  VersionDescription: 'A description of the new version.',
  LaunchTemplateData: 'The new version’s data (merged over SourceVersion when given).',
  ...under('LaunchTemplateData', dataDocs),
};

export const describeLaunchTemplatesDocs: SchemaDocs = {
  LaunchTemplateIds: 'Only these templates (each must exist).',
  LaunchTemplateNames: 'Only the templates with these names (each must exist).',
  Filters: 'Filters; a template matches when it passes every filter.',
  'Filters[].Name': `Filter name: ${LAUNCH_TEMPLATE_FILTERS.join(', ')}.`,
  'Filters[].Values': 'Matches when the field equals any of these (`*` and `?` are wildcards).',
};

export const deleteLaunchTemplateDocs: SchemaDocs = {
  LaunchTemplateId: 'The template to delete (`lt-…`); or give LaunchTemplateName.',
  LaunchTemplateName: 'The template to delete, by name.',
};

export const describeLaunchTemplateVersionsDocs: SchemaDocs = {
  LaunchTemplateId: 'The template (`lt-…`); or give LaunchTemplateName.',
  LaunchTemplateName: 'The template by name.',
  Versions: 'Only these versions: numbers, `$Latest` or `$Default`.',
  MinVersion: 'Only versions from this one on.',
  MaxVersion: 'Only versions up to this one.',
};

export const modifyLaunchTemplateDocs: SchemaDocs = {
  LaunchTemplateId: 'The template (`lt-…`); or give LaunchTemplateName.',
  LaunchTemplateName: 'The template by name.',
  DefaultVersion: 'The version that becomes `$Default`.',
};
