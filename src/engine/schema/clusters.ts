import { capacityProviderStrategyItem } from './runTask';
import { bool, int, list, notSimulated, obj, oneOf, str } from './taskDefinitionBuilders';

/** The `cluster` member most ECS operations share. */
export const clusterMember = str({ maxLength: 1600 });

/** `maxResults` / `nextToken`, as every ECS List operation takes them. */
export const paginationMembers = {
  maxResults: int(1, 100),
  nextToken: str({ maxLength: 1024 }),
};

const tags = list(
  obj({ key: str({ minLength: 1, maxLength: 128 }), value: str({ maxLength: 256 }) }, ['key']),
  50,
);

/** `settings` of a cluster: Container Insights is the only one. */
const clusterSettings = list(
  obj({ name: oneOf(['containerInsights']), value: oneOf(['enabled', 'disabled', 'enhanced']) }, [
    'name',
    'value',
  ]),
  1,
);

export const createClusterSchema = obj({
  clusterName: str({ minLength: 1, maxLength: 255, pattern: '^[A-Za-z0-9_-]+$' }),
  tags,
  settings: clusterSettings,
  capacityProviders: list(str({ minLength: 1, maxLength: 255 }), 20),
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
  defaultCapacityProviderStrategy: list(capacityProviderStrategyItem, 20),
});

export const deleteClusterSchema = obj({ cluster: clusterMember }, ['cluster']);

export const updateClusterSettingsSchema = obj({ cluster: clusterMember, settings: clusterSettings }, [
  'cluster',
  'settings',
]);

export const describeClustersSchema = obj({
  clusters: list(str({ maxLength: 1600 }), 100),
  include: list(oneOf(['ATTACHMENTS', 'CONFIGURATIONS', 'SETTINGS', 'STATISTICS', 'TAGS']), 5),
});

export const listClustersSchema = obj({ ...paginationMembers });
