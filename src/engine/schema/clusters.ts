import { describe, type JsonSchema } from './jsonSchema';

/** The `cluster` member most ECS operations share. */
export const clusterMember: JsonSchema = {
  type: 'string',
  maxLength: 1600,
  ...describe('The cluster, by name or full ARN. Omitted: the cluster named `default`.'),
};

/** `maxResults` / `nextToken`, as every ECS List operation takes them. */
export const paginationMembers: Readonly<Record<string, JsonSchema>> = {
  maxResults: {
    type: 'integer',
    minimum: 1,
    maximum: 100,
    ...describe('How many results per page, 1–100 (default 100).'),
  },
  nextToken: {
    type: 'string',
    maxLength: 1024,
    ...describe('The `nextToken` a previous call returned, to get the next page.'),
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
      key: { type: 'string', minLength: 1, maxLength: 128, ...describe('Tag key, 1–128 characters.') },
      value: { type: 'string', maxLength: 256, ...describe('Tag value, up to 256 characters.') },
    },
  },
  ...describe('Up to 50 tags, as `{ "key": …, "value": … }`.'),
};

export const createClusterSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    clusterName: {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      pattern: '^[A-Za-z0-9_-]+$',
      ...describe('Up to 255 letters, digits, hyphens and underscores. Omitted: `default`.'),
    },
    tags,
    settings: {
      type: 'array',
      maxItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'value'],
        properties: {
          name: { type: 'string', enum: ['containerInsights'], ...describe('The only cluster setting.') },
          value: {
            type: 'string',
            enum: ['enabled', 'disabled', 'enhanced'],
            ...describe('CloudWatch Container Insights for the cluster.'),
          },
        },
      },
      ...describe('Cluster settings: `containerInsights`.'),
    },
    capacityProviders: {
      type: 'array',
      maxItems: 20,
      items: { type: 'string', enum: ['FARGATE', 'FARGATE_SPOT'] },
      ...describe('Capacity providers to associate: `FARGATE`, `FARGATE_SPOT`.'),
    },
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
      ...describe(
        'The strategy used when a RunTask or CreateService names neither a launch type nor a strategy.',
      ),
    },
  },
};

export const deleteClusterSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['cluster'],
  properties: { cluster: { ...clusterMember, ...describe('The cluster to delete, by name or ARN.') } },
};

export const describeClustersSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    clusters: {
      type: 'array',
      maxItems: 100,
      items: { type: 'string', maxLength: 1600 },
      ...describe('Up to 100 cluster names or ARNs. Omitted: the `default` cluster.'),
    },
    include: {
      type: 'array',
      maxItems: 5,
      items: { type: 'string', enum: ['ATTACHMENTS', 'CONFIGURATIONS', 'SETTINGS', 'STATISTICS', 'TAGS'] },
      ...describe('Extra details to return.'),
    },
  },
};

export const listClustersSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { ...paginationMembers },
};
