import { AwsError } from '../../errors';
import { repositoryArn, repositoryUri } from '../../ecr/images';
import { repositoryOutput } from '../../ecr/repositories';
import type { EcrRepository } from '../../model/storage';
import { createRepositorySchema } from '../../schema/ecr';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type CreateRepositoryInput = Infer<typeof createRepositorySchema>;

/** ecr CreateRepository: a private repository in the account's registry (`<acct>.dkr.ecr.<region>.amazonaws.com/<name>`). */
export const CreateRepository = defineOperation({
  schema: createRepositorySchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: CreateRepositoryInput) {
    const { accountId } = ctx.state;
    if (input.registryId !== undefined && input.registryId !== accountId) {
      throw new AwsError(
        'InvalidParameterException',
        `registryId ${input.registryId}: repositories are created in your own registry (${accountId}).`,
        'registryId',
      );
    }
    const mutability = input.imageTagMutability ?? 'MUTABLE';
    if (mutability !== 'MUTABLE' && mutability !== 'IMMUTABLE') {
      throw new AwsError(
        'InvalidParameterException',
        `imageTagMutability ${mutability}: exclusion filters are not simulated; use MUTABLE or IMMUTABLE.`,
        'imageTagMutability',
      );
    }
    const repos = ctx.state.ecr.repositories;
    if (Object.prototype.hasOwnProperty.call(repos, input.repositoryName)) {
      throw new AwsError(
        'RepositoryAlreadyExistsException',
        `The repository with name '${input.repositoryName}' already exists in the registry with id '${accountId}'`,
        'repositoryName',
      );
    }
    const repo: EcrRepository = {
      repositoryName: input.repositoryName,
      repositoryArn: repositoryArn(ctx.state, input.repositoryName),
      registryId: accountId,
      repositoryUri: repositoryUri(ctx.state, input.repositoryName),
      createdAt: ctx.now,
      imageTagMutability: mutability,
      imageScanningConfiguration: { scanOnPush: input.imageScanningConfiguration?.scanOnPush ?? false },
      images: {},
    };
    ctx.tx.set(repos, input.repositoryName, repo);
    return { repository: repositoryOutput(ctx, repo) };
  },
});
