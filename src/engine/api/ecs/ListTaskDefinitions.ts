import { describe } from '../../schema/jsonSchema';
import { pageOf, revisionsWith } from '../../taskDefinitions/listing';
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
      nextToken: { type: 'string', maxLength: 1024, ...describe('The nextToken of the previous page.') },
      maxResults: {
        type: 'integer',
        minimum: 1,
        maximum: 100,
        ...describe('Page size, 1–100. Default 100.'),
      },
    },
    additionalProperties: false,
  },
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const all = revisionsWith(ctx.state, input.status ?? 'ACTIVE', input.familyPrefix, input.sort ?? 'ASC');
    const page = pageOf(all, input.nextToken, input.maxResults ?? 100);
    const taskDefinitionArns = page.items.map((td) => td.taskDefinitionArn);
    return page.nextToken === undefined
      ? { taskDefinitionArns }
      : { taskDefinitionArns, nextToken: page.nextToken };
  },
});
