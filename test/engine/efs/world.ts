import { createSimulation, type SimState, type Simulation } from '../../../src/engine';
import { defaultSubnets } from '../../builders/harness';

/** Test worlds for EFS and the file view: a Fargate cluster in the default VPC's three AZs. */

export const TASK_ROLE = 'arn:aws:iam::123456789012:role/appTaskRole';

export function efsWorld(seed = 3): { sim: Simulation; subnets: Record<string, string> } {
  const sim = createSimulation({ seed });
  sim.call('ecs', 'CreateCluster', { clusterName: 'default' });
  return { sim, subnets: defaultSubnets(sim) };
}

/** A file system with a mount target in each of `azs`; returns its id. */
export function fileSystemIn(sim: Simulation, azs: ReadonlyArray<string>, token = 'shared'): string {
  const fs = sim.call('efs', 'CreateFileSystem', {
    CreationToken: token,
    Tags: [{ Key: 'Name', Value: token }],
  });
  const subnets = defaultSubnets(sim);
  for (const az of azs)
    sim.call('efs', 'CreateMountTarget', { FileSystemId: fs.FileSystemId, SubnetId: subnets[az]! });
  return fs.FileSystemId;
}

type EfsConfig = Record<string, unknown>;

/** Registers family `app` on Fargate: container `app` mounting `data` (EFS) at /data and `scratch` at /tmp/scratch. */
export function registerEfsApp(
  sim: Simulation,
  efs: EfsConfig,
  extra: { taskRoleArn?: string; readOnly?: boolean; family?: string } = {},
): void {
  sim.callByName('ecs', 'RegisterTaskDefinition', {
    family: extra.family ?? 'app',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    ...(extra.taskRoleArn ? { taskRoleArn: extra.taskRoleArn } : {}),
    containerDefinitions: [
      {
        name: 'app',
        image: 'public.ecr.aws/ecs-sandbox/web:v1',
        mountPoints: [
          { sourceVolume: 'data', containerPath: '/data', readOnly: extra.readOnly ?? false },
          { sourceVolume: 'scratch', containerPath: '/tmp/scratch' },
        ],
      },
    ],
    volumes: [{ name: 'data', efsVolumeConfiguration: efs }, { name: 'scratch' }],
  });
}

/** Runs one Fargate task of `family` in `az`'s default subnet; returns its ARN after `wait` seconds. */
export function runIn(sim: Simulation, az: string, family = 'app', wait = 90): string {
  const out = sim.call('ecs', 'RunTask', {
    taskDefinition: family,
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets: [defaultSubnets(sim)[az]!] } },
  });
  sim.advance(wait);
  return out.tasks[0]!.taskArn!;
}

export const taskOf = (sim: Simulation, arn: string) => sim.state.ecs.tasks[arn]!;

/** Puts a role trusted by ECS tasks with `inline` policies straight into the state (test code only). */
export function putTaskRole(
  sim: Simulation,
  name: string,
  inline: Record<string, { Effect: 'Allow' | 'Deny'; Action: string | string[]; Resource: string }[]> = {},
): string {
  const state = sim.state as unknown as SimState;
  const arn = `arn:aws:iam::123456789012:role/${name}`;
  state.iam.roles[name] = {
    RoleName: name,
    RoleId: `AROA${name.toUpperCase().padEnd(17, 'X').slice(0, 17)}`,
    Arn: arn,
    Path: '/',
    CreateDate: 0,
    MaxSessionDuration: 3600,
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ],
    },
    attachedPolicyArns: [],
    inlinePolicies: Object.fromEntries(
      Object.entries(inline).map(([policy, Statement]) => [policy, { Version: '2012-10-17', Statement }]),
    ),
  };
  return arn;
}

export const CLIENT_MOUNT_WRITE = [
  {
    Effect: 'Allow' as const,
    Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
    Resource: '*',
  },
];

/** A file system policy that allows nothing by itself (only IAM identities that are allowed get in). */
export const IAM_ONLY_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: '*',
      Resource: '*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
});
