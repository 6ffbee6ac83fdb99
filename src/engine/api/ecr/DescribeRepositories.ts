import { repositoryOutput, requireRepository } from '../../ecr/repositories';
import { paginate } from '../../schema/pagination';
import { describeRepositoriesSchema } from '../../schema/ecr';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DescribeRepositoriesInput = Infer<typeof describeRepositoriesSchema>;

/** ecr DescribeRepositories: the named repositories (any missing one fails the request), or all of them. */
export const DescribeRepositories = defineOperation({
  schema: describeRepositoriesSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: DescribeRepositoriesInput) {
    const repos = input.repositoryNames
      ? input.repositoryNames.map((n) => requireRepository(ctx, n, input.registryId))
      : Object.values(ctx.state.ecr.repositories).sort((a, b) =>
          a.repositoryName < b.repositoryName ? -1 : 1,
        );
    const { page, nextToken } = paginate(repos, input.maxResults, input.nextToken, 1000);
    return {
      repositories: page.map((r) => repositoryOutput(ctx, r)),
      ...(nextToken ? { nextToken } : {}),
    };
  },
});
