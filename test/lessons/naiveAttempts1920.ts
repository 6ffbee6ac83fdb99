import { call, wait } from '../../src/course/steps';
import { AZ_B } from '../../lessons/19-storage/storage';
import { deployCms, mountTargetIn, registerCms } from '../../lessons/19-storage/solution';
import {
  attachLogsFullAccess,
  createGroup,
  deployCheckout,
  registerCheckout,
  retain,
} from '../../lessons/20-observability/solution';
import type { NaiveAttempt } from './naiveAttempts';

/**
 * Plausible wrong attempts for lessons 19 and 20, in the shape of ./naiveAttempts.ts: what a learner who has not
 * got the idea yet would try, and the goals each must leave unmet.
 */

const ALL_19 = ['uploads-shared', 'access-point-iam', 'scratch-per-task'];

export const storage19Attempts: ReadonlyArray<NaiveAttempt> = [
  { name: 'does nothing and waits', steps: [wait(900)], mustMiss: ALL_19 },
  {
    name: 'only raises the ephemeral storage to 100 GiB (and mounts scratch in thumbs)',
    steps: [registerCms({ uploads: 'bind', thumbs: 'mount', ephemeralGiB: 100 }), deployCms, wait(600)],
    mustMiss: ['uploads-shared', 'access-point-iam'],
  },
  {
    name: 'mounts EFS through the access point with IAM, but adds no mount target in us-east-1b',
    steps: [
      registerCms({ uploads: 'efs-access-point-iam', taskRole: true, thumbs: 'mount' }),
      deployCms,
      wait(900),
    ],
    mustMiss: ['uploads-shared'],
  },
  {
    name: 'adds the mount target and mounts the whole file system, no access point, no IAM',
    steps: [mountTargetIn(AZ_B), registerCms({ uploads: 'efs', thumbs: 'mount' }), deployCms, wait(600)],
    mustMiss: ['uploads-shared', 'access-point-iam'],
  },
  {
    name: 'uses the access point without IAM authorization',
    steps: [
      mountTargetIn(AZ_B),
      registerCms({ uploads: 'efs-access-point', taskRole: true, thumbs: 'mount' }),
      deployCms,
      wait(600),
    ],
    mustMiss: ['uploads-shared', 'access-point-iam'],
  },
  {
    name: 'turns on IAM authorization but gives the task no task role',
    steps: [
      mountTargetIn(AZ_B),
      registerCms({ uploads: 'efs-access-point-iam', thumbs: 'mount' }),
      deployCms,
      wait(600),
    ],
    mustMiss: ALL_19,
  },
  {
    name: 'fixes the uploads but forgets to give thumbs the scratch volume',
    steps: [
      mountTargetIn(AZ_B),
      registerCms({ uploads: 'efs-access-point-iam', taskRole: true, thumbs: 'none' }),
      deployCms,
      wait(600),
    ],
    mustMiss: ['scratch-per-task'],
  },
  {
    name: 'puts the scratch space on EFS too',
    steps: [
      mountTargetIn(AZ_B),
      registerCms({ uploads: 'efs-access-point-iam', taskRole: true, thumbs: 'mount', scratchOnEfs: true }),
      deployCms,
      wait(600),
    ],
    mustMiss: ['scratch-per-task'],
  },
  {
    name: 'registers the fixed revision but never updates the service',
    steps: [
      mountTargetIn(AZ_B),
      registerCms({ uploads: 'efs-access-point-iam', taskRole: true, thumbs: 'mount' }),
      wait(600),
      call('ecs', 'DescribeServices', { cluster: 'shop', services: ['cms'] }),
    ],
    mustMiss: ALL_19,
  },
];

const ALL_20 = ['logs-flowing', 'retention', 'execution-role-scoped'];

export const observability20Attempts: ReadonlyArray<NaiveAttempt> = [
  { name: 'does nothing and waits', steps: [wait(900)], mustMiss: ALL_20 },
  {
    name: 'only creates the log group',
    steps: [createGroup(), wait(600)],
    mustMiss: ['logs-flowing', 'retention'],
  },
  {
    name: 'turns on awslogs-create-group without giving the execution role logs:CreateLogGroup',
    steps: [registerCheckout({ createGroup: true }), deployCheckout, wait(600)],
    mustMiss: ALL_20,
  },
  {
    name: 'attaches CloudWatchLogsFullAccess to the execution role and lets awslogs create the group',
    steps: [
      attachLogsFullAccess,
      registerCheckout({ createGroup: true }),
      deployCheckout,
      wait(600),
      retain(30),
    ],
    mustMiss: ['execution-role-scoped'],
  },
  {
    name: 'sends the worker to a group of its own',
    steps: [
      createGroup(),
      createGroup('/ecs/checkout-worker'),
      retain(30),
      registerCheckout({ workerGroup: '/ecs/checkout-worker' }),
      deployCheckout,
      wait(600),
    ],
    mustMiss: ['logs-flowing'],
  },
  {
    name: 'keeps one day of logs to save money',
    steps: [createGroup(), retain(1), registerCheckout(), deployCheckout, wait(600)],
    mustMiss: ['retention'],
  },
  {
    name: 'creates the group with a typo in its name',
    steps: [createGroup('/ecs/Checkout'), registerCheckout(), deployCheckout, wait(600)],
    mustMiss: ALL_20,
  },
];
