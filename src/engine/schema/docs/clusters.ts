import type { SchemaDocs } from './schemaDocs';

/** Hover text for the cluster requests and the members many ECS requests share (schema/clusters.ts). */

export const clusterDoc = 'The cluster, by name or full ARN. Omitted: the cluster named `default`.';

export const createClusterDocs: SchemaDocs = {
  clusterName: 'Up to 255 letters, digits, hyphens and underscores. Omitted: `default`.',
  tags: 'Up to 50 tags, as `{ "key": …, "value": … }`.',
  'tags[].key': 'Tag key, 1–128 characters.',
  'tags[].value': 'Tag value, up to 256 characters.',
  settings:
    'Cluster settings: `containerInsights`. Omitted: the account setting `containerInsights` decides (off by default).',
  'settings[].name': 'The only cluster setting.',
  'settings[].value': 'CloudWatch Container Insights for the cluster.',
  capacityProviders:
    'Capacity providers to associate: `FARGATE`, `FARGATE_SPOT`, or Auto Scaling group providers (CreateCapacityProvider).',
  defaultCapacityProviderStrategy:
    'The strategy used when a RunTask or CreateService names neither a launch type nor a strategy.',
};

export const deleteClusterDocs: SchemaDocs = {
  cluster: 'The cluster to delete, by name or ARN.',
};

export const updateClusterSettingsDocs: SchemaDocs = {
  cluster: 'The cluster to change, by name or ARN.',
  settings: 'The settings to set: `containerInsights`.',
  'settings[].name': 'The only cluster setting.',
  'settings[].value': '`enabled`, `enhanced` (adds container-level detail) or `disabled`.',
};

export const describeClustersDocs: SchemaDocs = {
  clusters: 'Up to 100 cluster names or ARNs. Omitted: the `default` cluster.',
  include: 'Extra details to return.',
};

export const paginationDocs: SchemaDocs = {
  maxResults: 'How many results per page, 1–100 (default 100).',
  nextToken: 'The `nextToken` a previous call returned, to get the next page.',
};

export const listClustersDocs: SchemaDocs = {
  ...paginationDocs,
};
