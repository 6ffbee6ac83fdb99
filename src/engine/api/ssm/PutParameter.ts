import type { EngineContext } from '../../context';
import { AwsError } from '../../errors';
import type { SsmParameter } from '../../model/storage';
import { putParameterSchema } from '../../schema/ssm';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { MAX_PARAMETER_VERSIONS, parameterArn } from '../../ssm/parameters';
import { defineOperation } from '../operation';

export type PutParameterInput = Infer<typeof putParameterSchema>;

const invalid = (message: string, field: string) => new AwsError('ValidationException', message, field);

/** The checks Parameter Store makes on a new name (names are case-sensitive; a path starts with `/`). */
function checkName(name: string): void {
  if (!/^[A-Za-z0-9_.\-/]+$/.test(name)) {
    throw invalid(
      `Parameter name ${name}: only letters, digits, periods (.), hyphens (-), underscores (_) and forward slashes (/) are allowed.`,
      'Name',
    );
  }
  if (name.includes('/') && !name.startsWith('/')) {
    throw invalid('Parameter name must be a fully qualified name.', 'Name');
  }
  const first = name.replace(/^\//, '').split('/')[0]!.toLowerCase();
  if (first.startsWith('aws') || first.startsWith('ssm')) {
    throw invalid(
      `Parameter name ${name}: names (and their first path part) cannot begin with "aws" or "ssm", in any case; those are reserved.`,
      'Name',
    );
  }
  if (name.split('/').filter(Boolean).length > 15) {
    throw invalid(`Parameter name ${name}: a hierarchy has at most 15 levels.`, 'Name');
  }
}

/**
 * ssm PutParameter: creates a parameter (version 1) or, with Overwrite, a new version of it. SecureString values
 * are kept as given and shown encrypted unless a read asks for decryption (`alias/aws/ssm` unless KeyId names a key).
 */
export const PutParameter = defineOperation<PutParameterInput, { Version: number; Tier: string }>({
  schema: putParameterSchema,
  schemaError: 'ValidationException',
  handle(ctx: EngineContext, input) {
    const params = ctx.state.ssm.parameters;
    const existing = Object.prototype.hasOwnProperty.call(params, input.Name)
      ? params[input.Name]
      : undefined;
    if (input.Overwrite && input.Tags?.length) {
      throw invalid(
        "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.",
        'Tags',
      );
    }
    if (existing && !input.Overwrite) {
      throw new AwsError(
        'ParameterAlreadyExists',
        'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
        'Name',
      );
    }
    if (!existing) checkName(input.Name);
    const type = input.Type ?? existing?.Type;
    if (!type) throw invalid('A parameter type is required when you create a parameter.', 'Type');
    if (input.KeyId !== undefined && type !== 'SecureString') {
      throw invalid('KeyId is required for SecureString type parameter only.', 'KeyId');
    }
    const tier = input.Tier === 'Advanced' ? 'Advanced' : (existing?.Tier ?? 'Standard');
    if (tier === 'Standard' && input.Value.length > 4096) {
      throw invalid(
        'Standard tier parameters support a maximum parameter value of 4096 characters. To create a larger parameter value, upgrade the parameter to use the advanced-parameter tier. For more information, see https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html',
        'Value',
      );
    }
    const pattern = input.AllowedPattern ?? existing?.AllowedPattern;
    if (pattern !== undefined) {
      let re: RegExp;
      try {
        re = new RegExp(pattern);
      } catch {
        throw invalid(`AllowedPattern ${pattern} is not a valid regular expression.`, 'AllowedPattern');
      }
      if (!re.test(input.Value)) {
        throw new AwsError(
          'ParameterPatternMismatchException',
          `Parameter value, cannot be validated against allowedPattern: ${pattern}`,
          'Value',
        );
      }
    }
    const version = (existing?.Version ?? 0) + 1;
    const entry = { Version: version, Value: input.Value, LastModifiedDate: ctx.now };
    const history = [...(existing?.history ?? []), entry].slice(-MAX_PARAMETER_VERSIONS);
    const description = input.Description ?? existing?.Description;
    const keyId = type === 'SecureString' ? (input.KeyId ?? existing?.KeyId ?? 'alias/aws/ssm') : undefined;
    const tags = input.Tags ?? existing?.Tags;
    const record: SsmParameter = {
      Name: input.Name,
      ARN: parameterArn(ctx.state, input.Name),
      Type: type,
      Value: input.Value,
      Version: version,
      LastModifiedDate: ctx.now,
      DataType: input.DataType ?? existing?.DataType ?? 'text',
      Tier: tier,
      history,
      ...(description !== undefined ? { Description: description } : {}),
      ...(keyId !== undefined ? { KeyId: keyId } : {}),
      ...(pattern !== undefined ? { AllowedPattern: pattern } : {}),
      ...(tags !== undefined ? { Tags: tags } : {}),
    };
    ctx.tx.set(params, input.Name, record);
    return { Version: version, Tier: tier };
  },
});
