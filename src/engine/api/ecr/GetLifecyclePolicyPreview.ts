import { AwsError } from '../../errors';
import { PREVIEW_SECONDS } from '../../ecr/lifecycle';
import { requireRepository } from '../../ecr/repositories';
import { paginate } from '../../schema/pagination';
import { getLifecyclePolicyPreviewSchema } from '../../schema/ecr';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type GetLifecyclePolicyPreviewInput = Infer<typeof getLifecyclePolicyPreviewSchema>;

export interface LifecyclePolicyPreviewResult {
  readonly imageTags?: ReadonlyArray<string>;
  readonly imageDigest: string;
  readonly imagePushedAt: string;
  readonly action: { readonly type: 'EXPIRE' };
  readonly appliedRulePriority: number;
}

export interface GetLifecyclePolicyPreviewOutput {
  readonly registryId: string;
  readonly repositoryName: string;
  readonly lifecyclePolicyText: string;
  readonly status: 'IN_PROGRESS' | 'COMPLETE';
  readonly previewResults: ReadonlyArray<LifecyclePolicyPreviewResult>;
  readonly nextToken?: string;
  /** once COMPLETE */
  readonly summary?: { readonly expiringImageTotalCount: number };
}

/**
 * ecr GetLifecyclePolicyPreview: the newest preview's status and, once COMPLETE, the images it would expire
 * (oldest push first, each with the priority of the rule that selects it) and their count. `imageIds` and
 * `filter.tagStatus` narrow the list; the summary counts all of them.
 */
export const GetLifecyclePolicyPreview = defineOperation<
  GetLifecyclePolicyPreviewInput,
  GetLifecyclePolicyPreviewOutput
>({
  schema: getLifecyclePolicyPreviewSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input): GetLifecyclePolicyPreviewOutput {
    const repo = requireRepository(ctx, input.repositoryName, input.registryId);
    const preview = repo.lifecyclePolicyPreview;
    if (!preview) {
      throw new AwsError(
        'LifecyclePolicyPreviewNotFoundException',
        `There is no lifecycle policy preview for the repository with name '${repo.repositoryName}' in the registry with id '${repo.registryId}'`,
        'repositoryName',
      );
    }
    if (input.imageIds && (input.nextToken !== undefined || input.maxResults !== undefined)) {
      throw new AwsError(
        'InvalidParameterException',
        'imageIds cannot be combined with nextToken or maxResults.',
        'imageIds',
      );
    }
    const head = {
      registryId: repo.registryId,
      repositoryName: repo.repositoryName,
      lifecyclePolicyText: preview.lifecyclePolicyText,
    };
    if (ctx.now < preview.startedAt + PREVIEW_SECONDS) {
      return { ...head, status: 'IN_PROGRESS', previewResults: [] };
    }
    const status = input.filter?.tagStatus ?? 'ANY';
    const wanted = preview.results.filter(
      (r) =>
        (status === 'ANY' || (status === 'TAGGED') === r.imageTags.length > 0) &&
        (!input.imageIds ||
          input.imageIds.some(
            (id) =>
              (id.imageDigest === undefined || id.imageDigest === r.imageDigest) &&
              (id.imageTag === undefined || r.imageTags.includes(id.imageTag)) &&
              (id.imageDigest !== undefined || id.imageTag !== undefined),
          )),
    );
    const { page, nextToken } = paginate(wanted, input.maxResults, input.nextToken, 100);
    return {
      ...head,
      status: 'COMPLETE',
      previewResults: page.map((r) => ({
        ...(r.imageTags.length ? { imageTags: r.imageTags } : {}),
        imageDigest: r.imageDigest,
        imagePushedAt: ctx.iso(r.imagePushedAt),
        action: { type: 'EXPIRE' },
        appliedRulePriority: r.appliedRulePriority,
      })),
      ...(nextToken ? { nextToken } : {}),
      summary: { expiringImageTotalCount: preview.results.length },
    };
  },
});
