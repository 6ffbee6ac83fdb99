import { paginationMembers } from '../../schema/clusters';
import { describe } from '../../schema/jsonSchema';
import { paginate } from '../../schema/pagination';
import { revisionsWith } from '../../taskDefinitions/listing';
import type { TaskDefinitionArn } from '../../model/ids';
import type { TaskDefinitionStatus } from '../../model/taskDefinition';
import { defineOperation } from '../operation';

export interface ListTaskDefinitionsInput {
  readonly familyPrefix?: string;
  readonly status?: TaskDefinitionStatus;
  readonly sort?: 'ASC' | 'DESC';
  readonly nextToken?: string;
  readonly maxResults?: number;
}

export interface ListTaskDefinitionsOutput {
  readonly taskDefinitionArns: ReadonlyArray<TaskDefinitionArn>;
  readonly nextToken?: string;
}

/** Lists revision ARNs of one status (default ACTIVE), by family then revision, a page at a time. */
export const ListTaskDefinitions = defineOperation<ListTaskDefinitionsInput, ListTaskDefinitionsOutput>({
  schema: {
    type: 'object',
    properties: {
      familyPrefix: {
        type: 'string',
        maxLength: 255,
        ...describe('A full family name: only that family’s revisions are listed.'),
      },
      status: {
        type: 'string',
        enum: ['ACTIVE', 'INACTIVE', 'DELETE_IN_PROGRESS'],
        ...describe('Which revisions to list. Default ACTIVE.'),
      },
      sort: {
        type: 'string',
        enum: ['ASC', 'DESC'],
        ...describe('ASC (default): by family name, then oldest revision first. DESC: the reverse.'),
      },
      ...paginationMembers,
    },
    additionalProperties: false,
  },
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const all = revisionsWith(ctx.state, input.status ?? 'ACTIVE', input.familyPrefix, input.sort ?? 'ASC');
    const { page, nextToken } = paginate(all, input.maxResults, input.nextToken);
    const taskDefinitionArns = page.map((td) => td.taskDefinitionArn);
    return nextToken === undefined ? { taskDefinitionArns } : { taskDefinitionArns, nextToken };
  },
});
