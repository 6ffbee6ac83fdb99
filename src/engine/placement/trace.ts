import type { PlacementTrace } from '../model/trace';
import { explain } from './explain';
import { needsOf } from './needs';
import { bindStrategies, filtersFor } from './pipeline';
import { replayView } from './view';

/**
 * The full trace for a stored one: a full trace is returned as is; a compact one (large cluster, see
 * FULL_TRACE_LIMIT in pipeline.ts) is expanded by re-running the explanation on the view its task saw. Pure.
 */
export function expandTrace(trace: PlacementTrace): PlacementTrace {
  const { replay, ...header } = trace;
  if (!replay) return trace;
  const need = needsOf(trace.requirement, trace.group, trace.constraints);
  const view = replayView(replay, trace.index);
  const chosen = trace.chosen ? view.records.findIndex((r) => r.containerInstanceArn === trace.chosen) : -1;
  const rankers = bindStrategies(trace.strategies, need, view);
  return {
    ...header,
    ...explain(need, view, filtersFor(need), trace.strategies, rankers, chosen < 0 ? undefined : chosen),
  };
}
