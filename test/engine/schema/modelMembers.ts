/**
 * The request members issue 9 added after comparing our schemas with the AWS API models (botocore's
 * `ecs/2014-11-13` and `ec2/2016-11-15` service-2.json), by operation: names only, our own record. Before,
 * each of these was refused as an unknown member. `notSimulated` ones are accepted and marked; `simulated`
 * ones change what the sandbox does. `[]` stands for any item of a list.
 */
export interface AddedMembers {
  readonly notSimulated: ReadonlyArray<string>;
  readonly simulated?: ReadonlyArray<string>;
}

export const ADDED_MEMBERS: Readonly<Record<string, AddedMembers>> = {
  'ecs CreateCluster': { notSimulated: ['configuration', 'serviceConnectDefaults'] },
  'ecs RunTask': {
    notSimulated: [
      'volumeConfigurations',
      'overrides.inferenceAcceleratorOverrides',
      'overrides.containerOverrides[].environmentFiles',
      'overrides.containerOverrides[].resourceRequirements',
    ],
    simulated: ['overrides.ephemeralStorage', 'capacityProviderStrategy'],
  },
  'ecs StartTask': {
    notSimulated: [
      'volumeConfigurations',
      'overrides.inferenceAcceleratorOverrides',
      'overrides.containerOverrides[].environmentFiles',
      'overrides.containerOverrides[].resourceRequirements',
    ],
    simulated: ['overrides.ephemeralStorage'],
  },
  'ecs ListTasks': { notSimulated: ['daemonName'] },
  'ec2 RunInstances': {
    notSimulated: [
      'BlockDeviceMappings',
      'Ipv6AddressCount',
      'Ipv6Addresses',
      'KernelId',
      'KeyName',
      'Monitoring',
      'Placement.AvailabilityZoneId',
      'Placement.Affinity',
      'Placement.GroupName',
      'Placement.PartitionNumber',
      'Placement.HostId',
      'Placement.SpreadDomain',
      'Placement.HostResourceGroupArn',
      'Placement.GroupId',
      'RamdiskId',
      'SecurityGroups',
      'ElasticGpuSpecification',
      'ElasticInferenceAccelerators',
      'LaunchTemplate',
      'InstanceMarketOptions.SpotOptions',
      'CreditSpecification',
      'CpuOptions',
      'CapacityReservationSpecification',
      'HibernationOptions',
      'LicenseSpecifications',
      'MetadataOptions',
      'EnclaveOptions',
      'PrivateDnsNameOptions',
      'MaintenanceOptions',
      'DisableApiStop',
      'EnablePrimaryIpv6',
      'NetworkPerformanceOptions',
      'Operator',
      'SecondaryInterfaces',
      'DryRun',
      'DisableApiTermination',
      'InstanceInitiatedShutdownBehavior',
      'PrivateIpAddress',
      'ClientToken',
      'AdditionalInfo',
      'EbsOptimized',
      'NetworkInterfaces[].DeleteOnTermination',
      'NetworkInterfaces[].Description',
      'NetworkInterfaces[].Ipv6AddressCount',
      'NetworkInterfaces[].Ipv6Addresses',
      'NetworkInterfaces[].NetworkInterfaceId',
      'NetworkInterfaces[].PrivateIpAddress',
      'NetworkInterfaces[].PrivateIpAddresses',
      'NetworkInterfaces[].SecondaryPrivateIpAddressCount',
      'NetworkInterfaces[].AssociateCarrierIpAddress',
      'NetworkInterfaces[].InterfaceType',
      'NetworkInterfaces[].NetworkCardIndex',
      'NetworkInterfaces[].Ipv4Prefixes',
      'NetworkInterfaces[].Ipv4PrefixCount',
      'NetworkInterfaces[].Ipv6Prefixes',
      'NetworkInterfaces[].Ipv6PrefixCount',
      'NetworkInterfaces[].PrimaryIpv6',
      'NetworkInterfaces[].EnaSrdSpecification',
      'NetworkInterfaces[].ConnectionTrackingSpecification',
      'NetworkInterfaces[].EnaQueueCount',
    ],
    simulated: [
      'SecurityGroupIds',
      'NetworkInterfaces[].DeviceIndex',
      'NetworkInterfaces[].SubnetId',
      'NetworkInterfaces[].Groups',
      'NetworkInterfaces[].AssociatePublicIpAddress',
      'InstanceMarketOptions.MarketType',
    ],
  },
  'ec2 TerminateInstances': { notSimulated: ['Force', 'SkipOsShutdown', 'DryRun'] },
  'ec2 DescribeInstances': { notSimulated: ['IncludeManagedResources', 'DryRun', 'NextToken', 'MaxResults'] },
  'ec2 DescribeSubnets': { notSimulated: ['NextToken', 'MaxResults', 'DryRun'] },
  'ec2 DescribeInstanceTypes': {
    notSimulated: ['DryRun', 'MaxResults', 'NextToken', 'IncludeUnsupportedInRegion'],
  },
};

/** The smallest valid request of each operation above, to which one added member is set at a time. */
export const BASE_REQUESTS: Readonly<Record<string, Record<string, unknown>>> = {
  'ecs CreateCluster': {},
  'ecs RunTask': { taskDefinition: 'web' },
  'ecs StartTask': { taskDefinition: 'web', containerInstances: ['c0ffee'] },
  'ecs ListTasks': {},
  'ec2 RunInstances': { ImageId: 'ami-1', InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 },
  'ec2 TerminateInstances': { InstanceIds: ['i-1'] },
  'ec2 DescribeInstances': {},
  'ec2 DescribeSubnets': {},
  'ec2 DescribeInstanceTypes': {},
};
