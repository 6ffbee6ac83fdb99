import type { Secret, SecretVersion } from '../model/storage';
import type { DeepReadonly } from '../simulation';
import type { SimState } from '../state';

/** a read-only view, so the UI can ask the same questions of the state it is given */
type State = DeepReadonly<SimState>;

/**
 * A Secrets Manager reference as ECS `secrets[].valueFrom` takes it:
 * `arn:aws:secretsmanager:<region>:<acct>:secret:<name>-<6 chars>[:<json-key>:<version-stage>:<version-id>]`.
 * Empty parts keep their colons (`...:secret:app-AbCdEf:password::`); stage and id exclude each other.
 */
export interface SecretValueFrom {
  /** the ARN up to the secret's name (complete, or partial without the 6-character suffix) */
  readonly secretId: string;
  readonly region: string;
  readonly accountId: string;
  readonly jsonKey?: string;
  readonly versionStage?: string;
  readonly versionId?: string;
}

const PREFIX = /^arn:aws[a-z-]*:secretsmanager:([^:]*):([^:]*):secret:([^:]+)(?::(.*))?$/;

/** Takes a Secrets Manager valueFrom apart; undefined when it is not a Secrets Manager secret ARN. */
export function parseSecretValueFrom(valueFrom: string): SecretValueFrom | undefined {
  const m = PREFIX.exec(valueFrom);
  if (!m) return undefined;
  const [, region = '', accountId = '', name = '', tail] = m;
  const parts = tail === undefined ? [] : tail.split(':');
  if (parts.length > 3) return undefined;
  const [jsonKey = '', versionStage = '', versionId = ''] = parts;
  const secretId = `arn:aws:secretsmanager:${region}:${accountId}:secret:${name}`;
  return {
    secretId,
    region,
    accountId,
    ...(jsonKey ? { jsonKey } : {}),
    ...(versionStage ? { versionStage } : {}),
    ...(versionId ? { versionId } : {}),
  };
}

const SUFFIX = /-[A-Za-z0-9]{6}$/;

/**
 * The secret a SecretId names: its complete ARN, a partial ARN (without the `-XXXXXX` suffix) or its name, as the
 * Secrets Manager API accepts them. Undefined when the account has none (or it is scheduled for deletion and
 * `includeDeleted` is not set).
 */
export function findSecret(state: State, secretId: string, includeDeleted = false): Secret | undefined {
  const secrets = state.secretsManager.secrets;
  const visible = (s: Secret | undefined) => {
    if (!s) return undefined;
    // past its deletion date the secret is gone for good
    if (s.DeletionDate !== undefined && s.DeletionDate <= state.clock.now) return undefined;
    return includeDeleted || s.DeletedDate === undefined ? s : undefined;
  };
  if (secretId.startsWith('arn:')) {
    const exact = Object.prototype.hasOwnProperty.call(secrets, secretId) ? secrets[secretId] : undefined;
    if (exact) return visible(exact);
    // a partial ARN: the complete ARN minus its random suffix
    for (const s of Object.values(secrets)) {
      if (s.ARN.replace(SUFFIX, '') === secretId && visible(s)) return s;
    }
    return undefined;
  }
  for (const s of Object.values(secrets)) if (s.Name === secretId && visible(s)) return s;
  return undefined;
}

/** The version a stage label or version id picks (AWSCURRENT when neither is given). */
export function secretVersion(
  secret: Secret,
  select: { readonly versionId?: string; readonly versionStage?: string },
): SecretVersion | undefined {
  if (select.versionId !== undefined) {
    const v = Object.prototype.hasOwnProperty.call(secret.versions, select.versionId)
      ? secret.versions[select.versionId]
      : undefined;
    if (!v) return undefined;
    if (select.versionStage !== undefined && !v.VersionStages.includes(select.versionStage)) return undefined;
    return v;
  }
  const stage = select.versionStage ?? 'AWSCURRENT';
  return Object.values(secret.versions).find((v) => v.VersionStages.includes(stage));
}

/** Secrets Manager's own "not found" texts, as GetSecretValue answers (ResourceNotFoundException). */
export const SECRET_NOT_FOUND = "Secrets Manager can't find the specified secret.";
export const MARKED_FOR_DELETION =
  "You can't perform this operation on the secret because it was marked for deletion.";
export const stageNotFound = (stage: string) =>
  `Secrets Manager can't find the specified secret value for staging label: ${stage}`;
export const versionIdNotFound = (id: string) =>
  `Secrets Manager can't find the specified secret value for VersionId: ${id}`;

export type ResolvedSecret =
  | { readonly ok: true; readonly value: string; readonly secretArn: string }
  | {
      readonly ok: false;
      /** the error as the agent reports it after "unable to retrieve secret from asm: ..." */
      readonly message: string;
      /** the secret's ARN when it was found (the failure is about its value) */
      readonly secretArn?: string;
    };

/** Go's json.Unmarshal complaint about text that is not a JSON object, as the agent passes it on. */
function notJsonObject(text: string): string {
  const first = text.trimStart()[0];
  if (first === undefined) return 'unexpected end of JSON input';
  return `invalid character '${first}' looking for beginning of value`;
}

/**
 * Reads the value ECS injects for a Secrets Manager valueFrom, as the agent does at task start: the whole
 * SecretString, or one top-level key of it as JSON (non-string values printed as Go prints them).
 * Does not check permissions (the caller authorizes `secretsmanager:GetSecretValue` on `secretArn` first).
 * The failure `message` is the AWS/agent text, e.g.
 * `ResourceNotFoundException: Secrets Manager can't find the specified secret.` or
 * `retrieved secret from Secrets Manager did not contain json key password`.
 */
export function resolveSecretValue(state: State, valueFrom: string): ResolvedSecret {
  const ref = parseSecretValueFrom(valueFrom);
  if (!ref) {
    return {
      ok: false,
      message: `ValidationException: ${valueFrom} is not a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>)`,
    };
  }
  if (ref.versionStage && ref.versionId) {
    return {
      ok: false,
      message:
        'InvalidParameterException: You can’t specify both a version stage and a version ID; give one of them, or neither for AWSCURRENT.',
    };
  }
  const secret =
    ref.region === state.region && ref.accountId === state.accountId
      ? findSecret(state, ref.secretId, true)
      : undefined;
  if (!secret) return { ok: false, message: `ResourceNotFoundException: ${SECRET_NOT_FOUND}` };
  if (secret.DeletedDate !== undefined) {
    return { ok: false, secretArn: secret.ARN, message: `InvalidRequestException: ${MARKED_FOR_DELETION}` };
  }
  const version = secretVersion(secret, {
    ...(ref.versionId ? { versionId: ref.versionId } : {}),
    ...(ref.versionStage ? { versionStage: ref.versionStage } : {}),
  });
  if (!version) {
    return {
      ok: false,
      secretArn: secret.ARN,
      message: `ResourceNotFoundException: ${
        ref.versionId ? versionIdNotFound(ref.versionId) : stageNotFound(ref.versionStage ?? 'AWSCURRENT')
      }`,
    };
  }
  const text = version.SecretString ?? '';
  if (!ref.jsonKey) return { ok: true, value: text, secretArn: secret.ARN };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, secretArn: secret.ARN, message: notJsonObject(text) };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return {
      ok: false,
      secretArn: secret.ARN,
      message: `json: cannot unmarshal ${Array.isArray(parsed) ? 'array' : typeof parsed} into Go value of type map[string]interface {}`,
    };
  }
  const fields = parsed as Record<string, unknown>;
  if (!Object.prototype.hasOwnProperty.call(fields, ref.jsonKey)) {
    return {
      ok: false,
      secretArn: secret.ARN,
      message: `retrieved secret from Secrets Manager did not contain json key ${ref.jsonKey}`,
    };
  }
  const value = fields[ref.jsonKey];
  return { ok: true, value: goText(value), secretArn: secret.ARN };
}

/** How Go's `fmt.Sprintf("%v")` prints a decoded JSON value (what the agent injects for a key). */
function goText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null) return '<nil>';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(goText).join(' ')}]`;
  const entries = Object.keys(value as object)
    .sort()
    .map((k) => `${k}:${goText((value as Record<string, unknown>)[k])}`);
  return `map[${entries.join(' ')}]`;
}
