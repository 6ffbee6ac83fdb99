import { invalidParameter } from '../../errors';
import { logGroupOutput, type LogGroupOutput } from '../../logs/output';
import { paginate } from '../../schema/pagination';
import { describeLogGroupsSchema } from '../../schema/logs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { groupNameOf } from './target';

export type DescribeLogGroupsInput = Infer<typeof describeLogGroupsSchema>;

export interface DescribeLogGroupsOutput {
  readonly logGroups: LogGroupOutput[];
  readonly nextToken?: string;
}

/**
 * logs DescribeLogGroups: the groups in name order (ASCII), by prefix, by a part of the name
 * (`logGroupNamePattern`, case-insensitive) or by name/ARN (`logGroupIdentifiers`); 50 a page at most.
 */
export const DescribeLogGroups = defineOperation<DescribeLogGroupsInput, DescribeLogGroupsOutput>({
  schema: describeLogGroupsSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const given = [input.logGroupNamePrefix, input.logGroupNamePattern, input.logGroupIdentifiers].filter(
      (x) => x !== undefined,
    );
    if (given.length > 1)
      throw invalidParameter(
        'logGroupNamePrefix, logGroupNamePattern and logGroupIdentifiers are mutually exclusive: give one of them.',
        'logGroupNamePattern',
      );
    const pattern = input.logGroupNamePattern?.toLowerCase();
    const names = input.logGroupIdentifiers ? new Set(input.logGroupIdentifiers.map(groupNameOf)) : undefined;
    const groups = Object.values(ctx.state.logs.groups)
      .filter(
        (g) =>
          (!input.logGroupNamePrefix || g.logGroupName.startsWith(input.logGroupNamePrefix)) &&
          (!pattern || g.logGroupName.toLowerCase().includes(pattern)) &&
          (!names || names.has(g.logGroupName)) &&
          (!input.logGroupClass || input.logGroupClass === 'STANDARD'),
      )
      .sort((a, b) => (a.logGroupName < b.logGroupName ? -1 : 1));
    const { page, nextToken } = paginate(groups, input.limit, input.nextToken, 50);
    return { logGroups: page.map(logGroupOutput), ...(nextToken ? { nextToken } : {}) };
  },
});
