import { AwsError } from '../../errors';
import { getSecretValueSchema } from '../../schema/secretsManager';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { requireSecret } from '../../secretsManager/store';
import { secretVersion, stageNotFound, versionIdNotFound } from '../../secretsManager/valueFrom';
import { defineOperation } from '../operation';

export type GetSecretValueInput = Infer<typeof getSecretValueSchema>;

/** secretsmanager GetSecretValue: the value of one version (AWSCURRENT unless VersionId or VersionStage picks another). */
export const GetSecretValue = defineOperation({
  schema: getSecretValueSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: GetSecretValueInput) {
    const secret = requireSecret(ctx, input.SecretId);
    const version = secretVersion(secret, {
      ...(input.VersionId !== undefined ? { versionId: input.VersionId } : {}),
      ...(input.VersionStage !== undefined ? { versionStage: input.VersionStage } : {}),
    });
    if (!version) {
      throw new AwsError(
        'ResourceNotFoundException',
        input.VersionId !== undefined
          ? versionIdNotFound(input.VersionId)
          : stageNotFound(input.VersionStage ?? 'AWSCURRENT'),
        input.VersionId !== undefined ? 'VersionId' : 'VersionStage',
      );
    }
    return {
      ARN: secret.ARN,
      Name: secret.Name,
      VersionId: version.VersionId,
      ...(version.SecretString !== undefined ? { SecretString: version.SecretString } : {}),
      VersionStages: version.VersionStages,
      CreatedDate: ctx.iso(version.CreatedDate),
    };
  },
});
