import type { JsonSchema } from './jsonSchema';
import { bool, notSimulated, obj, oneOf, str } from './taskDefinitionBuilders';

/** The `cluster` member most ECS operations share. */
export const clusterMember: JsonSchema = {
  type: 'string',
  maxLength: 1600,
};

/** `maxResults` / `nextToken`, as every ECS List operation takes them. */
export const paginationMembers: Readonly<Record<string, JsonSchema>> = {
  maxResults: { type: 'integer', minimum: 1, maximum: 100 },
  nextToken: {
    type: 'string',
    maxLength: 1024,
  },
};

const tags: JsonSchema = {
  type: 'array',
  maxItems: 50,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['key'],
    properties: {
      key: { type: 'string', minLength: 1, maxLength: 128 },
      value: { type: 'string', maxLength: 256 },
    },
  },
};

export const createClusterSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    clusterName: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[A-Za-z0-9_-]+$' },
    tags,
    settings: {
      type: 'array',
      maxItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'value'],
        properties: {
          name: { type: 'string', enum: ['containerInsights'] },
          value: {
            type: 'string',
            enum: ['enabled', 'disabled', 'enhanced'],
          },
        },
      },
    },
    capacityProviders: {
      type: 'array',
      maxItems: 20,
      items: { type: 'string', enum: ['FARGATE', 'FARGATE_SPOT'] },
    },
    configuration: notSimulated(
      obj({
        executeCommandConfiguration: obj({
          kmsKeyId: str(),
          logging: oneOf(['NONE', 'DEFAULT', 'OVERRIDE']),
          logConfiguration: obj({
            cloudWatchLogGroupName: str(),
            cloudWatchEncryptionEnabled: bool(),
            s3BucketName: str(),
            s3EncryptionEnabled: bool(),
            s3KeyPrefix: str(),
          }),
        }),
        managedStorageConfiguration: obj({ kmsKeyId: str(), fargateEphemeralStorageKmsKeyId: str() }),
      }),
    ),
    serviceConnectDefaults: notSimulated(obj({ namespace: str() }, ['namespace'])),
    defaultCapacityProviderStrategy: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['capacityProvider'],
        properties: {
          capacityProvider: { type: 'string', maxLength: 255 },
          weight: { type: 'integer', minimum: 0, maximum: 1000 },
          base: { type: 'integer', minimum: 0, maximum: 100000 },
        },
      },
    },
  },
};

export const deleteClusterSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['cluster'],
  properties: { cluster: clusterMember },
};

export const describeClustersSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    clusters: { type: 'array', maxItems: 100, items: { type: 'string', maxLength: 1600 } },
    include: {
      type: 'array',
      maxItems: 5,
      items: { type: 'string', enum: ['ATTACHMENTS', 'CONFIGURATIONS', 'SETTINGS', 'STATISTICS', 'TAGS'] },
    },
  },
};

export const listClustersSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { ...paginationMembers },
};
