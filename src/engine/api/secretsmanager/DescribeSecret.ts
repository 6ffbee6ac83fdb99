import { describeSecretSchema } from '../../schema/secretsManager';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { requireSecret, secretMetadata, versionsToStages } from '../../secretsManager/store';
import { defineOperation } from '../operation';

export type DescribeSecretInput = Infer<typeof describeSecretSchema>;

/** secretsmanager DescribeSecret: a secret's details and which version carries which staging label (never the value). */
export const DescribeSecret = defineOperation({
  schema: describeSecretSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: DescribeSecretInput) {
    const secret = requireSecret(ctx, input.SecretId, true);
    return { ...secretMetadata(ctx, secret), VersionIdsToStages: versionsToStages(secret) };
  },
});
