import type { EngineContext } from '../context';
import { accessDeniedText, authorize } from '../iam/calls';
import type { Task } from '../model/ecs';
import type { AuthorizedCall, CallPrincipalKind, DecidingStatement } from '../model/iam';
import type { S3Object } from '../model/storage';
import { byteLength, etagOf, getObject, parseS3Arn } from '../s3/objects';
import { parseSecretValueFrom, resolveSecretValue } from '../secretsManager/valueFrom';
import { findParameter } from '../ssm/parameters';
import { applicationCredentials } from './roles';

/**
 * The application's own AWS calls (sim CallAws): made with the credentials the SDK in the container finds
 * (startup/roles.ts applicationCredentials), decided and recorded by IAM (iam/calls.ts authorize). An allowed
 * s3:GetObject / s3:PutObject really reads / writes the object; ssm:GetParameter(s) and
 * secretsmanager:GetSecretValue return the value. A refusal reads as the AWS CLI prints it.
 */

export interface CallAwsAnswer {
  readonly allowed: boolean;
  readonly principal: CallPrincipalKind;
  readonly roleName?: string;
  readonly decision: AuthorizedCall['decision'];
  readonly statement?: DecidingStatement;
  /** what happened, or the error as the CLI shows it */
  readonly message: string;
  /** s3:GetObject, ssm:GetParameter(s), secretsmanager:GetSecretValue: what was read */
  readonly body?: string;
}

/** The CLI's text when the SDK finds no credentials at all. */
export const NO_CREDENTIALS_TEXT =
  'Unable to locate credentials. You can configure credentials by running "aws configure".';

const operationOf = (action: string): string => action.slice(action.indexOf(':') + 1);
const cliError = (code: string, action: string, message: string): string =>
  `An error occurred (${code}) when calling the ${operationOf(action)} operation: ${message}`;

/** Reads or writes what an allowed call touches; returns the message (and body) the caller sees. */
function perform(
  ctx: EngineContext,
  task: Task,
  container: string,
  action: string,
  resource: string,
  body: string | undefined,
): { readonly message: string; readonly body?: string } {
  const state = ctx.state;
  const service = action.slice(0, action.indexOf(':')).toLowerCase();
  const op = operationOf(action).toLowerCase();
  if (service === 's3' && (op === 'getobject' || op === 'putobject')) {
    const where = parseS3Arn(resource);
    if (!where)
      return {
        message: cliError(
          'InvalidArgument',
          action,
          `${resource} is not an S3 object ARN (arn:aws:s3:::bucket/key).`,
        ),
      };
    const bucket = Object.prototype.hasOwnProperty.call(state.s3.buckets, where.bucket)
      ? state.s3.buckets[where.bucket]
      : undefined;
    if (!bucket) return { message: cliError('NoSuchBucket', action, 'The specified bucket does not exist') };
    if (op === 'getobject') {
      const object = getObject(state, where.bucket, where.key);
      if (!object) return { message: cliError('NoSuchKey', action, 'The specified key does not exist.') };
      return { message: `read s3://${where.bucket}/${where.key} (${object.Size} bytes)`, body: object.Body };
    }
    const content = body ?? '';
    const object: S3Object = {
      ...(bucket.objects[where.key] ?? {}),
      Key: where.key,
      Body: content,
      ETag: etagOf(content),
      Size: byteLength(content),
      LastModified: ctx.now,
    };
    ctx.tx.set(state.s3.buckets, where.bucket, {
      ...bucket,
      objects: { ...bucket.objects, [where.key]: object },
    });
    return {
      message: `wrote s3://${where.bucket}/${where.key} (${object.Size} bytes) from ${container} of task ${task.taskArn}`,
    };
  }
  if (service === 'ssm' && (op === 'getparameter' || op === 'getparameters')) {
    const parameter = findParameter(state, resource);
    if (!parameter) return { message: cliError('ParameterNotFound', action, '') };
    return {
      message: `read parameter ${parameter.Name} (version ${parameter.Version})`,
      body: parameter.Value,
    };
  }
  if (service === 'secretsmanager' && op === 'getsecretvalue' && parseSecretValueFrom(resource)) {
    const resolved = resolveSecretValue(state, resource);
    if (!resolved.ok) {
      const [code = 'ResourceNotFoundException', ...rest] = resolved.message.split(': ');
      return { message: cliError(code, action, rest.join(': ')) };
    }
    return { message: `read secret ${resolved.secretArn}`, body: resolved.value };
  }
  return {
    message: `${action} on ${resource} allowed (the sandbox decides the call; it simulates no effect for it)`,
  };
}

/** One call by the application in `container` of `task` (a RUNNING task; the caller checks). */
export function callAws(
  ctx: EngineContext,
  task: Task,
  container: string,
  action: string,
  resource: string,
  body?: string,
): CallAwsAnswer {
  const creds = applicationCredentials(ctx.state, task);
  const call = authorize(ctx, {
    principal: creds.principal,
    ...(creds.problem === undefined && creds.roleName !== undefined ? { roleName: creds.roleName } : {}),
    action,
    resource,
    purpose: `application call from container ${container}`,
    taskArn: task.taskArn,
    ...(creds.ec2InstanceId !== undefined ? { ec2InstanceId: creds.ec2InstanceId } : {}),
  });
  const who = {
    principal: creds.principal,
    ...(call.roleName !== undefined ? { roleName: call.roleName } : {}),
    decision: call.decision,
    ...(call.statement ? { statement: call.statement } : {}),
  };
  if (call.decision !== 'allowed') {
    const message =
      call.roleName === undefined
        ? `${NO_CREDENTIALS_TEXT} (ECS Sandbox: ${creds.problem ?? 'no credentials'})`
        : cliError(
            action.toLowerCase().startsWith('s3:') ? 'AccessDenied' : 'AccessDeniedException',
            action,
            accessDeniedText(ctx.state, call, creds.session),
          );
    return { allowed: false, ...who, message };
  }
  return { allowed: true, ...who, ...perform(ctx, task, container, action, resource, body) };
}
