import { paginate } from '../../schema/pagination';
import { familiesWith } from '../../taskDefinitions/listing';
import { listTaskDefinitionFamiliesSchema } from '../../schema/taskDefinitionQueries';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ListTaskDefinitionFamiliesInput = Infer<typeof listTaskDefinitionFamiliesSchema>;

export interface ListTaskDefinitionFamiliesOutput {
  readonly families: ReadonlyArray<string>;
  readonly nextToken?: string;
}

/** Lists family names (sorted) that start with a prefix, filtered by whether they still have an ACTIVE revision. */
export const ListTaskDefinitionFamilies = defineOperation<
  ListTaskDefinitionFamiliesInput,
  ListTaskDefinitionFamiliesOutput
>({
  schema: listTaskDefinitionFamiliesSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const all = familiesWith(ctx.state, input.familyPrefix ?? '', input.status ?? 'ALL');
    const { page, nextToken } = paginate(all, input.maxResults, input.nextToken);
    return nextToken === undefined ? { families: page } : { families: page, nextToken };
  },
});
