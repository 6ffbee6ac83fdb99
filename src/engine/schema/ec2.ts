import type { JsonSchema } from './jsonSchema';

/** `Filters` as the Describe operations take them; each operation names the filters it knows. */
const filters: JsonSchema = {
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
      },
      Values: { type: 'array', maxItems: 200, items: { type: 'string', maxLength: 1024 } },
    },
  },
};

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
    ImageId: { type: 'string', minLength: 1, maxLength: 256 },
    InstanceType: {
      type: 'string',
      maxLength: 64,
    },
    MinCount: { type: 'integer', minimum: 1, maximum: 100 },
    MaxCount: { type: 'integer', minimum: 1, maximum: 100 },
    Placement: {
      type: 'object',
      additionalProperties: false,
      properties: {
        AvailabilityZone: {
          type: 'string',
          maxLength: 64,
        },
        Tenancy: { type: 'string', enum: ['default'] },
      },
    },
    SubnetId: {
      type: 'string',
      maxLength: 64,
    },
    IamInstanceProfile: {
      type: 'object',
      additionalProperties: false,
      properties: {
        Name: {
          type: 'string',
          maxLength: 128,
        },
        Arn: { type: 'string', maxLength: 2048 },
      },
    },
    UserData: {
      type: 'string',
      maxLength: 21848,
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
    },
  },
};

const instanceIds: JsonSchema = {
  type: 'array',
  maxItems: 1000,
  items: { type: 'string', maxLength: 64 },
};

export const terminateInstancesSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['InstanceIds'],
  properties: {
    InstanceIds: { ...instanceIds, minItems: 1 },
  },
};

export const describeInstancesSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    InstanceIds: instanceIds,
    Filters: filters,
  },
};

export const describeSubnetsSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    SubnetIds: { type: 'array', maxItems: 200, items: { type: 'string', maxLength: 64 } },
    Filters: filters,
  },
};

export const describeInstanceTypesSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    InstanceTypes: { type: 'array', maxItems: 100, items: { type: 'string', maxLength: 64 } },
    Filters: filters,
  },
};
