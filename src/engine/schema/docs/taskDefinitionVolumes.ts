import type { SchemaDocs } from './schemaDocs';

/** Hover text for one entry of a task definition’s `volumes` (schema/taskDefinitionVolumes.ts). */

export const volumeDocs: SchemaDocs = {
  '': 'A volume the containers can mount. Give it a name plus at most one of host, dockerVolumeConfiguration, efsVolumeConfiguration, fsxWindowsFileServerVolumeConfiguration, s3filesVolumeConfiguration or configuredAtLaunch.',
  name: 'The volume’s name, referenced by containers’ mountPoints.sourceVolume: 1–255 letters, digits, _ and -.',
  host: 'A bind mount. Without sourcePath it is scratch space shared by the task’s containers (on Fargate, taken from ephemeral storage).',
  'host.sourcePath':
    'A path on the EC2 instance to bind-mount; the data stays on the host after the task stops. Not on Fargate. Leave it out for a scratch volume that lives as long as the task. Not an S3 bucket: buckets cannot be mounted (use environmentFiles, the SDK with the task role, or EFS).',
  dockerVolumeConfiguration: 'A Docker-managed volume. EC2 only.',
  'dockerVolumeConfiguration.scope':
    'task: created with the task and removed when it stops. shared: survives the task on that instance.',
  'dockerVolumeConfiguration.autoprovision':
    'With scope shared: create the volume if it does not exist yet. Default false.',
  'dockerVolumeConfiguration.driver': 'The Docker volume driver (default local).',
  'dockerVolumeConfiguration.driverOpts': 'Options passed to the volume driver.',
  'dockerVolumeConfiguration.labels': 'Labels set on the Docker volume.',
  efsVolumeConfiguration:
    'An Amazon EFS file system, shared by every task that mounts it. EC2 and Fargate (platform 1.4.0+).',
  'efsVolumeConfiguration.fileSystemId':
    'The EFS file system id (fs-…). A task can mount it only in an Availability Zone where the file system has a mount target.',
  'efsVolumeConfiguration.rootDirectory':
    'Directory of the file system mounted as the volume’s root. Default "/".',
  'efsVolumeConfiguration.transitEncryption':
    'Encrypt traffic to EFS with TLS. Required with an access point or IAM authorization. Default DISABLED.',
  'efsVolumeConfiguration.transitEncryptionPort':
    'Port for the encrypted connection. Default: chosen by the mount helper.',
  'efsVolumeConfiguration.authorizationConfig': 'How the task authenticates to the EFS file system.',
  'efsVolumeConfiguration.authorizationConfig.accessPointId':
    'An EFS access point. With one, rootDirectory must be left out or "/", and transitEncryption must be ENABLED.',
  'efsVolumeConfiguration.authorizationConfig.iam':
    'ENABLED mounts with the task role’s IAM identity (needs transitEncryption ENABLED). Default DISABLED.',
  fsxWindowsFileServerVolumeConfiguration: 'An FSx for Windows File Server share. Windows EC2 only.',
  'fsxWindowsFileServerVolumeConfiguration.fileSystemId': 'The FSx for Windows File Server file system id.',
  'fsxWindowsFileServerVolumeConfiguration.rootDirectory': 'Directory mounted as the volume’s root.',
  'fsxWindowsFileServerVolumeConfiguration.authorizationConfig':
    'How the task authenticates to the file system.',
  'fsxWindowsFileServerVolumeConfiguration.authorizationConfig.credentialsParameter':
    'Secret (Secrets Manager or SSM) holding the domain credentials.',
  'fsxWindowsFileServerVolumeConfiguration.authorizationConfig.domain':
    'The Active Directory domain the file system is joined to.',
  s3filesVolumeConfiguration:
    'An Amazon S3 Files file system (a managed file-system layer; a plain S3 bucket cannot be mounted). Needs a task role.',
  's3filesVolumeConfiguration.fileSystemArn': 'ARN of the Amazon S3 Files file system (not a bucket).',
  's3filesVolumeConfiguration.rootDirectory': 'Directory mounted as the volume’s root.',
  's3filesVolumeConfiguration.transitEncryptionPort': 'Port for the encrypted connection.',
  's3filesVolumeConfiguration.accessPointArn': 'ARN of an S3 Files access point.',
  configuredAtLaunch:
    'true: the volume (an EBS volume) is configured when the task is run or the service is created, not here. At most one such volume.',
};
