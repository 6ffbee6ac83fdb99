import type { EngineContext } from '../context';
import { authorize, callKey } from '../iam/calls';
import { evaluate } from '../iam/evaluate';
import type { DecidingStatement, PolicyDocument } from '../model/iam';
import type { Task } from '../model/ecs';
import type { EfsFileSystem } from '../model/storage';
import type { SimState } from '../state';
import {
  efsVolumesOf,
  instanceRoleNameOf,
  roleNameFromArn,
  taskRoleArnOf,
  type EfsVolume,
} from '../volumes/taskVolumes';
import { fileSystemDnsName, findAccessPoint, findFileSystem, mountTargetInAz } from './fileSystems';

/**
 * Mounting a task's EFS volumes at start (ecs-reference §1.5, §12), in the order the EFS mount helper works:
 * resolve the file system's DNS name (only where the file system has a mount target in the task's
 * Availability Zone), get credentials when `iam` is ENABLED (the task role; on EC2 without one, the instance
 * role through instance metadata), then the NFS server's checks: the access point, and `elasticfilesystem:ClientMount`.
 * Failures read as ECS reports them in the task's stoppedReason.
 */

const PREFIX =
  'ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: ';
const utilsFailure = (stderr: string, code: number): string =>
  `${PREFIX}${stderr} : unsuccessful EFS utils command execution; code: ${code}`;

/** The mount helper's message when the file system's name does not resolve in the task's VPC and AZ (real text). */
export const resolveFailure = (state: Pick<SimState, 'region'>, fileSystemId: string): string =>
  utilsFailure(
    `Failed to resolve "${fileSystemDnsName(state, fileSystemId)}" - check that your file system ID is correct, ` +
      'and ensure that the VPC has an EFS mount target for this file system ID. ' +
      'See https://docs.aws.amazon.com/console/efs/mount-dns-name for more detail. ' +
      'Attempting to lookup mount target ip address using botocore. ' +
      'Failed to import necessary dependency botocore, please install botocore first.',
    1,
  );

/** The NFS server refusing the mount (access point, IAM): with TLS the helper mounts through its local tunnel. */
export const ACCESS_DENIED = utilsFailure(
  "b'mount.nfs4: access denied by server while mounting 127.0.0.1:/'",
  32,
);

/** The mount helper finding no credentials for `iam` (a Fargate task without a task role). */
export const NO_CREDENTIALS = utilsFailure(
  'AWS Access Key ID and Secret Access Key are not found in AWS credentials file (~/.aws/credentials), ' +
    'config file (~/.aws/config), from ECS credentials relative uri, or from the instance security credentials service',
  1,
);

/** Whether a resource policy statement's Principal names `roleArn` (or everyone); an anonymous client ('') only matches `*`. */
function principalMatches(
  principal: PolicyDocument['Statement'][number]['Principal'],
  roleArn: string,
  accountId: string,
): boolean {
  if (principal === undefined) return false;
  if (principal === '*') return true;
  if (typeof principal === 'string') return false;
  const aws = principal.AWS;
  const list = aws === undefined ? [] : typeof aws === 'string' ? [aws] : aws;
  return list.some(
    (p: string) =>
      p === '*' ||
      (roleArn !== '' && (p === roleArn || p === accountId || p === `arn:aws:iam::${accountId}:root`)),
  );
}

/** The file system policy's verdict for a role: explicit deny, allow, or nothing said. */
function fileSystemPolicyDecision(
  state: SimState,
  fs: EfsFileSystem,
  action: string,
  roleArn: string | undefined,
): 'allowed' | 'explicit-deny' | 'implicit-deny' {
  // no policy: EFS's default policy lets every client that reaches a mount target in
  if (!fs.FileSystemPolicy) return 'allowed';
  const statements = fs.FileSystemPolicy.Statement.filter((s) =>
    principalMatches(s.Principal, roleArn ?? '', state.accountId),
  );
  if (statements.length === 0) return 'implicit-deny';
  return evaluate(
    [
      {
        id: `file-system-policy:${fs.FileSystemId}`,
        document: { ...fs.FileSystemPolicy, Statement: statements },
      },
    ],
    {
      action,
      resource: fs.FileSystemArn,
      context: {
        'elasticfilesystem:AccessedViaMountTarget': 'true',
        ...(roleArn !== undefined ? { 'aws:PrincipalArn': roleArn } : {}),
      },
    },
  ).decision;
}

/**
 * Whether a client mounting without IAM (`iam` DISABLED: anonymous to EFS) may do `action`: always under EFS's
 * default policy; under a file system policy only when a statement for every principal (`*`) allows it.
 */
export const anonymousEfsAccess = (
  state: SimState,
  fs: EfsFileSystem,
  action: 'elasticfilesystem:ClientMount' | 'elasticfilesystem:ClientWrite',
): boolean => fileSystemPolicyDecision(state, fs, action, undefined) === 'allowed';

/**
 * Decides an EFS client action (`elasticfilesystem:ClientMount`, `ClientWrite`) for a task's volume with `iam`
 * ENABLED, recording the identity-policy call through IAM. Same account: allowed when the identity policy or the
 * file system policy allows and neither denies explicitly. Returns whether it is allowed, or that there were no credentials.
 */
export function authorizeEfsClient(
  ctx: EngineContext,
  task: Task,
  fs: EfsFileSystem,
  action: 'elasticfilesystem:ClientMount' | 'elasticfilesystem:ClientWrite',
  purpose: string,
): 'allowed' | 'denied' | 'no-credentials' {
  const state = ctx.state;
  const taskRoleArn = taskRoleArnOf(state, task);
  const imdsRole =
    taskRoleArn === undefined && task.launchType !== 'FARGATE' ? instanceRoleNameOf(state, task) : undefined;
  if (taskRoleArn === undefined && imdsRole === undefined) return 'no-credentials';
  const roleName = taskRoleArn !== undefined ? roleNameFromArn(taskRoleArn) : imdsRole;
  const roleArn = taskRoleArn ?? (roleName ? state.iam.roles[roleName]?.Arn : undefined);
  const call = authorize(ctx, {
    principal: taskRoleArn !== undefined ? 'task-role' : 'instance-role-imds',
    roleName,
    action,
    resource: fs.FileSystemArn,
    purpose,
    taskArn: task.taskArn,
    context: { 'elasticfilesystem:AccessedViaMountTarget': 'true' },
  });
  if (call.decision === 'explicit-deny') return 'denied';
  const byPolicy = fileSystemPolicyDecision(state, fs, action, roleArn);
  if (byPolicy === 'explicit-deny') {
    ctx.tx.set(state.iam.calls, callKey(call.id), {
      ...call,
      decision: 'explicit-deny',
      statement: fsStatement(fs),
    });
    return 'denied';
  }
  if (call.decision === 'allowed') return 'allowed';
  if (byPolicy !== 'allowed') return 'denied';
  // the identity policy said nothing, the file system's (or EFS's default) policy allowed: record who decided
  ctx.tx.set(state.iam.calls, callKey(call.id), { ...call, decision: 'allowed', statement: fsStatement(fs) });
  return 'allowed';
}

/** The deciding statement when the file system policy decided (index -1: EFS's default policy, no policy set). */
const fsStatement = (fs: EfsFileSystem): DecidingStatement => ({
  policy: `file-system-policy:${fs.FileSystemId}`,
  statementIndex: -1,
  sid: fs.FileSystemPolicy ? 'FileSystemPolicy' : 'EFS default policy (no file system policy set)',
});

function mountFailure(ctx: EngineContext, task: Task, volume: EfsVolume): string | undefined {
  const state = ctx.state;
  const fs = findFileSystem(state, volume.fileSystemId);
  // an unknown id and a file system without a mount target in this AZ look the same: the name does not resolve
  if (!fs || !mountTargetInAz(state, fs.FileSystemId, task.availabilityZone))
    return resolveFailure(state, volume.fileSystemId);
  if (volume.iam && authorizeEfsClientCredentials(ctx, task) === 'no-credentials') return NO_CREDENTIALS;
  if (volume.accessPointId !== undefined) {
    const ap = findAccessPoint(state, volume.accessPointId);
    if (!ap || ap.FileSystemId !== fs.FileSystemId) return ACCESS_DENIED;
  }
  if (!volume.iam && !anonymousEfsAccess(state, fs, 'elasticfilesystem:ClientMount')) return ACCESS_DENIED;
  if (volume.iam) {
    const verdict = authorizeEfsClient(
      ctx,
      task,
      fs,
      'elasticfilesystem:ClientMount',
      `mount EFS ${fs.FileSystemId} (volume ${volume.name})`,
    );
    if (verdict !== 'allowed') return verdict === 'no-credentials' ? NO_CREDENTIALS : ACCESS_DENIED;
  }
  return undefined;
}

/** Whether the task has any credentials the mount helper can use (the task role; on EC2 the instance role too). */
function authorizeEfsClientCredentials(ctx: EngineContext, task: Task): 'ok' | 'no-credentials' {
  if (taskRoleArnOf(ctx.state, task) !== undefined) return 'ok';
  return task.launchType !== 'FARGATE' && instanceRoleNameOf(ctx.state, task) !== undefined
    ? 'ok'
    : 'no-credentials';
}

/**
 * Why the task's EFS volumes cannot be mounted (the stoppedReason, stopCode TaskFailedToStart), or undefined
 * when they all mount (or it has none). Called once by the task start-up (startup/*); records its IAM calls.
 */
export function efsMountFailure(ctx: EngineContext, task: Task): string | undefined {
  const td = ctx.state.ecs.taskDefinitions[task.taskDefinitionArn];
  if (!td) return undefined;
  for (const volume of efsVolumesOf(td)) {
    const failure = mountFailure(ctx, task, volume);
    if (failure !== undefined) return failure;
  }
  return undefined;
}
