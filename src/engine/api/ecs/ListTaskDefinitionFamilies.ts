import { describe } from '../../schema/jsonSchema';
import { familiesWith, pageOf, type FamilyStatus } from '../../taskDefinitions/listing';
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
        ...describe('Only families whose name starts with this text.'),
      },
      status: {
        type: 'string',
        enum: ['ACTIVE', 'INACTIVE', 'ALL'],
        ...describe(
          'ACTIVE: families with at least one ACTIVE revision. INACTIVE: families with none. ALL (default): both.',
        ),
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
    const all = familiesWith(ctx.state, input.familyPrefix ?? '', input.status ?? 'ALL');
    const page = pageOf(all, input.nextToken, input.maxResults ?? 100);
    return page.nextToken === undefined
      ? { families: page.items }
      : { families: page.items, nextToken: page.nextToken };
  },
});
