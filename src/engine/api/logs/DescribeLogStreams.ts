import { invalidParameter } from '../../errors';
import { logStreamOutput, type LogStreamOutput } from '../../logs/output';
import type { LogStream } from '../../model/logs';
import { paginate } from '../../schema/pagination';
import { describeLogStreamsSchema } from '../../schema/logs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { targetGroup } from './target';

export type DescribeLogStreamsInput = Infer<typeof describeLogStreamsSchema>;

export interface DescribeLogStreamsOutput {
  readonly logStreams: LogStreamOutput[];
  readonly nextToken?: string;
}

const byName = (a: LogStream, b: LogStream) => (a.logStreamName < b.logStreamName ? -1 : 1);
const lastEvent = (s: LogStream) => s.lastEventTimestamp ?? 0;

/**
 * logs DescribeLogStreams: a group's streams in name order, or by the time of their last event
 * (`orderBy: LastEventTime`, which cannot be combined with a prefix); `descending` reverses; 50 a page at most.
 */
export const DescribeLogStreams = defineOperation<DescribeLogStreamsInput, DescribeLogStreamsOutput>({
  schema: describeLogStreamsSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const group = targetGroup(ctx.state, input);
    const order = input.orderBy ?? 'LogStreamName';
    if (order === 'LastEventTime' && input.logStreamNamePrefix !== undefined)
      throw invalidParameter('Cannot order by LastEventTime with a logStreamNamePrefix.', 'orderBy');
    const streams = Object.values(group.streams)
      .filter((s) => !input.logStreamNamePrefix || s.logStreamName.startsWith(input.logStreamNamePrefix))
      .sort(order === 'LogStreamName' ? byName : (a, b) => lastEvent(a) - lastEvent(b) || byName(a, b));
    if (input.descending) streams.reverse();
    const { page, nextToken } = paginate(streams, input.limit, input.nextToken, 50);
    return {
      logStreams: page.map((s) => logStreamOutput(ctx.state, group, s)),
      ...(nextToken ? { nextToken } : {}),
    };
  },
});
