import { describe, type JsonSchema } from './jsonSchema';

const filters = (names: ReadonlyArray<string>): JsonSchema => ({
  type: 'array',
  maxItems: 50,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['Name', 'Values'],
    properties: {
      Name: {
        type: 'string',
        maxLength: 255,
        ...describe(`Filter name: ${names.join(', ')}.`),
      },
      Values: {
        type: 'array',
        maxItems: 200,
        items: { type: 'string', maxLength: 1024 },
        ...describe('Matches when the field equals any of these (`*` and `?` are wildcards).'),
      },
    },
  },
  ...describe('Filters; an item matches when it passes every filter.'),
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

export const runInstancesSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['ImageId', 'InstanceType', 'MinCount', 'MaxCount'],
  properties: {
    ImageId: {
      type: 'string',
      minLength: 1,
      maxLength: 256,
      ...describe(
        'The AMI: an `ami-…` id, or `resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id` for the ECS-optimized AMI (runs the ECS agent), or `resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64` for plain Amazon Linux (no agent).',
      ),
    },
    InstanceType: {
      type: 'string',
      maxLength: 64,
      ...describe(
        'The instance type, e.g. `t3.medium`, `m5.large`. It sets the CPU, memory and ENIs the agent registers.',
      ),
    },
    MinCount: {
      type: 'integer',
      minimum: 1,
      maximum: 100,
      ...describe('The fewest instances to launch; the call fails if that many cannot be launched.'),
    },
    MaxCount: {
      type: 'integer',
      minimum: 1,
      maximum: 100,
      ...describe('The most instances to launch (at least MinCount). The simulator launches MaxCount.'),
    },
    Placement: {
      type: 'object',
      additionalProperties: false,
      properties: {
        AvailabilityZone: {
          type: 'string',
          maxLength: 64,
          ...describe('Launch into the default subnet of this Availability Zone, e.g. `us-east-1b`.'),
        },
        Tenancy: { type: 'string', enum: ['default'], ...describe('Only shared tenancy is simulated.') },
      },
      ...describe('Where the instances go.'),
    },
    SubnetId: {
      type: 'string',
      maxLength: 64,
      ...describe('Launch into this subnet (its AZ becomes the instance AZ). Omitted: a default subnet.'),
    },
    IamInstanceProfile: {
      type: 'object',
      additionalProperties: false,
      properties: {
        Name: {
          type: 'string',
          maxLength: 128,
          ...describe('Instance profile name, e.g. `ecsInstanceRole`.'),
        },
        Arn: { type: 'string', maxLength: 2048, ...describe('Instance profile ARN.') },
      },
      ...describe(
        'The instance profile whose role the ECS agent uses to call ECS. Without one that allows `ecs:RegisterContainerInstance` and friends the agent never registers.',
      ),
    },
    UserData: {
      type: 'string',
      maxLength: 21848,
      ...describe(
        'Base64 of the boot script (16 KB at most before encoding). The agent reads `ECS_CLUSTER=…` and other settings the script writes to /etc/ecs/ecs.config.',
      ),
    },
    TagSpecifications: {
      type: 'array',
      maxItems: 10,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['ResourceType', 'Tags'],
        properties: {
          ResourceType: { type: 'string', enum: ['instance'] },
          Tags: {
            type: 'array',
            maxItems: 50,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['Key', 'Value'],
              properties: {
                Key: { type: 'string', minLength: 1, maxLength: 128 },
                Value: { type: 'string', maxLength: 256 },
              },
            },
          },
        },
      },
      ...describe(
        'Tags for the new instances, e.g. `[{ "ResourceType": "instance", "Tags": [{ "Key": "Name", "Value": "web" }] }]`.',
      ),
    },
  },
};

const instanceIds = (text: string): JsonSchema => ({
  type: 'array',
  maxItems: 1000,
  items: { type: 'string', maxLength: 64 },
  ...describe(text),
});

export const terminateInstancesSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['InstanceIds'],
  properties: {
    InstanceIds: { ...instanceIds('The instances to terminate.'), minItems: 1 },
  },
};

export const describeInstancesSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    InstanceIds: instanceIds('Only these instances.'),
    Filters: filters(INSTANCE_FILTERS),
  },
};

export const describeSubnetsSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    SubnetIds: {
      type: 'array',
      maxItems: 200,
      items: { type: 'string', maxLength: 64 },
      ...describe('Only these subnets.'),
    },
    Filters: filters(SUBNET_FILTERS),
  },
};

export const describeInstanceTypesSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    InstanceTypes: {
      type: 'array',
      maxItems: 100,
      items: { type: 'string', maxLength: 64 },
      ...describe('Only these instance types. Omitted: every type the simulator offers.'),
    },
    Filters: filters(INSTANCE_TYPE_FILTERS),
  },
};
