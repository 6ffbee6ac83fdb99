import type { PlacementCheck, PlacementCheckName, PlacementTrace } from '../../engine/index';

/** Column titles for the checks, in the order ECS runs them. */
export const CHECK_TITLES: Readonly<Record<PlacementCheckName, string>> = {
  status: 'Status',
  agent: 'Agent',
  cpu: 'CPU',
  memory: 'Memory',
  gpu: 'GPU',
  ports: 'Ports (tcp)',
  portsUdp: 'Ports (udp)',
  eni: 'ENI',
  attributes: 'Attributes',
  location: 'AZ',
  distinctInstance: 'distinctInstance',
  memberOf: 'memberOf',
};

export interface ExplainCell {
  readonly state: 'pass' | 'fail' | 'skipped';
  readonly text: string;
  readonly title: string;
}

export interface ExplainRow {
  readonly arn: string;
  readonly label: string;
  readonly az: string;
  readonly instanceType: string;
  readonly cells: ReadonlyArray<ExplainCell>;
  readonly verdict: 'chosen' | 'eligible' | 'rejected';
  /** for an eligible instance that was not chosen: where the strategies left it behind, in words */
  readonly ranking?: { readonly text: string; readonly title: string };
  readonly reason?: string;
}

export interface ExplainStep {
  readonly title: string;
  readonly groups: ReadonlyArray<ReadonlyArray<{ readonly label: string; readonly score: string }>>;
}

export interface ExplainModel {
  readonly columns: ReadonlyArray<{ readonly check: PlacementCheckName; readonly title: string }>;
  readonly rows: ReadonlyArray<ExplainRow>;
  readonly steps: ReadonlyArray<ExplainStep>;
  readonly summary: string;
  /** for a request of several tasks: how many were placed, stated so it cannot be misread */
  readonly request?: string;
  readonly ecsMessage?: string;
  readonly counts: { readonly candidates: number; readonly rejected: number; readonly eligible: number };
}

/** The hover text of one check: what the task needs, what the instance has, and the ECS reason if it failed. */
const cellTitle = (k: PlacementCheck) =>
  `Needs ${k.required}. This instance: ${k.available}.${k.reason ? ` ECS reason: ${k.reason}` : ''}`;

const strategyTitle = (s: { type: string; field?: string }) => (s.field ? `${s.type} (${s.field})` : s.type);

/**
 * Where each eligible instance dropped out of the ranking: the strategy step at which it was no longer in the
 * best group, and its group number there (groups hold instances of equal score, best first). Instances still
 * tied after every strategy lost the seeded draw.
 */
function rankings(trace: PlacementTrace): Map<string, { text: string; title: string }> {
  const out = new Map<string, { text: string; title: string }>();
  for (const step of trace.steps) {
    const title = strategyTitle(step.strategy);
    step.groups.forEach((group, g) => {
      if (g === 0) return;
      for (const arn of group) {
        if (step.tieBreak || step.strategy.type === 'random') {
          out.set(arn, {
            text: 'eligible, not picked',
            title:
              'Passed every check and tied with the chosen instance, but a random pick (seeded, so it repeats) ' +
              'chose another one.',
          });
        } else {
          out.set(arn, {
            text: `eligible, ranked #${g + 1} by ${step.strategy.type}`,
            title:
              `Passed every check. ${title} sorts the eligible instances into groups of equal score, best ` +
              `first; this instance was in group #${g + 1}, so the task went to one from group #1.`,
          });
        }
      }
    });
  }
  return out;
}

/** "3 of 5 placed; 2 could not be placed" for a failed request of several tasks; task i of n when placed. */
function requestLine(trace: PlacementTrace): string | undefined {
  if (trace.count <= 1) return undefined;
  if (!trace.failure) return `Task ${trace.index + 1} of ${trace.count} in its request.`;
  const unplaced = trace.count - trace.index;
  return (
    `The request asked for ${trace.count} tasks: ${trace.index} of ${trace.count} placed; ${unplaced} could ` +
    `not be placed. Below is the first task that found no instance` +
    (unplaced > 1 ? '; the others would have met the same cluster.' : '.')
  );
}

/**
 * Turns a PlacementTrace into the explainer's table: every instance × every check, the strategy steps, and a
 * plain summary. Pure: reads only the trace the engine recorded, never re-derives placement.
 */
export function explainModel(trace: PlacementTrace): ExplainModel {
  const used = new Set<PlacementCheckName>();
  for (const c of trace.candidates) for (const check of c.checks) used.add(check.check);
  const columns = (Object.keys(CHECK_TITLES) as PlacementCheckName[])
    .filter((k) => used.has(k))
    .map((check) => ({ check, title: CHECK_TITLES[check] }));

  const label = new Map(trace.candidates.map((c) => [c.containerInstanceArn as string, c.ec2InstanceId]));
  const ranking = rankings(trace);

  const rows: ExplainRow[] = trace.candidates.map((c) => {
    const byCheck = new Map(c.checks.map((k) => [k.check, k]));
    const failed = c.checks.find((k) => !k.passed);
    const cells = columns.map(({ check }): ExplainCell => {
      const k = byCheck.get(check);
      if (!k)
        return {
          state: 'skipped',
          text: '—',
          title: 'Not checked: an earlier check already ruled this instance out.',
        };
      return {
        state: k.passed ? 'pass' : 'fail',
        text: k.available,
        title: cellTitle(k),
      };
    });
    const chosen = trace.chosen === c.containerInstanceArn;
    return {
      arn: c.containerInstanceArn,
      label: c.ec2InstanceId,
      az: c.availabilityZone,
      instanceType: c.instanceType,
      cells,
      verdict: chosen ? 'chosen' : c.passed ? 'eligible' : 'rejected',
      ranking: chosen || !c.passed ? undefined : ranking.get(c.containerInstanceArn),
      reason: failed?.reason,
    };
  });

  const steps: ExplainStep[] = trace.steps.map((step) => ({
    title: strategyTitle(step.strategy),
    groups: step.groups.map((group) =>
      group.map((arn) => ({ label: label.get(arn) ?? arn, score: step.scores[arn] ?? '' })),
    ),
  }));

  const rejected = rows.filter((r) => r.verdict === 'rejected').length;
  const eligible = rows.length - rejected;
  const chosenRow = rows.find((r) => r.verdict === 'chosen');
  const summary = chosenRow
    ? `${eligible} of ${rows.length} instances could take the task; ${
        trace.steps.length ? `after ${steps.map((s) => s.title).join(', then ')}, ` : ''
      }it went to ${chosenRow.label} (${chosenRow.instanceType}, ${chosenRow.az}).`
    : (trace.failure?.message ?? 'No container instance could take this task.');
  return {
    columns,
    rows,
    steps,
    summary,
    request: requestLine(trace),
    ecsMessage: trace.failure?.reason,
    counts: { candidates: rows.length, rejected, eligible },
  };
}
