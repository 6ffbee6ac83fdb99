import type { SimEvent } from '../../engine/index';
import { arnName } from '../../lib/arn';

/** One RunTask (or StartTask) request that left tasks unplaced, as the explainer's list shows it. */
export interface FailedAttempt {
  /** the trace of the request's first unplaced task: unique per request, so it keys the list */
  readonly traceId: string;
  readonly at: number;
  /** `family:revision` */
  readonly taskDefinition: string;
  readonly reason: string;
  /** how many of the request's tasks could not be placed */
  readonly unplaced: number;
}

/**
 * The newest `limit` requests that left tasks unplaced, newest first. The engine emits one PlacementFailed per
 * unplaced task, all with the request's trace id, so the events are folded into one entry per trace.
 */
export function recentFailedAttempts(events: ReadonlyArray<SimEvent>, limit = 5): FailedAttempt[] {
  const byTrace = new Map<string, { at: number; taskDefinition: string; reason: string; unplaced: number }>();
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type !== 'PlacementFailed') continue;
    const seen = byTrace.get(e.traceId);
    if (seen) {
      seen.unplaced++;
      continue;
    }
    if (byTrace.size === limit) break;
    byTrace.set(e.traceId, {
      at: e.at,
      taskDefinition: arnName(e.taskDefinitionArn),
      reason: e.reason,
      unplaced: 1,
    });
  }
  return [...byTrace].map(([traceId, a]) => ({ traceId, ...a }));
}
