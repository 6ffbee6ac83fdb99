import { AwsError } from '../../errors';
import type { Secret } from '../../model/storage';
import { createSecretSchema } from '../../schema/secretsManager';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { checkValue, newSecretArn, withNewVersion } from '../../secretsManager/store';
import { findSecret } from '../../secretsManager/valueFrom';
import { defineOperation } from '../operation';

export type CreateSecretInput = Infer<typeof createSecretSchema>;

/**
 * secretsmanager CreateSecret: a new secret whose ARN ends in `-` and six random characters. With a SecretString
 * its first version is AWSCURRENT; without one the secret has no version until PutSecretValue.
 */
export const CreateSecret = defineOperation({
  schema: createSecretSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: CreateSecretInput) {
    if (!/^[A-Za-z0-9/_+=.@-]+$/.test(input.Name)) {
      throw new AwsError(
        'ValidationException',
        `Invalid name ${input.Name}: a secret name uses letters, digits and /_+=.@- only.`,
        'Name',
      );
    }
    checkValue(input);
    const same = findSecret(ctx.state, input.Name, true);
    if (same?.DeletedDate !== undefined) {
      throw new AwsError(
        'InvalidRequestException',
        "You can't create this secret because a secret with this name is already scheduled for deletion.",
        'Name',
      );
    }
    if (same) {
      throw new AwsError(
        'ResourceExistsException',
        `The operation failed because the secret ${input.Name} already exists.`,
        'Name',
      );
    }
    const secrets = ctx.state.secretsManager.secrets;
    // a secret of that name past its deletion date is gone: drop its record
    for (const old of Object.values(secrets)) if (old.Name === input.Name) ctx.tx.remove(secrets, old.ARN);
    const ARN = newSecretArn(ctx, input.Name);
    let secret: Secret = {
      ARN,
      Name: input.Name,
      CreatedDate: ctx.now,
      LastChangedDate: ctx.now,
      versions: {},
      ...(input.Description !== undefined ? { Description: input.Description } : {}),
      ...(input.KmsKeyId !== undefined ? { KmsKeyId: input.KmsKeyId } : {}),
      ...(input.Tags ? { Tags: input.Tags.map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' })) } : {}),
    };
    let versionId: string | undefined;
    if (input.SecretString !== undefined) {
      const added = withNewVersion(ctx, secret, input.SecretString, input.ClientRequestToken);
      secret = added.secret;
      versionId = added.version.VersionId;
    }
    ctx.tx.set(secrets, ARN, secret);
    return { ARN, Name: input.Name, ...(versionId ? { VersionId: versionId } : {}) };
  },
});
