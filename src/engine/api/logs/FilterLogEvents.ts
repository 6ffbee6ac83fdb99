import { invalidParameter } from '../../errors';
import { matchesFilter, parseFilterPattern } from '../../logs/filterPattern';
import { readableEvents } from '../../logs/streams';
import { paginate } from '../../schema/pagination';
import { filterLogEventsSchema } from '../../schema/logs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { targetGroup } from './target';

export type FilterLogEventsInput = Infer<typeof filterLogEventsSchema>;

export interface FilteredLogEvent {
  readonly logStreamName: string;
  readonly timestamp: number;
  readonly message: string;
  readonly ingestionTime: number;
  readonly eventId: string;
}

export interface FilterLogEventsOutput {
  readonly events: FilteredLogEvent[];
  readonly searchedLogStreams: never[];
  readonly nextToken?: string;
}

/**
 * logs FilterLogEvents: the events of a group's streams (all, those named, or those with a prefix) between
 * startTime and endTime that match `filterPattern`, oldest first, across streams.
 */
export const FilterLogEvents = defineOperation<FilterLogEventsInput, FilterLogEventsOutput>({
  schema: filterLogEventsSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    if (input.logStreamNames !== undefined && input.logStreamNamePrefix !== undefined)
      throw invalidParameter(
        'logStreamNames and logStreamNamePrefix are mutually exclusive: give one of them.',
        'logStreamNamePrefix',
      );
    const group = targetGroup(ctx.state, input);
    const pattern = parseFilterPattern(input.filterPattern);
    const names = input.logStreamNames ? new Set(input.logStreamNames) : undefined;
    const streams = Object.values(group.streams)
      .filter(
        (s) =>
          (!names || names.has(s.logStreamName)) &&
          (!input.logStreamNamePrefix || s.logStreamName.startsWith(input.logStreamNamePrefix)),
      )
      .sort((a, b) => (a.logStreamName < b.logStreamName ? -1 : 1));
    const found: FilteredLogEvent[] = [];
    streams.forEach((stream, streamIndex) => {
      for (const { position, event } of readableEvents(ctx.state, group, stream)) {
        if (input.startTime !== undefined && event.timestamp < input.startTime) continue;
        if (input.endTime !== undefined && event.timestamp > input.endTime) continue;
        if (!matchesFilter(pattern, event.message)) continue;
        found.push({
          logStreamName: stream.logStreamName,
          timestamp: event.timestamp,
          message: event.message,
          ingestionTime: event.ingestionTime,
          eventId: `${String(event.timestamp).padStart(20, '0')}${String(streamIndex).padStart(6, '0')}${String(position).padStart(30, '0')}`,
        });
      }
    });
    // oldest first; within one instant, stream then position (the eventId's order)
    found.sort((a, b) => a.timestamp - b.timestamp || (a.eventId < b.eventId ? -1 : 1));
    const { page, nextToken } = paginate(found, input.limit, input.nextToken, 10_000);
    return { events: page, searchedLogStreams: [], ...(nextToken ? { nextToken } : {}) };
  },
});
