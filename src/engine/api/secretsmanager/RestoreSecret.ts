import { restoreSecretSchema } from '../../schema/secretsManager';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { requireSecret } from '../../secretsManager/store';
import { defineOperation } from '../operation';

export type RestoreSecretInput = Infer<typeof restoreSecretSchema>;

/** secretsmanager RestoreSecret: cancels a scheduled deletion; the secret and its versions are usable again. */
export const RestoreSecret = defineOperation({
  schema: restoreSecretSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: RestoreSecretInput) {
    const secret = requireSecret(ctx, input.SecretId, true);
    if (secret.DeletedDate !== undefined) {
      const { DeletedDate: _d, DeletionDate: _s, ...kept } = secret;
      ctx.tx.set(ctx.state.secretsManager.secrets, secret.ARN, kept);
    }
    return { ARN: secret.ARN, Name: secret.Name };
  },
});
