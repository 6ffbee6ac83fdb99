import type { SchemaDocs } from './schemaDocs';

/** Hover text for the ECS account settings requests (schema/ecsAccountSettings.ts). */
const names =
  'The setting: awsvpcTrunking (ENI trunking for instances registered afterwards), containerInsights, ' +
  'serviceLongArnFormat, taskLongArnFormat, containerInstanceLongArnFormat, dualStackIPv6, fargateFIPSMode, ' +
  'tagResourceAuthorization, fargateTaskRetirementWaitPeriod, guardDutyActivate, defaultLogDriverMode. ' +
  'Only awsvpcTrunking changes what the sandbox does.';

export const putAccountSettingDocs: SchemaDocs = {
  name: names,
  value: 'enabled or disabled for most settings (containerInsights also enhanced).',
  principalArn:
    'Whose setting. Omitted: the caller (in the sandbox, the account root user, its one principal).',
};

export const putAccountSettingDefaultDocs: SchemaDocs = {
  name: names,
  value: 'The default value for every principal of the account that has not set its own.',
};

export const listAccountSettingsDocs: SchemaDocs = {
  name: 'Only this setting.',
  value: 'Only settings with this value.',
  principalArn: 'Whose settings. Omitted: the caller.',
  effectiveSettings:
    'List every setting with the value in effect (own, else account default, else ECS default).',
  nextToken: 'Not simulated: one page.',
  maxResults: 'Not simulated: one page.',
};
