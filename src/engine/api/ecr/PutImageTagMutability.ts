import { requireRepository } from '../../ecr/repositories';
import { AwsError } from '../../errors';
import { putImageTagMutabilitySchema } from '../../schema/ecrSettings';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type PutImageTagMutabilityInput = Infer<typeof putImageTagMutabilitySchema>;

export interface PutImageTagMutabilityOutput {
  readonly registryId: string;
  readonly repositoryName: string;
  readonly imageTagMutability: 'MUTABLE' | 'IMMUTABLE';
}

/**
 * ecr PutImageTagMutability: IMMUTABLE keeps every tag on the image it was first pushed with (a push of the same
 * tag with other content is refused with ImageTagAlreadyExistsException, see sim PushImage); MUTABLE lets a push
 * move it. Tags already in the repository stay where they are.
 */
export const PutImageTagMutability = defineOperation<PutImageTagMutabilityInput, PutImageTagMutabilityOutput>(
  {
    schema: putImageTagMutabilitySchema,
    schemaError: 'InvalidParameterException',
    handle(ctx, input) {
      const repo = requireRepository(ctx, input.repositoryName, input.registryId);
      const mutability = input.imageTagMutability;
      if (mutability !== 'MUTABLE' && mutability !== 'IMMUTABLE')
        throw new AwsError(
          'InvalidParameterException',
          `imageTagMutability ${mutability}: exclusion filters are not simulated; use MUTABLE or IMMUTABLE.`,
          'imageTagMutability',
        );
      ctx.tx.set(ctx.state.ecr.repositories, repo.repositoryName, {
        ...repo,
        imageTagMutability: mutability,
      });
      return {
        registryId: repo.registryId,
        repositoryName: repo.repositoryName,
        imageTagMutability: mutability,
      };
    },
  },
);
