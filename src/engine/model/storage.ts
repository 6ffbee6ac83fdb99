import type { PolicyDocument } from './iam';
import type { SimTime } from './ids';

/** Systems Manager Parameter Store: one parameter with its history (GetParameter takes `name:version`). */
export interface SsmParameter {
  readonly Name: string;
  readonly ARN: string;
  readonly Type: 'String' | 'StringList' | 'SecureString';
  readonly Value: string;
  readonly Version: number;
  readonly LastModifiedDate: SimTime;
  readonly DataType: string;
  readonly Description?: string;
  /** SecureString only: the KMS key; the AWS managed key `alias/aws/ssm` when none is given */
  readonly KeyId?: string;
  readonly Tier?: 'Standard' | 'Advanced' | 'Intelligent-Tiering';
  readonly AllowedPattern?: string;
  readonly Tags?: ReadonlyArray<{ readonly Key: string; readonly Value: string }>;
  /** every kept version, oldest first, the current one last (at most 100) */
  readonly history: ReadonlyArray<{
    readonly Version: number;
    readonly Value: string;
    readonly LastModifiedDate: SimTime;
  }>;
}

/** Secrets Manager: a secret and its versions; staging labels move between versions (AWSCURRENT, AWSPREVIOUS). */
export interface SecretVersion {
  readonly VersionId: string;
  readonly SecretString?: string;
  readonly VersionStages: ReadonlyArray<string>;
  readonly CreatedDate: SimTime;
}

export interface Secret {
  /** `arn:aws:secretsmanager:<region>:<acct>:secret:<name>-<6 random characters>` */
  readonly ARN: string;
  readonly Name: string;
  readonly Description?: string;
  readonly KmsKeyId?: string;
  readonly CreatedDate: SimTime;
  readonly LastChangedDate: SimTime;
  /** when DeleteSecret was called (until DeletionDate the secret can be restored; reads of its value are refused) */
  readonly DeletedDate?: SimTime;
  /** when a scheduled deletion takes effect (DeletedDate + the recovery window); from then on the secret is gone */
  readonly DeletionDate?: SimTime;
  readonly Tags?: ReadonlyArray<{ readonly Key: string; readonly Value: string }>;
  /** keyed by VersionId */
  readonly versions: Readonly<Record<string, SecretVersion>>;
}

export interface S3Object {
  readonly Key: string;
  readonly Body: string;
  readonly ETag: string;
  readonly Size: number;
  readonly LastModified: SimTime;
  readonly ContentType?: string;
  readonly Metadata?: Readonly<Record<string, string>>;
}

export interface S3Bucket {
  readonly Name: string;
  readonly CreationDate: SimTime;
  readonly objects: Readonly<Record<string, S3Object>>;
}

/** An image in a private ECR repository, pushed with `sim PushImage`. */
export interface EcrImage {
  readonly imageDigest: string;
  readonly imageTags: ReadonlyArray<string>;
  readonly imagePushedAt: SimTime;
  readonly imageSizeInBytes: number;
  /** the catalog image (catalog/images.ts) whose behaviour the pushed image has */
  readonly sourceImage: string;
}

/** A lifecycle policy preview: what the policy would expire, worked out when the preview started. */
export interface EcrLifecyclePreview {
  readonly lifecyclePolicyText: string;
  readonly startedAt: SimTime;
  /** the images it would expire, with the priority of the rule that selects each */
  readonly results: ReadonlyArray<{
    readonly imageDigest: string;
    readonly imageTags: ReadonlyArray<string>;
    readonly imagePushedAt: SimTime;
    readonly appliedRulePriority: number;
  }>;
}

export interface EcrRepository {
  readonly repositoryName: string;
  readonly repositoryArn: string;
  readonly registryId: string;
  /** `<acct>.dkr.ecr.<region>.amazonaws.com/<name>` */
  readonly repositoryUri: string;
  readonly createdAt: SimTime;
  readonly imageTagMutability: 'MUTABLE' | 'IMMUTABLE';
  readonly imageScanningConfiguration: { readonly scanOnPush: boolean };
  readonly lifecyclePolicyText?: string;
  /** counts PutLifecyclePolicy / DeleteLifecyclePolicy calls: an `ecr.lifecycle` timer of an older one is stale */
  readonly lifecyclePolicyVersion?: number;
  /** when the lifecycle policy last ran (GetLifecyclePolicy's lastEvaluatedAt) */
  readonly lifecycleLastEvaluatedAt?: SimTime;
  /** the newest StartLifecyclePolicyPreview (ecr/lifecycle.ts) */
  readonly lifecyclePolicyPreview?: EcrLifecyclePreview;
  /** keyed by imageDigest */
  readonly images: Readonly<Record<string, EcrImage>>;
}

export interface EfsFileSystem {
  readonly FileSystemId: string;
  readonly FileSystemArn: string;
  readonly CreationToken: string;
  readonly CreationTime: SimTime;
  readonly LifeCycleState: 'creating' | 'available' | 'deleting' | 'deleted';
  readonly Encrypted: boolean;
  readonly PerformanceMode: 'generalPurpose' | 'maxIO';
  readonly ThroughputMode: 'bursting' | 'provisioned' | 'elastic';
  readonly Name?: string;
  readonly Tags: ReadonlyArray<{ readonly Key: string; readonly Value: string }>;
  /**
   * The file system policy (PutFileSystemPolicy), a resource-based policy. Without one EFS applies its default
   * policy, which lets any client that reaches a mount target mount, write and act as root.
   */
  readonly FileSystemPolicy?: PolicyDocument;
}

export interface EfsMountTarget {
  readonly MountTargetId: string;
  readonly FileSystemId: string;
  readonly SubnetId: string;
  readonly AvailabilityZoneName: string;
  readonly IpAddress: string;
  readonly LifeCycleState: 'creating' | 'available' | 'deleting' | 'deleted';
  readonly SecurityGroups: ReadonlyArray<string>;
  readonly NetworkInterfaceId?: string;
}

export interface EfsAccessPoint {
  readonly AccessPointId: string;
  readonly AccessPointArn: string;
  readonly FileSystemId: string;
  readonly ClientToken: string;
  readonly PosixUser?: { readonly Uid: number; readonly Gid: number };
  readonly RootDirectory: { readonly Path: string };
  readonly LifeCycleState: 'creating' | 'available' | 'deleting' | 'deleted';
  readonly Tags?: ReadonlyArray<{ readonly Key: string; readonly Value: string }>;
}

/**
 * The sandbox's tiny file view (not an AWS API): files written by `sim WriteFile`, keyed by where they live.
 * - `efs:<fileSystemId>` — shared by every task that mounts the file system, in any AZ (paths are absolute on the file system);
 * - `host:<ec2InstanceId>` — a bind mount with `host.sourcePath`, shared by tasks on that host, kept after they stop;
 * - `docker:<ec2InstanceId>:<volumeName>` — a Docker volume with `scope: shared`;
 * - `task:<taskArn>:<volumeName>` — a bind mount without sourcePath, Docker `scope: task`, or Fargate ephemeral storage: the task's own, gone with it;
 * - `container:<taskArn>:<containerName>` — a path on no volume: the container's own writable layer, gone with the task;
 * - `fsxWindowsFileServer:<volumeName>`, `s3files:<volumeName>` — file systems the sandbox does not model further.
 * Paths are absolute inside the location (volumes/paths.ts resolves a container's path to one).
 */
export interface StoredFile {
  readonly content: string;
  readonly writtenAt: SimTime;
  readonly writtenBy: string;
}
