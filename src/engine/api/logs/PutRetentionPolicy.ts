import { invalidParameter } from '../../errors';
import { putRetentionPolicySchema, RETENTION_DAYS } from '../../schema/logs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { namedGroup } from './target';

export type PutRetentionPolicyInput = Infer<typeof putRetentionPolicySchema>;

/**
 * logs PutRetentionPolicy: events older than `retentionInDays` are let go (from the stream's next write on, in
 * the sandbox; CloudWatch Logs deletes them within a few days).
 */
export const PutRetentionPolicy = defineOperation<PutRetentionPolicyInput, Record<string, never>>({
  schema: putRetentionPolicySchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    if (!RETENTION_DAYS.includes(input.retentionInDays))
      throw invalidParameter(
        `1 validation error detected: Value '${input.retentionInDays}' at 'retentionInDays' failed to satisfy ` +
          `constraint: Member must satisfy enum value set: [${RETENTION_DAYS.join(', ')}]`,
        'retentionInDays',
      );
    const group = namedGroup(ctx.state, input.logGroupName);
    ctx.tx.set(ctx.state.logs.groups, group.logGroupName, {
      ...group,
      retentionInDays: input.retentionInDays,
    });
    return {};
  },
});
