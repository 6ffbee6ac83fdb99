import { EC2_RESOURCE_TYPES } from './ec2ResourceTypes';
import { bool, int, int32, list, notSimulated, obj, oneOf, str, type Schema } from './taskDefinitionBuilders';

/** `Filters` as the Describe operations take them; each operation names the filters it knows. */
const filters = list(
  obj({ Name: str({ maxLength: 255 }), Values: list(str({ maxLength: 1024 }), 200) }, ['Name', 'Values']),
  50,
);

/** `DryRun`, `MaxResults` and `NextToken`: real on every Describe call; the sandbox answers in one page. */
const describeExtras = (maxResults: Schema<number>) => ({
  DryRun: notSimulated(bool()),
  MaxResults: notSimulated(maxResults),
  NextToken: notSimulated(str()),
});

export const INSTANCE_FILTERS = [
  'instance-state-name',
  'instance-type',
  'availability-zone',
  'instance-id',
  'image-id',
  'subnet-id',
  'vpc-id',
  'private-ip-address',
  'tag:<key>',
  'tag-key',
] as const;

export const SUBNET_FILTERS = ['availability-zone', 'default-for-az', 'subnet-id', 'vpc-id'] as const;

export const INSTANCE_TYPE_FILTERS = [
  'instance-type',
  'vcpu-info.default-vcpus',
  'memory-info.size-in-mib',
] as const;

/**
 * The EC2 model sets no maximum on most of its lists and strings; the sandbox bounds them (1,000 items,
 * 2,048 characters by default) so a runaway document is refused quickly. No real request comes near either.
 */
const anyList = <T>(items: Schema<T>) => list(items, 1000);

const ec2Tag = obj({ Key: str({ minLength: 1, maxLength: 128 }), Value: str({ maxLength: 256 }) }, [
  'Key',
  'Value',
]);

const ipv6Addresses = anyList(obj({ Ipv6Address: str(), IsPrimaryIpv6: bool() }));

/**
 * `NetworkInterfaces[]`: the primary one (DeviceIndex 0) places the instance (subnet, security groups,
 * public IP); every other member, and every other interface, is accepted and not simulated.
 */
const launchNetworkInterface = obj({
  AssociatePublicIpAddress: bool(),
  DeleteOnTermination: notSimulated(bool()),
  Description: notSimulated(str()),
  DeviceIndex: int32(),
  Groups: anyList(str({ maxLength: 64 })),
  Ipv6AddressCount: notSimulated(int32()),
  Ipv6Addresses: notSimulated(ipv6Addresses),
  NetworkInterfaceId: notSimulated(str()),
  PrivateIpAddress: notSimulated(str()),
  PrivateIpAddresses: notSimulated(anyList(obj({ Primary: bool(), PrivateIpAddress: str() }))),
  SecondaryPrivateIpAddressCount: notSimulated(int32()),
  SubnetId: str({ maxLength: 64 }),
  AssociateCarrierIpAddress: notSimulated(bool()),
  InterfaceType: notSimulated(str()),
  NetworkCardIndex: notSimulated(int32()),
  Ipv4Prefixes: notSimulated(anyList(obj({ Ipv4Prefix: str() }))),
  Ipv4PrefixCount: notSimulated(int32()),
  Ipv6Prefixes: notSimulated(anyList(obj({ Ipv6Prefix: str() }))),
  Ipv6PrefixCount: notSimulated(int32()),
  PrimaryIpv6: notSimulated(bool()),
  EnaSrdSpecification: notSimulated(
    obj({ EnaSrdEnabled: bool(), EnaSrdUdpSpecification: obj({ EnaSrdUdpEnabled: bool() }) }),
  ),
  ConnectionTrackingSpecification: notSimulated(
    obj({ TcpEstablishedTimeout: int32(), UdpStreamTimeout: int32(), UdpTimeout: int32() }),
  ),
  EnaQueueCount: notSimulated(int32()),
});

const blockDeviceMapping = obj({
  DeviceName: str(),
  VirtualName: str(),
  NoDevice: str(),
  Ebs: obj({
    DeleteOnTermination: bool(),
    Iops: int32(),
    SnapshotId: str(),
    VolumeSize: int32(),
    VolumeType: oneOf(['standard', 'io1', 'io2', 'gp2', 'sc1', 'st1', 'gp3']),
    KmsKeyId: str(),
    Throughput: int32(),
    OutpostArn: str(),
    AvailabilityZone: str(),
    Encrypted: bool(),
    VolumeInitializationRate: int32(),
    AvailabilityZoneId: str(),
    EbsCardIndex: int32(),
  }),
});

/**
 * The RunInstances request, member for member as the EC2 API model has it. The sandbox acts on the image,
 * type, counts, where the instance goes (AZ, subnet, security groups, primary interface), its profile, user
 * data and instance tags; the rest is validated and marked `notSimulated`. ImageId and InstanceType are
 * required here because the sandbox has no launch templates to take them from.
 */
export const runInstancesSchema = obj(
  {
    ImageId: str({ minLength: 1, maxLength: 256 }),
    InstanceType: str({ maxLength: 64 }),
    MinCount: int(1, 100),
    MaxCount: int(1, 100),
    Placement: obj({
      AvailabilityZone: str({ maxLength: 64 }),
      AvailabilityZoneId: notSimulated(str()),
      Affinity: notSimulated(str()),
      GroupName: notSimulated(str()),
      PartitionNumber: notSimulated(int32()),
      HostId: notSimulated(str()),
      // the sandbox runs every instance on shared hardware, whatever is asked
      Tenancy: notSimulated(oneOf(['default', 'dedicated', 'host'])),
      SpreadDomain: notSimulated(str()),
      HostResourceGroupArn: notSimulated(str()),
      GroupId: notSimulated(str()),
    }),
    SubnetId: str({ maxLength: 64 }),
    SecurityGroupIds: anyList(str({ maxLength: 64 })),
    NetworkInterfaces: anyList(launchNetworkInterface),
    IamInstanceProfile: obj({ Name: str({ maxLength: 128 }), Arn: str({ maxLength: 2048 }) }),
    UserData: str({ maxLength: 21848 }),
    TagSpecifications: list(
      obj(
        {
          // tags for the other resources a launch creates are accepted; only the instance's are kept
          ResourceType: oneOf(EC2_RESOURCE_TYPES),
          Tags: list(ec2Tag, 50),
        },
        ['ResourceType', 'Tags'],
      ),
      10,
    ),
    BlockDeviceMappings: notSimulated(anyList(blockDeviceMapping)),
    Ipv6AddressCount: notSimulated(int32()),
    Ipv6Addresses: notSimulated(ipv6Addresses),
    KernelId: notSimulated(str()),
    KeyName: notSimulated(str()),
    Monitoring: notSimulated(obj({ Enabled: bool() }, ['Enabled'])),
    RamdiskId: notSimulated(str()),
    SecurityGroups: notSimulated(anyList(str())),
    ElasticGpuSpecification: notSimulated(anyList(obj({ Type: str() }, ['Type']))),
    ElasticInferenceAccelerators: notSimulated(
      anyList(obj({ Type: str(), Count: int(1, 2147483647) }, ['Type'])),
    ),
    LaunchTemplate: notSimulated(obj({ LaunchTemplateId: str(), LaunchTemplateName: str(), Version: str() })),
    // MarketType spot makes a Spot Instance (sim InterruptSpot reclaims it); its price and behaviour are not simulated
    InstanceMarketOptions: obj({
      MarketType: oneOf(['spot', 'capacity-block', 'interruptible-capacity-reservation']),
      SpotOptions: notSimulated(
        obj({
          MaxPrice: str(),
          SpotInstanceType: oneOf(['one-time', 'persistent']),
          BlockDurationMinutes: int32(),
          ValidUntil: str(),
          InstanceInterruptionBehavior: oneOf(['hibernate', 'stop', 'terminate']),
        }),
      ),
    }),
    CreditSpecification: notSimulated(obj({ CpuCredits: str() }, ['CpuCredits'])),
    CpuOptions: notSimulated(
      obj({
        CoreCount: int32(),
        ThreadsPerCore: int32(),
        AmdSevSnp: oneOf(['enabled', 'disabled']),
        NestedVirtualization: oneOf(['enabled', 'disabled']),
      }),
    ),
    CapacityReservationSpecification: notSimulated(
      obj({
        CapacityReservationPreference: oneOf(['capacity-reservations-only', 'open', 'none']),
        CapacityReservationTarget: obj({
          CapacityReservationId: str(),
          CapacityReservationResourceGroupArn: str(),
        }),
      }),
    ),
    HibernationOptions: notSimulated(obj({ Configured: bool() })),
    LicenseSpecifications: notSimulated(anyList(obj({ LicenseConfigurationArn: str() }))),
    MetadataOptions: notSimulated(
      obj({
        HttpTokens: oneOf(['optional', 'required']),
        HttpPutResponseHopLimit: int32(),
        HttpEndpoint: oneOf(['disabled', 'enabled']),
        HttpProtocolIpv6: oneOf(['disabled', 'enabled']),
        InstanceMetadataTags: oneOf(['disabled', 'enabled']),
      }),
    ),
    EnclaveOptions: notSimulated(obj({ Enabled: bool() })),
    PrivateDnsNameOptions: notSimulated(
      obj({
        HostnameType: oneOf(['ip-name', 'resource-name']),
        EnableResourceNameDnsARecord: bool(),
        EnableResourceNameDnsAAAARecord: bool(),
      }),
    ),
    MaintenanceOptions: notSimulated(obj({ AutoRecovery: oneOf(['disabled', 'default']) })),
    DisableApiStop: notSimulated(bool()),
    EnablePrimaryIpv6: notSimulated(bool()),
    NetworkPerformanceOptions: notSimulated(
      obj({ BandwidthWeighting: oneOf(['default', 'vpc-1', 'ebs-1']) }),
    ),
    Operator: notSimulated(obj({ Principal: str() })),
    SecondaryInterfaces: notSimulated(
      anyList(
        obj({
          DeleteOnTermination: bool(),
          DeviceIndex: int32(),
          PrivateIpAddresses: anyList(obj({ PrivateIpAddress: str() }, ['PrivateIpAddress'])),
          PrivateIpAddressCount: int32(),
          SecondarySubnetId: str(),
          InterfaceType: oneOf(['secondary']),
          NetworkCardIndex: int32(),
        }),
      ),
    ),
    DryRun: notSimulated(bool()),
    DisableApiTermination: notSimulated(bool()),
    InstanceInitiatedShutdownBehavior: notSimulated(oneOf(['stop', 'terminate'])),
    PrivateIpAddress: notSimulated(str()),
    ClientToken: notSimulated(str()),
    AdditionalInfo: notSimulated(str()),
    EbsOptimized: notSimulated(bool()),
  },
  ['ImageId', 'InstanceType', 'MinCount', 'MaxCount'],
);

const instanceIds = list(str({ maxLength: 64 }), 1000);

export const terminateInstancesSchema = obj(
  {
    InstanceIds: list(str({ maxLength: 64 }), 1000, { minItems: 1 }),
    Force: notSimulated(bool()),
    SkipOsShutdown: notSimulated(bool()),
    DryRun: notSimulated(bool()),
  },
  ['InstanceIds'],
);

export const describeInstancesSchema = obj({
  InstanceIds: instanceIds,
  Filters: filters,
  IncludeManagedResources: notSimulated(bool()),
  ...describeExtras(int32()),
});

export const describeSubnetsSchema = obj({
  SubnetIds: list(str({ maxLength: 64 }), 200),
  Filters: filters,
  ...describeExtras(int(5, 1000)),
});

export const describeInstanceTypesSchema = obj({
  InstanceTypes: list(str({ maxLength: 64 }), 100),
  Filters: filters,
  IncludeUnsupportedInRegion: notSimulated(bool()),
  ...describeExtras(int(5, 100)),
});
