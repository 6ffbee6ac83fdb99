import { paginationMembers } from '../../schema/clusters';
import { paginate } from '../../schema/pagination';
import { familiesWith, type FamilyStatus } from '../../taskDefinitions/listing';
import { defineOperation } from '../operation';

export interface ListTaskDefinitionFamiliesInput {
  readonly familyPrefix?: string;
  readonly status?: FamilyStatus;
  readonly nextToken?: string;
  readonly maxResults?: number;
}

export interface ListTaskDefinitionFamiliesOutput {
  readonly families: ReadonlyArray<string>;
  readonly nextToken?: string;
}

/** Lists family names (sorted) that start with a prefix, filtered by whether they still have an ACTIVE revision. */
export const ListTaskDefinitionFamilies = defineOperation<
  ListTaskDefinitionFamiliesInput,
  ListTaskDefinitionFamiliesOutput
>({
  schema: {
    type: 'object',
    properties: {
      familyPrefix: {
        type: 'string',
        maxLength: 255,
      },
      status: {
        type: 'string',
        enum: ['ACTIVE', 'INACTIVE', 'ALL'],
      },
      ...paginationMembers,
    },
    additionalProperties: false,
  },
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const all = familiesWith(ctx.state, input.familyPrefix ?? '', input.status ?? 'ALL');
    const { page, nextToken } = paginate(all, input.maxResults, input.nextToken);
    return nextToken === undefined ? { families: page } : { families: page, nextToken };
  },
});
