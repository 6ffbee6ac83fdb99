import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import { CMS_V1 } from './scenario';
import {
  accessPointId,
  AZ_A,
  AZ_B,
  CLUSTER,
  CMS,
  fileSystemId,
  runningCms,
  SCRATCH,
  SERVICE,
  subnetIn,
  TASK_ROLE_ARN,
  UPLOADS,
} from './storage';

/** How cms:2 mounts its uploads and gives thumbs the scratch space. */
export interface CmsOptions {
  /** the uploads volume: EFS (with or without access point / IAM), or the bind mount it was */
  readonly uploads: 'bind' | 'efs' | 'efs-access-point' | 'efs-access-point-iam';
  readonly taskRole?: boolean;
  /** how thumbs gets /tmp/scratch: its own mount point, volumesFrom cms, or not at all */
  readonly thumbs: 'mount' | 'volumes-from' | 'none';
  /** the scratch volume on EFS too (a wrong idea: it is then shared between tasks) */
  readonly scratchOnEfs?: boolean;
  readonly ephemeralGiB?: number;
  /** the access point to use (default: the scenario's) */
  readonly accessPoint?: (sim: Simulation) => string;
}

/** cms:2 as `options` say, built from cms:1 and the simulation's file system ids. */
export function cmsDefinition(sim: Simulation, options: CmsOptions): Record<string, unknown> {
  const fs = fileSystemId(sim);
  const efs =
    options.uploads === 'efs'
      ? { fileSystemId: fs }
      : options.uploads === 'efs-access-point'
        ? {
            fileSystemId: fs,
            transitEncryption: 'ENABLED',
            authorizationConfig: { accessPointId: (options.accessPoint ?? accessPointId)(sim) },
          }
        : options.uploads === 'efs-access-point-iam'
          ? {
              fileSystemId: fs,
              transitEncryption: 'ENABLED',
              authorizationConfig: {
                accessPointId: (options.accessPoint ?? accessPointId)(sim),
                iam: 'ENABLED',
              },
            }
          : undefined;
  const [cms, thumbs] = CMS_V1.containerDefinitions;
  const thumbsMounts =
    options.thumbs === 'mount'
      ? { mountPoints: [{ sourceVolume: 'scratch', containerPath: SCRATCH }] }
      : options.thumbs === 'volumes-from'
        ? { volumesFrom: [{ sourceContainer: CMS }] }
        : {};
  return {
    ...CMS_V1,
    ...(options.taskRole ? { taskRoleArn: TASK_ROLE_ARN } : {}),
    ...(options.ephemeralGiB ? { ephemeralStorage: { sizeInGiB: options.ephemeralGiB } } : {}),
    containerDefinitions: [cms, { ...thumbs, ...thumbsMounts }],
    volumes: [
      efs ? { name: 'uploads', efsVolumeConfiguration: efs } : { name: 'uploads' },
      options.scratchOnEfs
        ? {
            name: 'scratch',
            efsVolumeConfiguration: {
              fileSystemId: fs,
              rootDirectory: '/scratch',
              transitEncryption: 'ENABLED',
              authorizationConfig: { iam: 'ENABLED' },
            },
          }
        : { name: 'scratch' },
    ],
  };
}

export const registerCms = (options: CmsOptions): Step =>
  call('ecs', 'RegisterTaskDefinition', ((sim: Simulation) => cmsDefinition(sim, options)) as never);

export const mountTargetIn = (az: string): Step =>
  call('efs', 'CreateMountTarget', ((sim: Simulation) => ({
    FileSystemId: fileSystemId(sim),
    SubnetId: subnetIn(sim, az),
  })) as never);

/** cms moves to its newest revision (the family name alone picks the latest ACTIVE one). */
export const deployCms = call('ecs', 'UpdateService', {
  cluster: CLUSTER,
  service: SERVICE,
  taskDefinition: SERVICE,
});

/** The learner's own check: the task in us-east-1a saves an upload (read it from the other task afterwards). */
export const uploadFromA = call('sim', 'WriteFile', ((sim: Simulation) => ({
  cluster: CLUSTER,
  task: (runningCms(sim).find((t) => t.availabilityZone === AZ_A) ?? runningCms(sim)[0])!.taskArn,
  container: CMS,
  path: `${UPLOADS}/cat.jpg`,
  content: 'a photo of a cat',
})) as never);

/**
 * A mount target in us-east-1b; cms:2 mounts the uploads from EFS through the access point with IAM
 * authorization as cms-task, and thumbs mounts the scratch bind mount; the service moves to it; an upload from
 * us-east-1a to see it from us-east-1b.
 */
export default [
  mountTargetIn(AZ_B),
  registerCms({ uploads: 'efs-access-point-iam', taskRole: true, thumbs: 'mount' }),
  deployCms,
  wait(600),
  uploadFromA,
] satisfies Step[];

export const alternatives: Step[][] = [
  // the learner's own access point (/cms-uploads), thumbs through volumesFrom, the mount target added last
  [
    call('efs', 'CreateAccessPoint', ((sim: Simulation) => ({
      FileSystemId: fileSystemId(sim),
      ClientToken: 'cms-own-ap',
      PosixUser: { Uid: 33, Gid: 33 },
      RootDirectory: {
        Path: '/cms-uploads',
        CreationInfo: { OwnerUid: 33, OwnerGid: 33, Permissions: '750' },
      },
    })) as never),
    registerCms({
      uploads: 'efs-access-point-iam',
      taskRole: true,
      thumbs: 'volumes-from',
      accessPoint: (sim) =>
        Object.values(sim.state.efs.accessPoints).find((a) => a.ClientToken === 'cms-own-ap')!.AccessPointId,
    }),
    mountTargetIn(AZ_B),
    wait(30),
    deployCms,
    wait(600),
  ],
];
