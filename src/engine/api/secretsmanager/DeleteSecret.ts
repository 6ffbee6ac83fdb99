import { AwsError } from '../../errors';
import { deleteSecretSchema } from '../../schema/secretsManager';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { requireSecret } from '../../secretsManager/store';
import { defineOperation } from '../operation';

export type DeleteSecretInput = Infer<typeof deleteSecretSchema>;

const DAY = 86_400;

/**
 * secretsmanager DeleteSecret: schedules the deletion after a recovery window (default 30 days, 7–30), during
 * which the value cannot be read and RestoreSecret brings it back; ForceDeleteWithoutRecovery deletes at once.
 */
export const DeleteSecret = defineOperation({
  schema: deleteSecretSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: DeleteSecretInput) {
    if (input.ForceDeleteWithoutRecovery && input.RecoveryWindowInDays !== undefined) {
      throw new AwsError(
        'InvalidParameterException',
        "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.",
        'RecoveryWindowInDays',
      );
    }
    const days = input.RecoveryWindowInDays ?? 30;
    if (!input.ForceDeleteWithoutRecovery && (days < 7 || days > 30)) {
      throw new AwsError(
        'InvalidParameterException',
        'The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).',
        'RecoveryWindowInDays',
      );
    }
    const secret = requireSecret(ctx, input.SecretId, true);
    const secrets = ctx.state.secretsManager.secrets;
    if (input.ForceDeleteWithoutRecovery) {
      ctx.tx.remove(secrets, secret.ARN);
      return { ARN: secret.ARN, Name: secret.Name, DeletionDate: ctx.iso(ctx.now) };
    }
    if (secret.DeletedDate !== undefined) {
      throw new AwsError(
        'InvalidRequestException',
        "You can't perform this operation on the secret because it was already scheduled for deletion.",
        'SecretId',
      );
    }
    const deletion = ctx.now + days * DAY;
    ctx.tx.set(secrets, secret.ARN, { ...secret, DeletedDate: ctx.now, DeletionDate: deletion });
    return { ARN: secret.ARN, Name: secret.Name, DeletionDate: ctx.iso(deletion) };
  },
});
