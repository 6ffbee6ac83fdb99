import { EC2_RESOURCE_TYPES } from './ec2ResourceTypes';
import type { JsonSchema } from './jsonSchema';
import { bool, int, list, notSimulated, obj, oneOf, str, type Schema } from './taskDefinitionBuilders';

/**
 * The EC2 launch template requests (CreateLaunchTemplate, CreateLaunchTemplateVersion, DescribeLaunchTemplates,
 * DeleteLaunchTemplate), members as the EC2 API model names them. In `LaunchTemplateData` the sandbox acts on
 * the image, instance type, instance profile, user data, security groups and instance tags, which is what an
 * Auto Scaling group's instances take from it; the rest is accepted and marked `notSimulated`.
 */

/**
 * A member the sandbox keeps but never reads, with a nested shape of its own (block devices, interfaces,
 * instance requirements…): any JSON object, echoed back by Describe. Only for `notSimulated` members.
 */
const opaqueObject = (): Schema<Readonly<Record<string, unknown>>> =>
  ({ type: 'object', maxProperties: 100 }) as JsonSchema as Schema<Readonly<Record<string, unknown>>>;

const anyList = <T>(items: Schema<T>) => list(items, 1000);

const ec2Tag = obj({ Key: str({ minLength: 1, maxLength: 128 }), Value: str({ maxLength: 256 }) }, [
  'Key',
  'Value',
]);

/** Name rules: 3–128 characters of letters, digits and `( ) . - / _` (EC2's LaunchTemplateName pattern). */
export const LAUNCH_TEMPLATE_NAME = str({ minLength: 3, maxLength: 128, pattern: '^[a-zA-Z0-9().\\-/_]+$' });

export const launchTemplateDataSchema = obj({
  ImageId: str({ maxLength: 256 }),
  InstanceType: str({ maxLength: 64 }),
  IamInstanceProfile: obj({ Arn: str({ maxLength: 2048 }), Name: str({ maxLength: 128 }) }),
  UserData: str({ maxLength: 21848 }),
  SecurityGroupIds: anyList(str({ maxLength: 64 })),
  TagSpecifications: list(obj({ ResourceType: oneOf(EC2_RESOURCE_TYPES), Tags: list(ec2Tag, 50) }), 10),
  KernelId: notSimulated(str()),
  EbsOptimized: notSimulated(bool()),
  BlockDeviceMappings: notSimulated(anyList(opaqueObject())),
  NetworkInterfaces: notSimulated(anyList(opaqueObject())),
  KeyName: notSimulated(str()),
  Monitoring: notSimulated(obj({ Enabled: bool() })),
  Placement: notSimulated(opaqueObject()),
  RamDiskId: notSimulated(str()),
  DisableApiTermination: notSimulated(bool()),
  InstanceInitiatedShutdownBehavior: notSimulated(oneOf(['stop', 'terminate'])),
  ElasticGpuSpecifications: notSimulated(anyList(obj({ Type: str() }, ['Type']))),
  ElasticInferenceAccelerators: notSimulated(
    anyList(obj({ Type: str(), Count: int(1, 2147483647) }, ['Type'])),
  ),
  SecurityGroups: notSimulated(anyList(str())),
  // MarketType spot makes the group's instances Spot Instances (sim InterruptSpot can reclaim them)
  InstanceMarketOptions: obj({
    MarketType: oneOf(['spot', 'capacity-block', 'interruptible-capacity-reservation']),
    SpotOptions: notSimulated(opaqueObject()),
  }),
  CreditSpecification: notSimulated(obj({ CpuCredits: str() }, ['CpuCredits'])),
  CpuOptions: notSimulated(opaqueObject()),
  CapacityReservationSpecification: notSimulated(opaqueObject()),
  LicenseSpecifications: notSimulated(anyList(obj({ LicenseConfigurationArn: str() }))),
  HibernationOptions: notSimulated(obj({ Configured: bool() })),
  MetadataOptions: notSimulated(opaqueObject()),
  EnclaveOptions: notSimulated(obj({ Enabled: bool() })),
  InstanceRequirements: notSimulated(opaqueObject()),
  PrivateDnsNameOptions: notSimulated(opaqueObject()),
  MaintenanceOptions: notSimulated(opaqueObject()),
  DisableApiStop: notSimulated(bool()),
  Operator: notSimulated(obj({ Principal: str() })),
  NetworkPerformanceOptions: notSimulated(opaqueObject()),
  SecondaryInterfaces: notSimulated(anyList(opaqueObject())),
});

const commonExtras = {
  DryRun: notSimulated(bool()),
  ClientToken: notSimulated(str({ maxLength: 128 })),
};

export const createLaunchTemplateSchema = obj(
  {
    LaunchTemplateName: LAUNCH_TEMPLATE_NAME,
    VersionDescription: str({ maxLength: 255 }),
    LaunchTemplateData: launchTemplateDataSchema,
    // tags of the launch template itself (ResourceType launch-template)
    TagSpecifications: list(obj({ ResourceType: oneOf(EC2_RESOURCE_TYPES), Tags: list(ec2Tag, 50) }), 10),
    Operator: notSimulated(obj({ Principal: str() })),
    ...commonExtras,
  },
  ['LaunchTemplateName', 'LaunchTemplateData'],
);

export const createLaunchTemplateVersionSchema = obj(
  {
    LaunchTemplateId: str({ maxLength: 64 }),
    LaunchTemplateName: LAUNCH_TEMPLATE_NAME,
    SourceVersion: str({ maxLength: 64 }),
    VersionDescription: str({ maxLength: 255 }),
    LaunchTemplateData: launchTemplateDataSchema,
    ResolveAlias: notSimulated(bool()),
    ...commonExtras,
  },
  ['LaunchTemplateData'],
);

export const LAUNCH_TEMPLATE_FILTERS = ['launch-template-name', 'tag:<key>', 'tag-key'] as const;

export const describeLaunchTemplatesSchema = obj({
  LaunchTemplateIds: list(str({ maxLength: 64 }), 200),
  LaunchTemplateNames: list(LAUNCH_TEMPLATE_NAME, 200),
  Filters: list(
    obj({ Name: str({ maxLength: 255 }), Values: list(str({ maxLength: 1024 }), 200) }, ['Name', 'Values']),
    50,
  ),
  DryRun: notSimulated(bool()),
  MaxResults: notSimulated(int(1, 200)),
  NextToken: notSimulated(str()),
});

export const deleteLaunchTemplateSchema = obj({
  LaunchTemplateId: str({ maxLength: 64 }),
  LaunchTemplateName: LAUNCH_TEMPLATE_NAME,
  DryRun: notSimulated(bool()),
});

export const describeLaunchTemplateVersionsSchema = obj({
  LaunchTemplateId: str({ maxLength: 64 }),
  LaunchTemplateName: LAUNCH_TEMPLATE_NAME,
  Versions: list(str({ maxLength: 64 }), 200),
  MinVersion: str({ maxLength: 64 }),
  MaxVersion: str({ maxLength: 64 }),
  Filters: notSimulated(
    list(obj({ Name: str({ maxLength: 255 }), Values: list(str({ maxLength: 1024 }), 200) }), 50),
  ),
  ResolveAlias: notSimulated(bool()),
  DryRun: notSimulated(bool()),
  MaxResults: notSimulated(int(1, 200)),
  NextToken: notSimulated(str()),
});

export const modifyLaunchTemplateSchema = obj({
  LaunchTemplateId: str({ maxLength: 64 }),
  LaunchTemplateName: LAUNCH_TEMPLATE_NAME,
  DefaultVersion: str({ maxLength: 64 }),
  ClientToken: notSimulated(str({ maxLength: 128 })),
  DryRun: notSimulated(bool()),
});
