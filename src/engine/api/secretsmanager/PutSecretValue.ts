import { AwsError } from '../../errors';
import { putSecretValueSchema } from '../../schema/secretsManager';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { checkValue, requireSecret, withNewVersion } from '../../secretsManager/store';
import { defineOperation } from '../operation';

export type PutSecretValueInput = Infer<typeof putSecretValueSchema>;

/**
 * secretsmanager PutSecretValue: a new version of the value. It becomes AWSCURRENT (unless VersionStages says
 * otherwise) and the old current version becomes AWSPREVIOUS. Running tasks keep the value they started with.
 */
export const PutSecretValue = defineOperation({
  schema: putSecretValueSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: PutSecretValueInput) {
    checkValue(input);
    if (input.SecretString === undefined) {
      throw new AwsError(
        'InvalidRequestException',
        'You must provide either SecretString or SecretBinary.',
        'SecretString',
      );
    }
    const secret = requireSecret(ctx, input.SecretId);
    const { secret: next, version } = withNewVersion(
      ctx,
      secret,
      input.SecretString,
      input.ClientRequestToken,
      input.VersionStages,
    );
    if (next !== secret) ctx.tx.set(ctx.state.secretsManager.secrets, secret.ARN, next);
    return {
      ARN: secret.ARN,
      Name: secret.Name,
      VersionId: version.VersionId,
      VersionStages: next.versions[version.VersionId]!.VersionStages,
    };
  },
});
