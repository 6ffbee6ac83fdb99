import type { JsonSchema } from './jsonSchema';
import { bool, int, obj, oneOf, str, stringMap } from './taskDefinitionBuilders';

/** The JSON Schema of one entry of a task definition's `volumes` (ecs-reference §1.5, §13). */

const efsAuthorization = obj(
  {
    accessPointId: str(
      'An EFS access point. With one, rootDirectory must be left out or "/", and transitEncryption must be ENABLED.',
      { maxLength: 255 },
    ),
    iam: oneOf(
      ['ENABLED', 'DISABLED'],
      'ENABLED mounts with the task role’s IAM identity (needs transitEncryption ENABLED). Default DISABLED.',
    ),
  },
  'How the task authenticates to the EFS file system.',
);

export const volumeSchema: JsonSchema = obj(
  {
    name: str(
      'The volume’s name, referenced by containers’ mountPoints.sourceVolume: 1–255 letters, digits, _ and -.',
      { maxLength: 255, pattern: '^[A-Za-z0-9_-]{1,255}$' },
    ),
    host: obj(
      {
        sourcePath: str(
          'A path on the EC2 instance to bind-mount; the data stays on the host after the task stops. Not on Fargate. Leave it out for a scratch volume that lives as long as the task.',
        ),
      },
      'A bind mount. Without sourcePath it is scratch space shared by the task’s containers (on Fargate, taken from ephemeral storage).',
    ),
    dockerVolumeConfiguration: obj(
      {
        scope: oneOf(
          ['task', 'shared'],
          'task: created with the task and removed when it stops. shared: survives the task on that instance.',
        ),
        autoprovision: bool('With scope shared: create the volume if it does not exist yet. Default false.'),
        driver: str('The Docker volume driver (default local).', { maxLength: 255 }),
        driverOpts: stringMap('Options passed to the volume driver.'),
        labels: stringMap('Labels set on the Docker volume.'),
      },
      'A Docker-managed volume. EC2 only.',
    ),
    efsVolumeConfiguration: obj(
      {
        fileSystemId: str('The EFS file system id (fs-…).', { maxLength: 255 }),
        rootDirectory: str('Directory of the file system mounted as the volume’s root. Default "/".'),
        transitEncryption: oneOf(
          ['ENABLED', 'DISABLED'],
          'Encrypt traffic to EFS with TLS. Required with an access point or IAM authorization. Default DISABLED.',
        ),
        transitEncryptionPort: int(
          'Port for the encrypted connection. Default: chosen by the mount helper.',
          1,
          65535,
        ),
        authorizationConfig: efsAuthorization,
      },
      'An Amazon EFS file system, shared by every task that mounts it. EC2 and Fargate (platform 1.4.0+).',
      ['fileSystemId'],
    ),
    fsxWindowsFileServerVolumeConfiguration: obj(
      {
        fileSystemId: str('The FSx for Windows File Server file system id.', { maxLength: 255 }),
        rootDirectory: str('Directory mounted as the volume’s root.'),
        authorizationConfig: obj(
          {
            credentialsParameter: str('Secret (Secrets Manager or SSM) holding the domain credentials.'),
            domain: str('The Active Directory domain the file system is joined to.', { maxLength: 255 }),
          },
          'How the task authenticates to the file system.',
          ['credentialsParameter', 'domain'],
        ),
      },
      'An FSx for Windows File Server share. Windows EC2 only.',
      ['fileSystemId', 'rootDirectory', 'authorizationConfig'],
    ),
    s3filesVolumeConfiguration: obj(
      {
        fileSystemArn: str('ARN of the Amazon S3 Files file system (not a bucket).'),
        rootDirectory: str('Directory mounted as the volume’s root.'),
        transitEncryptionPort: int('Port for the encrypted connection.', 1, 65535),
        accessPointArn: str('ARN of an S3 Files access point.'),
      },
      'An Amazon S3 Files file system (a managed file-system layer; a plain S3 bucket cannot be mounted). Needs a task role.',
      ['fileSystemArn'],
    ),
    configuredAtLaunch: bool(
      'true: the volume (an EBS volume) is configured when the task is run or the service is created, not here. At most one such volume.',
    ),
  },
  'A volume the containers can mount. Give it a name plus at most one of host, dockerVolumeConfiguration, efsVolumeConfiguration, fsxWindowsFileServerVolumeConfiguration, s3filesVolumeConfiguration or configuredAtLaunch.',
);
