import type { EngineContext } from '../context';
import { AwsError } from '../errors';
import type { SsmParameter } from '../model/storage';
import { encryptedValue, findParameter, parameterArn, parseParameterRef } from './parameters';

/** Parameter Store's answer for a name it does not hold (AWS sends this error with an empty message). */
export const parameterNotFound = (name: string) =>
  new AwsError('ParameterNotFound', `Parameter ${name} not found.`, 'Name');

/**
 * The parameter a GetParameter-style `Name` (name, ARN, `name:version`) refers to, or the error Parameter Store
 * answers: ParameterVersionNotFound when the parameter exists but not that version, else ParameterNotFound.
 */
export function requireParameter(ctx: EngineContext, ref: string): SsmParameter {
  const found = findParameter(ctx.state, ref);
  if (found) return found;
  const parsed = parseParameterRef(ctx.state, ref);
  if (parsed.version !== undefined && !parsed.elsewhere) {
    const bare = findParameter(ctx.state, ref.slice(0, ref.lastIndexOf(':')));
    if (bare) {
      throw new AwsError(
        'ParameterVersionNotFound',
        `Systems Manager could not find version ${parsed.version} of ${bare.Name}. Verify the version and try again.`,
        'Name',
      );
    }
  }
  throw parameterNotFound(ref);
}

/** A parameter as GetParameter/GetParameters return it. */
export function parameterOutput(
  ctx: EngineContext,
  p: SsmParameter,
  ref: string,
  withDecryption: boolean | undefined,
) {
  const version = parseParameterRef(ctx.state, ref).version;
  return {
    Name: p.Name,
    Type: p.Type,
    Value: p.Type === 'SecureString' && !withDecryption ? encryptedValue(p) : p.Value,
    Version: p.Version,
    ...(version !== undefined ? { Selector: `:${version}` } : {}),
    LastModifiedDate: ctx.iso(p.LastModifiedDate),
    ARN: parameterArn(ctx.state, p.Name),
    DataType: p.DataType,
  };
}

/** A parameter's metadata as DescribeParameters lists it (never its value). */
export function parameterMetadata(ctx: EngineContext, p: SsmParameter) {
  return {
    Name: p.Name,
    ARN: p.ARN,
    Type: p.Type,
    ...(p.KeyId !== undefined ? { KeyId: p.KeyId } : {}),
    LastModifiedDate: ctx.iso(p.LastModifiedDate),
    LastModifiedUser: `arn:aws:iam::${ctx.state.accountId}:root`,
    ...(p.Description !== undefined ? { Description: p.Description } : {}),
    ...(p.AllowedPattern !== undefined ? { AllowedPattern: p.AllowedPattern } : {}),
    Version: p.Version,
    Tier: p.Tier ?? 'Standard',
    Policies: [],
    DataType: p.DataType,
  };
}
