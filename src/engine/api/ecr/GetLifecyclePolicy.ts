import { AwsError } from '../../errors';
import { requireRepository } from '../../ecr/repositories';
import { getLifecyclePolicySchema } from '../../schema/ecr';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type GetLifecyclePolicyInput = Infer<typeof getLifecyclePolicySchema>;

/** ecr GetLifecyclePolicy: the repository's lifecycle policy text, and when it last ran (lastEvaluatedAt). */
export const GetLifecyclePolicy = defineOperation({
  schema: getLifecyclePolicySchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: GetLifecyclePolicyInput) {
    const repo = requireRepository(ctx, input.repositoryName, input.registryId);
    if (repo.lifecyclePolicyText === undefined) {
      throw new AwsError(
        'LifecyclePolicyNotFoundException',
        `Lifecycle policy does not exist for the repository with name '${repo.repositoryName}' in the registry with id '${repo.registryId}'`,
        'repositoryName',
      );
    }
    return {
      registryId: repo.registryId,
      repositoryName: repo.repositoryName,
      lifecyclePolicyText: repo.lifecyclePolicyText,
      ...(repo.lifecycleLastEvaluatedAt !== undefined
        ? { lastEvaluatedAt: ctx.iso(repo.lifecycleLastEvaluatedAt) }
        : {}),
    };
  },
});
