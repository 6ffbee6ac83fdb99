import { paginate } from '../../schema/pagination';
import { revisionsWith } from '../../taskDefinitions/listing';
import type { TaskDefinitionArn } from '../../model/ids';
import { listTaskDefinitionsSchema } from '../../schema/taskDefinitionQueries';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ListTaskDefinitionsInput = Infer<typeof listTaskDefinitionsSchema>;

export interface ListTaskDefinitionsOutput {
  readonly taskDefinitionArns: ReadonlyArray<TaskDefinitionArn>;
  readonly nextToken?: string;
}

/** Lists revision ARNs of one status (default ACTIVE), by family then revision, a page at a time. */
export const ListTaskDefinitions = defineOperation<ListTaskDefinitionsInput, ListTaskDefinitionsOutput>({
  schema: listTaskDefinitionsSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const all = revisionsWith(ctx.state, input.status ?? 'ACTIVE', input.familyPrefix, input.sort ?? 'ASC');
    const { page, nextToken } = paginate(all, input.maxResults, input.nextToken);
    const taskDefinitionArns = page.map((td) => td.taskDefinitionArn);
    return nextToken === undefined ? { taskDefinitionArns } : { taskDefinitionArns, nextToken };
  },
});
