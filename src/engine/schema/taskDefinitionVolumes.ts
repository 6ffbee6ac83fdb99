import { bool, int, obj, oneOf, str, stringMap } from './taskDefinitionBuilders';

/** The JSON Schema of one entry of a task definition's `volumes` (ecs-reference §1.5, §13). */

const efsAuthorization = obj({
  accessPointId: str({ maxLength: 255 }),
  iam: oneOf(['ENABLED', 'DISABLED']),
});

export const volumeSchema = obj({
  name: str({ maxLength: 255, pattern: '^[A-Za-z0-9_-]{1,255}$' }),
  host: obj({ sourcePath: str() }),
  dockerVolumeConfiguration: obj({
    scope: oneOf(['task', 'shared']),
    autoprovision: bool(),
    driver: str({ maxLength: 255 }),
    driverOpts: stringMap(),
    labels: stringMap(),
  }),
  efsVolumeConfiguration: obj(
    {
      fileSystemId: str({ maxLength: 255 }),
      rootDirectory: str(),
      transitEncryption: oneOf(['ENABLED', 'DISABLED']),
      transitEncryptionPort: int(1, 65535),
      authorizationConfig: efsAuthorization,
    },
    ['fileSystemId'],
  ),
  fsxWindowsFileServerVolumeConfiguration: obj(
    {
      fileSystemId: str({ maxLength: 255 }),
      rootDirectory: str(),
      authorizationConfig: obj(
        {
          credentialsParameter: str(),
          domain: str({ maxLength: 255 }),
        },
        ['credentialsParameter', 'domain'],
      ),
    },
    ['fileSystemId', 'rootDirectory', 'authorizationConfig'],
  ),
  s3filesVolumeConfiguration: obj(
    {
      fileSystemArn: str(),
      rootDirectory: str(),
      transitEncryptionPort: int(1, 65535),
      accessPointArn: str(),
    },
    ['fileSystemArn'],
  ),
  configuredAtLaunch: bool(),
});
