import type { Secret } from '../../model/storage';
import { updateSecretSchema } from '../../schema/secretsManager';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { checkValue, requireSecret, withNewVersion } from '../../secretsManager/store';
import { defineOperation } from '../operation';

export type UpdateSecretInput = Infer<typeof updateSecretSchema>;

/**
 * secretsmanager UpdateSecret: changes the description or key and, with a SecretString, adds a new AWSCURRENT
 * version (as PutSecretValue does).
 */
export const UpdateSecret = defineOperation({
  schema: updateSecretSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: UpdateSecretInput) {
    checkValue(input);
    const secret = requireSecret(ctx, input.SecretId);
    let next: Secret = {
      ...secret,
      ...(input.Description !== undefined ? { Description: input.Description } : {}),
      ...(input.KmsKeyId !== undefined ? { KmsKeyId: input.KmsKeyId } : {}),
      LastChangedDate: ctx.now,
    };
    let versionId: string | undefined;
    if (input.SecretString !== undefined) {
      const added = withNewVersion(ctx, next, input.SecretString, input.ClientRequestToken);
      next = added.secret;
      versionId = added.version.VersionId;
    }
    ctx.tx.set(ctx.state.secretsManager.secrets, secret.ARN, next);
    return { ARN: secret.ARN, Name: secret.Name, ...(versionId ? { VersionId: versionId } : {}) };
  },
});
