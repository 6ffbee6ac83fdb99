import { AwsError } from '../../errors';
import { requireRepository } from '../../ecr/repositories';
import { deleteLifecyclePolicySchema } from '../../schema/ecr';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteLifecyclePolicyInput = Infer<typeof deleteLifecyclePolicySchema>;

/** ecr DeleteLifecyclePolicy: removes the repository's lifecycle policy; its scheduled runs are dropped. */
export const DeleteLifecyclePolicy = defineOperation({
  schema: deleteLifecyclePolicySchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: DeleteLifecyclePolicyInput) {
    const repo = requireRepository(ctx, input.repositoryName, input.registryId);
    const text = repo.lifecyclePolicyText;
    if (text === undefined) {
      throw new AwsError(
        'LifecyclePolicyNotFoundException',
        `Lifecycle policy does not exist for the repository with name '${repo.repositoryName}' in the registry with id '${repo.registryId}'`,
        'repositoryName',
      );
    }
    // the version moves on, so the pending `ecr.lifecycle` timer finds itself stale
    const { lifecyclePolicyText: _dropped, ...rest } = repo;
    ctx.tx.set(ctx.state.ecr.repositories, repo.repositoryName, {
      ...rest,
      lifecyclePolicyVersion: (repo.lifecyclePolicyVersion ?? 0) + 1,
    });
    return {
      registryId: repo.registryId,
      repositoryName: repo.repositoryName,
      lifecyclePolicyText: text,
      ...(repo.lifecycleLastEvaluatedAt !== undefined
        ? { lastEvaluatedAt: ctx.iso(repo.lifecycleLastEvaluatedAt) }
        : {}),
    };
  },
});
