import type { EngineContext } from '../context';
import { AwsError } from '../errors';
import type { Secret, SecretVersion } from '../model/storage';
import { findSecret, MARKED_FOR_DELETION, SECRET_NOT_FOUND } from './valueFrom';

/** How many versions a secret keeps; beyond that the oldest versions without a staging label are dropped. */
export const MAX_SECRET_VERSIONS = 100;

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `arn:aws:secretsmanager:<region>:<acct>:secret:<name>-<6 random letters and digits>` */
export function newSecretArn(ctx: EngineContext, name: string): string {
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += ALPHANUMERIC[ctx.randomInt(ALPHANUMERIC.length)]!;
  return `arn:aws:secretsmanager:${ctx.state.region}:${ctx.state.accountId}:secret:${name}-${suffix}`;
}

/** A version id as the CLI makes one when none is given: a random UUID (version 4). */
export function newVersionId(ctx: EngineContext): string {
  const h = ctx.randomHex(32);
  const variant = '89ab'[ctx.randomInt(4)]!;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const secretNotFound = () => new AwsError('ResourceNotFoundException', SECRET_NOT_FOUND, 'SecretId');

/**
 * The secret a SecretId (name, ARN or partial ARN) names, or ResourceNotFoundException. A secret scheduled for
 * deletion is found only with `allowDeleted`; otherwise the request is refused with InvalidRequestException.
 */
export function requireSecret(ctx: EngineContext, secretId: string, allowDeleted = false): Secret {
  const secret = findSecret(ctx.state, secretId, true);
  if (!secret) throw secretNotFound();
  if (secret.DeletedDate !== undefined && !allowDeleted) {
    throw new AwsError('InvalidRequestException', MARKED_FOR_DELETION, 'SecretId');
  }
  return secret;
}

/** Refuses what the sandbox does not keep: binary secrets, and both kinds of value at once. */
export function checkValue(input: { readonly SecretString?: string; readonly SecretBinary?: string }): void {
  if (input.SecretString !== undefined && input.SecretBinary !== undefined) {
    throw new AwsError(
      'InvalidParameterException',
      "You can't specify both a binary secret value and a string secret value in the same secret.",
      'SecretBinary',
    );
  }
  if (input.SecretBinary !== undefined) {
    throw new AwsError(
      'InvalidParameterException',
      'SecretBinary: the sandbox keeps text secrets only; put the value in SecretString (ECS injects text anyway).',
      'SecretBinary',
    );
  }
}

/**
 * The secret with a new version holding `value`, carrying `stages` (default AWSCURRENT). A stage moves: versions
 * that had it lose it; when AWSCURRENT moves, the version that had it becomes AWSPREVIOUS. A ClientRequestToken
 * that names an existing version with the same value changes nothing (idempotent retry); with another value
 * it is refused.
 */
export function withNewVersion(
  ctx: EngineContext,
  secret: Secret,
  value: string,
  versionId: string | undefined,
  stages: ReadonlyArray<string> = ['AWSCURRENT'],
): { readonly secret: Secret; readonly version: SecretVersion } {
  if (versionId !== undefined && Object.prototype.hasOwnProperty.call(secret.versions, versionId)) {
    const same = secret.versions[versionId]!;
    if (same.SecretString === value) return { secret, version: same };
    throw new AwsError(
      'ResourceExistsException',
      `A version with the ClientRequestToken ${versionId} already exists with a different value; a version cannot be changed, only a new one created (give a new token).`,
      'ClientRequestToken',
    );
  }
  const id = versionId ?? newVersionId(ctx);
  const movesCurrent = stages.includes('AWSCURRENT');
  const oldCurrent = Object.values(secret.versions).find((v) => v.VersionStages.includes('AWSCURRENT'));
  const moving = new Set([...stages, ...(movesCurrent && oldCurrent ? ['AWSPREVIOUS'] : [])]);
  const versions: Record<string, SecretVersion> = {};
  for (const v of Object.values(secret.versions)) {
    let labels = v.VersionStages.filter((s) => !moving.has(s));
    if (movesCurrent && v === oldCurrent) labels = [...labels, 'AWSPREVIOUS'];
    versions[v.VersionId] =
      labels.length === v.VersionStages.length && labels.every((l, i) => l === v.VersionStages[i])
        ? v
        : { ...v, VersionStages: labels };
  }
  const version: SecretVersion = {
    VersionId: id,
    SecretString: value,
    VersionStages: [...stages],
    CreatedDate: ctx.now,
  };
  versions[id] = version;
  // keep at most MAX_SECRET_VERSIONS: drop the oldest versions without a label first
  const ids = Object.keys(versions);
  if (ids.length > MAX_SECRET_VERSIONS) {
    const droppable = Object.values(versions)
      .filter((v) => v.VersionStages.length === 0)
      .sort((a, b) => a.CreatedDate - b.CreatedDate);
    for (const v of droppable.slice(0, ids.length - MAX_SECRET_VERSIONS)) delete versions[v.VersionId];
  }
  return { secret: { ...secret, versions, LastChangedDate: ctx.now }, version };
}

/** VersionId → stages, as DescribeSecret (VersionIdsToStages) and ListSecrets (SecretVersionsToStages) show them. */
export const versionsToStages = (secret: Secret): Record<string, ReadonlyArray<string>> =>
  Object.fromEntries(
    Object.values(secret.versions)
      .filter((v) => v.VersionStages.length > 0)
      .map((v) => [v.VersionId, v.VersionStages]),
  );

/** A secret's metadata as DescribeSecret and ListSecrets show it (never its value). */
export function secretMetadata(ctx: EngineContext, s: Secret) {
  return {
    ARN: s.ARN,
    Name: s.Name,
    ...(s.Description !== undefined ? { Description: s.Description } : {}),
    ...(s.KmsKeyId !== undefined ? { KmsKeyId: s.KmsKeyId } : {}),
    LastChangedDate: ctx.iso(s.LastChangedDate),
    ...(s.DeletedDate !== undefined ? { DeletedDate: ctx.iso(s.DeletedDate) } : {}),
    ...(s.Tags && s.Tags.length ? { Tags: s.Tags } : {}),
    CreatedDate: ctx.iso(s.CreatedDate),
  };
}
