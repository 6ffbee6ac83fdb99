import type { Task } from '../model/ecs';
import type { TaskDefinition } from '../model/taskDefinition';
import type { SimState } from '../state';

/** A task definition's volumes read into typed shapes (the stored definition keeps them as the author wrote them). */

const rec = (v: unknown): Readonly<Record<string, unknown>> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export interface EfsVolume {
  readonly name: string;
  readonly fileSystemId: string;
  readonly rootDirectory: string;
  readonly transitEncryption: boolean;
  readonly accessPointId?: string;
  readonly iam: boolean;
}

/** What a task-definition volume is, as the file view treats it (ecs-reference §13). */
export type VolumeKind =
  | { readonly kind: 'efs'; readonly efs: EfsVolume }
  /** host.sourcePath on EC2: a directory of the instance */
  | { readonly kind: 'host-path'; readonly sourcePath: string }
  /** a bind mount without sourcePath (on Fargate: the task's ephemeral storage) */
  | { readonly kind: 'task-scratch' }
  | { readonly kind: 'docker'; readonly scope: 'task' | 'shared'; readonly driver: string }
  /** FSx for Windows, S3 Files, EBS configured at launch: not simulated as files */
  | { readonly kind: 'other'; readonly type: string };

export function volumeKind(volume: Readonly<Record<string, unknown>>): VolumeKind {
  const efs = rec(volume.efsVolumeConfiguration);
  if (efs) {
    const auth = rec(efs.authorizationConfig);
    return {
      kind: 'efs',
      efs: {
        name: text(volume.name) ?? '',
        fileSystemId: text(efs.fileSystemId) ?? '',
        rootDirectory: text(efs.rootDirectory) ?? '/',
        transitEncryption: efs.transitEncryption === 'ENABLED',
        ...(text(auth?.accessPointId) !== undefined ? { accessPointId: text(auth?.accessPointId) } : {}),
        iam: auth?.iam === 'ENABLED',
      },
    };
  }
  const docker = rec(volume.dockerVolumeConfiguration);
  if (docker)
    return {
      kind: 'docker',
      scope: docker.scope === 'shared' ? 'shared' : 'task',
      driver: text(docker.driver) ?? 'local',
    };
  if (volume.fsxWindowsFileServerVolumeConfiguration !== undefined)
    return { kind: 'other', type: 'fsxWindowsFileServer' };
  if (volume.s3filesVolumeConfiguration !== undefined) return { kind: 'other', type: 's3files' };
  if (volume.configuredAtLaunch === true) return { kind: 'other', type: 'ebs' };
  const sourcePath = text(rec(volume.host)?.sourcePath);
  return sourcePath !== undefined ? { kind: 'host-path', sourcePath } : { kind: 'task-scratch' };
}

export const efsVolumesOf = (td: Pick<TaskDefinition, 'volumes'>): EfsVolume[] =>
  td.volumes.flatMap((v) => {
    const k = volumeKind(v);
    return k.kind === 'efs' ? [k.efs] : [];
  });

/** The task role in effect: RunTask's `overrides.taskRoleArn`, else the task definition's. */
export function taskRoleArnOf(state: SimState, task: Task): string | undefined {
  const override = text(task.overrides.taskRoleArn);
  return override ?? text(state.ecs.taskDefinitions[task.taskDefinitionArn]?.taskRoleArn);
}

/** `arn:aws:iam::123456789012:role/path/name` → `name` (a plain name is returned as given). */
export const roleNameFromArn = (arn: string): string => arn.slice(arn.lastIndexOf('/') + 1);

/** The role of the instance profile of the EC2 instance the task runs on, if any. */
export function instanceRoleNameOf(state: SimState, task: Task): string | undefined {
  const ci = task.containerInstanceArn ? state.ecs.containerInstances[task.containerInstanceArn] : undefined;
  const instance = ci ? state.ec2.instances[ci.ec2InstanceId] : undefined;
  const profile = instance?.IamInstanceProfile;
  if (profile === undefined) return undefined;
  const name = profile.startsWith('arn:') ? roleNameFromArn(profile) : profile;
  return state.iam.instanceProfiles[name]?.roleName;
}

/** The EC2 instance a task runs on (undefined on Fargate). */
export function hostInstanceIdOf(state: SimState, task: Task): string | undefined {
  const ci = task.containerInstanceArn ? state.ecs.containerInstances[task.containerInstanceArn] : undefined;
  return ci?.ec2InstanceId;
}
