import { AwsError } from '../../errors';
import { lifecycleVerdicts, PREVIEW_SECONDS } from '../../ecr/lifecycle';
import { requireRepository } from '../../ecr/repositories';
import { startLifecyclePolicyPreviewSchema } from '../../schema/ecr';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { checkLifecyclePolicy } from './PutLifecyclePolicy';

export type StartLifecyclePolicyPreviewInput = Infer<typeof startLifecyclePolicyPreviewSchema>;

/**
 * ecr StartLifecyclePolicyPreview: a dry run of a lifecycle policy (the one given, else the repository's own)
 * against the images as they are now. Nothing is expired and the repository's policy is left alone; read the
 * result with GetLifecyclePolicyPreview. Sandbox model: the preview is IN_PROGRESS for PREVIEW_SECONDS, then
 * COMPLETE; a new preview can start once the previous one is done.
 */
export const StartLifecyclePolicyPreview = defineOperation({
  schema: startLifecyclePolicyPreviewSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: StartLifecyclePolicyPreviewInput) {
    const repo = requireRepository(ctx, input.repositoryName, input.registryId);
    const text = input.lifecyclePolicyText ?? repo.lifecyclePolicyText;
    if (text === undefined) {
      throw new AwsError(
        'LifecyclePolicyNotFoundException',
        `Lifecycle policy does not exist for the repository with name '${repo.repositoryName}' in the registry with id '${repo.registryId}'`,
        'lifecyclePolicyText',
      );
    }
    checkLifecyclePolicy(text);
    const previous = repo.lifecyclePolicyPreview;
    if (previous && ctx.now < previous.startedAt + PREVIEW_SECONDS) {
      throw new AwsError(
        'LifecyclePolicyPreviewInProgressException',
        `The previous lifecycle policy preview request for the repository with name '${repo.repositoryName}' has not completed. Please try again later.`,
        'repositoryName',
      );
    }
    const verdicts = lifecycleVerdicts(text, Object.values(repo.images), ctx.now);
    const results = Object.values(repo.images)
      .filter((i) => verdicts.has(i.imageDigest))
      .sort((a, b) => a.imagePushedAt - b.imagePushedAt || (a.imageDigest < b.imageDigest ? -1 : 1))
      .map((i) => ({
        imageDigest: i.imageDigest,
        imageTags: i.imageTags,
        imagePushedAt: i.imagePushedAt,
        appliedRulePriority: verdicts.get(i.imageDigest)!,
      }));
    ctx.tx.set(ctx.state.ecr.repositories, repo.repositoryName, {
      ...repo,
      lifecyclePolicyPreview: { lifecyclePolicyText: text, startedAt: ctx.now, results },
    });
    return {
      registryId: repo.registryId,
      repositoryName: repo.repositoryName,
      lifecyclePolicyText: text,
      status: 'IN_PROGRESS' as const,
    };
  },
});
