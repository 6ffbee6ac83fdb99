import type { ContainerInstance } from '../model/ecs';
import type { CandidateView, TaskNeeds } from './types';

/** Each instance's verdict, with the record it was worked out for. */
interface KeptVerdicts {
  readonly records: Array<ContainerInstance | undefined>;
  readonly verdict: Int16Array;
}

/**
 * Verdicts kept with a kept view (view.ts), per requirement. A verdict reads only the task's needs and the view's
 * entries for its instance, which are all functions of the instance's record, so it stays right while the record
 * does and is worked out again when the record was replaced.
 */
const keptByView = new WeakMap<CandidateView, Map<string, KeptVerdicts>>();

/** How many requirements a view keeps verdicts for; past that it starts over. */
const MAX_REQUIREMENTS = 8;

/** What the verdicts depend on besides the view: everything in the needs but the group and memberOf. */
const requirementKey = (need: TaskNeeds) =>
  JSON.stringify([
    need.cpu,
    need.memory,
    need.ports,
    need.portsUdp,
    need.eni,
    need.attributes,
    need.subnetAzs ?? null,
    need.distinctInstance,
  ]);

/**
 * Each candidate's verdict (`firstFailing(i)`: the position of the first filter it fails, or -1), reusing the
 * ones worked out for the same records before. The caller may change the entry of an instance whose record it
 * replaces; the record check then has it worked out again next time.
 */
export function verdictsOf(
  view: CandidateView,
  need: TaskNeeds,
  firstFailing: (i: number) => number,
): Int16Array {
  const n = view.records.length;
  let byRequirement = keptByView.get(view);
  if (!byRequirement) keptByView.set(view, (byRequirement = new Map()));
  const key = requirementKey(need);
  let kept = byRequirement.get(key);
  if (!kept || kept.verdict.length !== n) {
    if (byRequirement.size >= MAX_REQUIREMENTS) byRequirement.clear();
    kept = { records: new Array<undefined>(n).fill(undefined), verdict: new Int16Array(n) };
    byRequirement.set(key, kept);
  }
  const { records, verdict } = kept;
  for (let i = 0; i < n; i++) {
    const record = view.records[i]!;
    if (records[i] === record) continue;
    records[i] = record;
    verdict[i] = firstFailing(i);
  }
  return verdict;
}
