import { invalidParameter } from '../../errors';
import { readableEvents } from '../../logs/streams';
import { getLogEventsSchema } from '../../schema/logs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { namedStream, targetGroup } from './target';

export type GetLogEventsInput = Infer<typeof getLogEventsSchema>;

export interface GetLogEventsOutput {
  readonly events: Array<{ timestamp: number; message: string; ingestionTime: number }>;
  readonly nextForwardToken: string;
  readonly nextBackwardToken: string;
}

/** Tokens as CloudWatch Logs shapes them: `f/` or `b/` and a long run of digits (here: the stream position). */
const token = (dir: 'f' | 'b', position: number) => `${dir}/${String(position).padStart(56, '0')}`;

function parseToken(text: string): { dir: 'f' | 'b'; position: number } {
  const m = /^([fb])\/(\d{1,56})$/.exec(text);
  if (!m) throw invalidParameter('The specified nextToken is invalid.', 'nextToken');
  return { dir: m[1] as 'f' | 'b', position: Number(m[2]) };
}

/**
 * logs GetLogEvents: one stream's events between startTime (inclusive) and endTime (exclusive). Without a
 * token it returns the newest `limit` events, or the oldest with `startFromHead`. `nextForwardToken` reads on
 * (at the end it comes back unchanged with no events: the way to follow a stream), `nextBackwardToken` reads
 * back.
 */
export const GetLogEvents = defineOperation<GetLogEventsInput, GetLogEventsOutput>({
  schema: getLogEventsSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const group = targetGroup(ctx.state, input);
    const stream = namedStream(group, input.logStreamName);
    const limit = input.limit ?? 10_000;
    const all = readableEvents(ctx.state, group, stream).filter(
      ({ event }) =>
        (input.startTime === undefined || event.timestamp >= input.startTime) &&
        (input.endTime === undefined || event.timestamp < input.endTime),
    );
    const at = input.nextToken
      ? parseToken(input.nextToken)
      : input.startFromHead
        ? { dir: 'f' as const, position: 0 }
        : { dir: 'b' as const, position: Number.MAX_SAFE_INTEGER };
    let page: typeof all;
    if (at.dir === 'f') page = all.filter((e) => e.position >= at.position).slice(0, limit);
    else {
      const before = all.filter((e) => e.position < at.position);
      page = before.slice(Math.max(0, before.length - limit));
    }
    const endPosition = (all[all.length - 1]?.position ?? stream.dropped - 1) + 1;
    const first = page[0]?.position ?? (at.dir === 'f' ? at.position : Math.min(at.position, endPosition));
    const after = page.length ? page[page.length - 1]!.position + 1 : first;
    return {
      events: page.map(({ event }) => ({ ...event })),
      nextForwardToken: token('f', after),
      nextBackwardToken: token('b', first),
    };
  },
});
