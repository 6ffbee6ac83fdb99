import { INSTANCE_FILTERS, INSTANCE_TYPE_FILTERS, SUBNET_FILTERS } from '../ec2';
import { under, type SchemaDocs } from './schemaDocs';

/** Hover text for the EC2 requests (schema/ec2.ts). */

/** `Filters`, naming the filters the operation knows. */
const filterDocs = (names: ReadonlyArray<string>): SchemaDocs =>
  under('Filters', {
    '': 'Filters; an item matches when it passes every filter.',
    '[].Name': `Filter name: ${names.join(', ')}.`,
    '[].Values': 'Matches when the field equals any of these (`*` and `?` are wildcards).',
  });

export const runInstancesDocs: SchemaDocs = {
  ImageId:
    'The AMI: an `ami-…` id, or `resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id` for the ECS-optimized AMI (runs the ECS agent), or `resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64` for plain Amazon Linux (no agent).',
  InstanceType:
    'The instance type, e.g. `t3.medium`, `m5.large`. It sets the CPU, memory and ENIs the agent registers.',
  MinCount: 'The fewest instances to launch; the call fails if that many cannot be launched.',
  MaxCount: 'The most instances to launch (at least MinCount). The simulator launches MaxCount.',
  Placement: 'Where the instances go.',
  'Placement.AvailabilityZone':
    'Launch into the default subnet of this Availability Zone, e.g. `us-east-1b`.',
  'Placement.Tenancy': 'Only shared tenancy is simulated.',
  SubnetId: 'Launch into this subnet (its AZ becomes the instance AZ). Omitted: a default subnet.',
  SecurityGroupIds:
    "Security groups (`sg-…`) for the instance; omitted: the VPC's default group. The sandbox keeps only the default group and lists other ids as given.",
  'SecurityGroupIds[]': 'A security group id.',
  NetworkInterfaces:
    'Network interfaces to create. The one with DeviceIndex 0 may set the subnet, groups and public IP instead of the instance-level members (not both).',
  'NetworkInterfaces[]': 'One network interface.',
  'NetworkInterfaces[].DeviceIndex': 'Its position on the instance; 0 is the primary interface.',
  'NetworkInterfaces[].SubnetId': 'The subnet of the interface (then leave the instance-level SubnetId out).',
  'NetworkInterfaces[].Groups': 'Security group ids of the interface (then leave SecurityGroupIds out).',
  'NetworkInterfaces[].Groups[]': 'A security group id.',
  'NetworkInterfaces[].AssociatePublicIpAddress':
    "Give the primary interface a public IPv4 address, whatever the subnet's MapPublicIpOnLaunch says.",
  IamInstanceProfile:
    'The instance profile whose role the ECS agent uses to call ECS. Without one that allows `ecs:RegisterContainerInstance` and friends the agent never registers.',
  'IamInstanceProfile.Name': 'Instance profile name, e.g. `ecsInstanceRole`.',
  'IamInstanceProfile.Arn': 'Instance profile ARN.',
  InstanceMarketOptions:
    'How the instance is bought. Leave it out for On-Demand; MarketType `spot` makes a Spot Instance, which EC2 ' +
    'can reclaim with a two-minute notice (sim InterruptSpot shows it).',
  'InstanceMarketOptions.MarketType':
    '`spot` for a Spot Instance (DescribeInstances then shows InstanceLifecycle `spot`). The other market types ' +
    'are accepted and launch an ordinary instance here.',
  UserData:
    'Base64 of the boot script (16 KB at most before encoding). The agent reads `ECS_CLUSTER=…` and other settings the script writes to /etc/ecs/ecs.config.',
  TagSpecifications:
    'Tags for the new instances, e.g. `[{ "ResourceType": "instance", "Tags": [{ "Key": "Name", "Value": "web" }] }]`.',
};

export const terminateInstancesDocs: SchemaDocs = {
  InstanceIds: 'The instances to terminate.',
};

export const describeInstancesDocs: SchemaDocs = {
  InstanceIds: 'Only these instances.',
  ...filterDocs(INSTANCE_FILTERS),
};

export const describeSubnetsDocs: SchemaDocs = {
  SubnetIds: 'Only these subnets.',
  ...filterDocs(SUBNET_FILTERS),
};

export const describeInstanceTypesDocs: SchemaDocs = {
  InstanceTypes: 'Only these instance types. Omitted: every type the simulator offers.',
  ...filterDocs(INSTANCE_TYPE_FILTERS),
};
