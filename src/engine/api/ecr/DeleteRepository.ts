import { AwsError } from '../../errors';
import { repositoryOutput, requireRepository } from '../../ecr/repositories';
import { deleteRepositorySchema } from '../../schema/ecr';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteRepositoryInput = Infer<typeof deleteRepositorySchema>;

/** ecr DeleteRepository: only an empty repository, unless `force` deletes its images too. */
export const DeleteRepository = defineOperation({
  schema: deleteRepositorySchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: DeleteRepositoryInput) {
    const repo = requireRepository(ctx, input.repositoryName, input.registryId);
    if (!input.force && Object.keys(repo.images).length > 0) {
      throw new AwsError(
        'RepositoryNotEmptyException',
        `The repository with name '${repo.repositoryName}' in registry with id '${repo.registryId}' cannot be deleted because it still contains images`,
        'repositoryName',
      );
    }
    ctx.tx.remove(ctx.state.ecr.repositories, repo.repositoryName);
    return { repository: repositoryOutput(ctx, repo) };
  },
});
