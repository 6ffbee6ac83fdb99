/**
 * What the real AWS CLI has that the sandbox does not simulate yet, so the console can say "real, but not
 * here yet" instead of answering as if AWS lacked it. Only names live here: whatever the engine's catalog
 * and schemas offer always wins, so an operation or member that gets simulated drops out of these answers
 * without touching this file.
 */
import { kebab } from './names';

/**
 * API operations per service. ECS: the complete list of the ECS API Reference ("Actions"). EC2: the common
 * ones a container course meets, not the whole API.
 */
const OPERATIONS: Readonly<Record<string, ReadonlyArray<string>>> = {
  ecs: [
    'CreateCapacityProvider',
    'CreateCluster',
    'CreateExpressGatewayService',
    'CreateService',
    'CreateTaskSet',
    'DeleteAccountSetting',
    'DeleteAttributes',
    'DeleteCapacityProvider',
    'DeleteCluster',
    'DeleteExpressGatewayService',
    'DeleteService',
    'DeleteTaskDefinitions',
    'DeleteTaskSet',
    'DeregisterContainerInstance',
    'DeregisterTaskDefinition',
    'DescribeCapacityProviders',
    'DescribeClusters',
    'DescribeContainerInstances',
    'DescribeExpressGatewayService',
    'DescribeServiceDeployments',
    'DescribeServiceRevisions',
    'DescribeServices',
    'DescribeTaskDefinition',
    'DescribeTasks',
    'DescribeTaskSets',
    'DiscoverPollEndpoint',
    'ExecuteCommand',
    'GetTaskProtection',
    'ListAccountSettings',
    'ListAttributes',
    'ListClusters',
    'ListContainerInstances',
    'ListServiceDeployments',
    'ListServices',
    'ListServicesByNamespace',
    'ListTagsForResource',
    'ListTaskDefinitionFamilies',
    'ListTaskDefinitions',
    'ListTasks',
    'PutAccountSetting',
    'PutAccountSettingDefault',
    'PutAttributes',
    'PutClusterCapacityProviders',
    'RegisterContainerInstance',
    'RegisterTaskDefinition',
    'RunTask',
    'StartTask',
    'StopServiceDeployment',
    'StopTask',
    'SubmitAttachmentStateChanges',
    'SubmitContainerStateChange',
    'SubmitTaskStateChange',
    'TagResource',
    'UntagResource',
    'UpdateCapacityProvider',
    'UpdateCluster',
    'UpdateClusterSettings',
    'UpdateContainerAgent',
    'UpdateContainerInstancesState',
    'UpdateExpressGatewayService',
    'UpdateService',
    'UpdateServicePrimaryTaskSet',
    'UpdateTaskProtection',
    'UpdateTaskSet',
  ],
  ec2: [
    'AllocateAddress',
    'AssociateAddress',
    'AttachInternetGateway',
    'AttachVolume',
    'AuthorizeSecurityGroupEgress',
    'AuthorizeSecurityGroupIngress',
    'CreateImage',
    'CreateInternetGateway',
    'CreateKeyPair',
    'CreateLaunchTemplate',
    'CreateLaunchTemplateVersion',
    'CreateSecurityGroup',
    'CreateSnapshot',
    'CreateSubnet',
    'CreateTags',
    'CreateVolume',
    'CreateVpc',
    'DeleteKeyPair',
    'DeleteLaunchTemplate',
    'DeleteSecurityGroup',
    'DeleteSubnet',
    'DeleteTags',
    'DeleteVolume',
    'DeleteVpc',
    'DescribeAccountAttributes',
    'DescribeAddresses',
    'DescribeAvailabilityZones',
    'DescribeImages',
    'DescribeInstanceAttribute',
    'DescribeInstanceStatus',
    'DescribeInstanceTypes',
    'DescribeInstances',
    'DescribeInternetGateways',
    'DescribeKeyPairs',
    'DescribeLaunchTemplateVersions',
    'DescribeLaunchTemplates',
    'DescribeNatGateways',
    'DescribeNetworkInterfaces',
    'DescribeRegions',
    'DescribeRouteTables',
    'DescribeSecurityGroups',
    'DescribeSnapshots',
    'DescribeSubnets',
    'DescribeTags',
    'DescribeVolumes',
    'DescribeVpcs',
    'DetachVolume',
    'GetConsoleOutput',
    'ImportKeyPair',
    'ModifyInstanceAttribute',
    'MonitorInstances',
    'RebootInstances',
    'ReleaseAddress',
    'RevokeSecurityGroupIngress',
    'RunInstances',
    'StartInstances',
    'StopInstances',
    'TerminateInstances',
  ],
};

/** Commands the CLI itself adds to a service (they are not API operations). */
const CLI_COMMANDS: Readonly<Record<string, ReadonlyArray<string>>> = {
  ecs: ['deploy', 'wait'],
  ec2: ['wait'],
};

/** True when `aws <service> <command>` exists in the real AWS CLI (`command` in CLI spelling). */
export function isRealCommand(service: string, command: string): boolean {
  return (
    (OPERATIONS[service] ?? []).some((op) => kebab(op) === command) ||
    (CLI_COMMANDS[service] ?? []).includes(command)
  );
}

/**
 * Request members of real operations that the sandbox's schemas do not have yet (a short list of the ones
 * learners reach for, not every member AWS has).
 */
const MEMBERS: Readonly<Record<string, ReadonlyArray<string>>> = {
  'ecs.RunTask': ['volumeConfigurations'],
  'ecs.StartTask': ['volumeConfigurations'],
  'ecs.CreateCluster': ['configuration', 'serviceConnectDefaults'],
  'ec2.RunInstances': [
    'KeyName',
    'SecurityGroupIds',
    'SecurityGroups',
    'NetworkInterfaces',
    'BlockDeviceMappings',
    'LaunchTemplate',
    'MetadataOptions',
    'Monitoring',
    'EbsOptimized',
    'InstanceMarketOptions',
    'CreditSpecification',
    'PrivateIpAddress',
    'DisableApiTermination',
    'InstanceInitiatedShutdownBehavior',
    'DryRun',
  ],
  'ec2.TerminateInstances': ['DryRun'],
  'ec2.DescribeInstances': ['DryRun', 'MaxResults', 'NextToken'],
};

/** the listed members that are booleans, which the CLI also offers as `--no-<member>` */
const BOOLEAN_MEMBERS = new Set(['DryRun', 'EbsOptimized', 'DisableApiTermination']);

/** every name a listed member goes by (itself, its flag, `--no-` for booleans), per operation; built once */
const namesByOperation = new Map<string, ReadonlyMap<string, string>>();

function memberNames(service: string, operation: string): ReadonlyMap<string, string> {
  const key = `${service}.${operation}`;
  let names = namesByOperation.get(key);
  if (!names) {
    const entries = (MEMBERS[key] ?? []).flatMap((m) => [
      [m, m] as const,
      [`--${kebab(m)}`, m] as const,
      ...(BOOLEAN_MEMBERS.has(m) ? [[`--no-${kebab(m)}`, m] as const] : []),
    ]);
    names = new Map(entries);
    namesByOperation.set(key, names);
  }
  return names;
}

/**
 * The real member that `name` names (a member name such as `capacityProviderStrategy`, or its flag
 * `--capacity-provider-strategy` / `--no-dry-run`) when the operation has it in AWS and `simulated` lacks it.
 */
export function unsimulatedMember(
  service: string,
  operation: string,
  name: string,
  simulated: ReadonlyArray<string>,
): string | undefined {
  const member = memberNames(service, operation).get(name);
  return member !== undefined && !simulated.includes(member) ? member : undefined;
}

/** Our note for a real member the sandbox does not simulate yet. */
export function unsimulatedMemberNote(
  service: string,
  operation: string,
  member: string,
  asFlag: boolean,
): string {
  const what = asFlag
    ? `--${kebab(member)} is a real option of aws ${service} ${kebab(operation)}`
    : `${member} is a real member of the ${operation} request`;
  return `${what}, but this sandbox does not simulate it yet.`;
}

/** Our answer for a real AWS CLI command the sandbox does not simulate yet. */
export function unsimulatedCommandNote(service: string, command: string): string {
  return `aws ${service} ${command} is a real AWS CLI command, but this sandbox does not simulate it yet. Run aws ${service} help to see the ${service} commands it does simulate.`;
}
