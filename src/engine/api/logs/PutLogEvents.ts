import { invalidParameter } from '../../errors';
import { appendLogEvents } from '../../logs/streams';
import { putLogEventsSchema } from '../../schema/logs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { namedGroup, namedStream } from './target';

export type PutLogEventsInput = Infer<typeof putLogEventsSchema>;

export interface PutLogEventsOutput {
  readonly rejectedLogEventsInfo?: {
    readonly tooNewLogEventStartIndex?: number;
    readonly tooOldLogEventEndIndex?: number;
    readonly expiredLogEventEndIndex?: number;
  };
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * logs PutLogEvents: writes a batch to an existing stream (what the awslogs driver does for a container). The
 * batch must be in time order; events more than 2 hours ahead of the clock, older than 14 days or older than
 * the group's retention are set aside and reported, as CloudWatch Logs does.
 */
export const PutLogEvents = defineOperation<PutLogEventsInput, PutLogEventsOutput>({
  schema: putLogEventsSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const group = namedGroup(ctx.state, input.logGroupName);
    namedStream(group, input.logStreamName);
    const events = input.logEvents;
    if (events.some((e, i) => i > 0 && e.timestamp < events[i - 1]!.timestamp))
      throw invalidParameter(
        'Log events in a single PutLogEvents request must be in chronological order.',
        'logEvents',
      );
    const nowMs = (ctx.state.startEpoch + ctx.now) * 1000;
    let tooOld = -1;
    let expired = -1;
    let tooNew = events.length;
    events.forEach((e, i) => {
      if (e.timestamp < nowMs - 14 * DAY_MS) tooOld = i;
      if (group.retentionInDays !== undefined && e.timestamp < nowMs - group.retentionInDays * DAY_MS)
        expired = i;
      if (e.timestamp > nowMs + 2 * HOUR_MS && tooNew === events.length) tooNew = i;
    });
    const keptFrom = Math.max(tooOld, expired) + 1;
    const kept = events.slice(keptFrom, tooNew);
    appendLogEvents(
      ctx,
      input.logGroupName,
      input.logStreamName,
      kept.map((e) => ({ at: e.timestamp / 1000 - ctx.state.startEpoch, message: e.message })),
    );
    const info = {
      ...(tooNew < events.length ? { tooNewLogEventStartIndex: tooNew } : {}),
      ...(tooOld >= 0 ? { tooOldLogEventEndIndex: tooOld } : {}),
      ...(expired >= 0 ? { expiredLogEventEndIndex: expired } : {}),
    };
    return Object.keys(info).length ? { rejectedLogEventsInfo: info } : {};
  },
});
