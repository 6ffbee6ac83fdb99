import type { SsmParameter } from '../model/storage';
import type { DeepReadonly } from '../simulation';
import type { SimState } from '../state';

/** a read-only view, so the UI can ask the same questions of the state it is given */
type State = DeepReadonly<SimState>;

type Where = Pick<SimState, 'region' | 'accountId'>;

/** The most versions Parameter Store keeps of one parameter (older ones are dropped first). */
export const MAX_PARAMETER_VERSIONS = 100;

/** `arn:aws:ssm:<region>:<acct>:parameter/<name without its leading slash>` */
export const parameterArn = (s: Where, name: string): string =>
  `arn:aws:ssm:${s.region}:${s.accountId}:parameter/${name.startsWith('/') ? name.slice(1) : name}`;

/** A parameter reference taken apart: the name (or the names an ARN may stand for) and a `:version` selector. */
export interface ParameterRef {
  /** the names to look up, in order (an ARN's `parameter/x` is the parameter `x` or `/x`) */
  readonly names: ReadonlyArray<string>;
  readonly version?: number;
  /** set when the ARN is for another account or Region, which the sandbox's one account does not hold */
  readonly elsewhere?: { readonly region: string; readonly accountId: string };
}

const ARN = /^arn:aws[a-z-]*:ssm:([^:]*):([^:]*):parameter(\/.*)$/;

/**
 * Reads a parameter name or ARN, optionally ending in `:<version>` (what GetParameter takes). A plain name is taken
 * as written; an ARN's path is the name with or without its leading slash (`parameter/a/b` is `/a/b`).
 */
export function parseParameterRef(state: Where, ref: string): ParameterRef {
  let body = ref;
  let version: number | undefined;
  const selector = /:(\d+)$/.exec(ref);
  if (selector && !/:parameter\/?$/.test(ref.slice(0, selector.index + 1))) {
    body = ref.slice(0, selector.index);
    version = Number(selector[1]);
  }
  const m = ARN.exec(body);
  if (!m) return { names: [body], ...(version !== undefined ? { version } : {}) };
  const [, region = '', accountId = '', path = '/'] = m;
  const bare = path.slice(1);
  const names = bare.includes('/') ? [`/${bare}`] : [bare, `/${bare}`];
  return {
    names,
    ...(version !== undefined ? { version } : {}),
    ...(region !== state.region || accountId !== state.accountId ? { elsewhere: { region, accountId } } : {}),
  };
}

/**
 * The parameter a name or ARN refers to (ECS `secrets[].valueFrom`, GetParameter's `Name`), or undefined when the
 * account has none (another Region or account counts as none). With a `:<version>` selector the record is the
 * parameter as it was at that version (Value, Version and LastModifiedDate of that version).
 */
export function findParameter(state: State, nameOrArn: string): SsmParameter | undefined {
  const ref = parseParameterRef(state, nameOrArn);
  if (ref.elsewhere) return undefined;
  const params = state.ssm.parameters;
  const name = ref.names.find((n) => Object.prototype.hasOwnProperty.call(params, n));
  const parameter = name === undefined ? undefined : params[name];
  if (!parameter || ref.version === undefined) return parameter;
  if (ref.version === parameter.Version) return parameter;
  const old = parameter.history.find((h) => h.Version === ref.version);
  return old ? { ...parameter, ...old } : undefined;
}

/**
 * What GetParameter shows as the value of a SecureString read without decryption: an opaque base64 blob standing in
 * for the ciphertext (derived from the value, so the same value always shows the same blob).
 */
export function encryptedValue(parameter: Pick<SsmParameter, 'Name' | 'Value' | 'Version'>): string {
  const text = `${parameter.Name}\u0000${parameter.Version}\u0000${parameter.Value}`;
  let h = 2166136261;
  const bytes: number[] = [1, 2, 3, 0];
  for (let i = 0; i < 48; i++) {
    h ^= text.charCodeAt(i % text.length) + i;
    h = Math.imul(h, 16777619) >>> 0;
    bytes.push(h & 0xff);
  }
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out +=
      alphabet[(n >> 18) & 63]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + alphabet[n & 63]!;
  }
  return out;
}
