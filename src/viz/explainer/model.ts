import type { PlacementCheckName, PlacementTrace } from '../../engine/index';

/** Column titles for the checks, in the order ECS runs them. */
export const CHECK_TITLES: Readonly<Record<PlacementCheckName, string>> = {
  status: 'Status',
  agent: 'Agent',
  cpu: 'CPU',
  memory: 'Memory',
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
  /** where the strategies ranked it (1 = best group), when it survived the filters */
  readonly rank?: number;
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
  readonly ecsMessage?: string;
  readonly counts: { readonly candidates: number; readonly rejected: number; readonly eligible: number };
}

const strategyTitle = (s: { type: string; field?: string }) => (s.field ? `${s.type} (${s.field})` : s.type);

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
  const rankOf = new Map<string, number>();
  const lastStep = trace.steps.at(-1);
  lastStep?.groups.forEach((group, i) => group.forEach((arn) => rankOf.set(arn, i + 1)));

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
        title: `needs ${k.required}; has ${k.available}${k.reason ? ` → ${k.reason}` : ''}`,
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
      rank: rankOf.get(c.containerInstanceArn),
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
    : `No instance could take the task: ${trace.failure?.message ?? 'every instance was ruled out.'}`;
  return {
    columns,
    rows,
    steps,
    summary,
    ecsMessage: trace.failure?.reason,
    counts: { candidates: rows.length, rejected, eligible },
  };
}
