import { paginationMembers } from '../../schema/clusters';
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
      },
      status: {
        type: 'string',
        enum: ['ACTIVE', 'INACTIVE', 'DELETE_IN_PROGRESS'],
      },
      sort: {
        type: 'string',
        enum: ['ASC', 'DESC'],
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
