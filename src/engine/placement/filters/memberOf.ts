import type { CandidateView, FilterPlugin } from '../types';

export const MEMBER_OF = 'MemberOf placement constraint unsatisfied.';

/** Index of the first expression the instance does not satisfy, or -1. Verdicts are computed by the pipeline. */
function firstUnmet(view: CandidateView, i: number): number {
  for (let k = 0; k < view.memberOf.length; k++) if (view.memberOf[k]![i] !== true) return k;
  return -1;
}

/** memberOf: every cluster-query expression (task definition's and request's) must select the instance. */
export const memberOfFilter = {
  name: 'memberOf',
  appliesTo: (need) => need.memberOf.length > 0,
  passes: (_need, view, i) => firstUnmet(view, i) < 0,
  reasonFor: () => MEMBER_OF,
  check(need, view, i) {
    const k = firstUnmet(view, i);
    const expression = k < 0 ? need.memberOf.join(' AND ') : need.memberOf[k]!;
    return {
      check: 'memberOf',
      required: `a match for ${expression}`,
      available: k < 0 ? 'matches' : 'does not match',
      passed: k < 0,
      expression,
      ...(k < 0 ? {} : { reason: MEMBER_OF }),
    };
  },
} satisfies FilterPlugin;
