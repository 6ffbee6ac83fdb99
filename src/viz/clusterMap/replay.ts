import type {
  DeepReadonly,
  PlacementCandidate,
  PlacementCheckName,
  PlacementTrace,
  SimState,
  StrategyStep,
} from '../../engine/index';
import { arnName, shortId } from '../../lib/arn';
import { CHECK_TITLES } from '../explainer/model';
import { nameTagOf } from './instances';

/** What the map shows on an instance (or, for Fargate, an AZ) at one step of a replayed placement. */
export type ReplayMarkState =
  /** still in the running: passed every filter so far */
  | 'candidate'
  /** a filter ruled it out (this step or an earlier one) */
  | 'rejected'
  /** a survivor the current strategy step scores */
  | 'ranked'
  /** passed every filter but an earlier strategy step left it behind */
  | 'dropped'
  | 'chosen';

/** An instance card (by EC2 instance id, the map's card key) or an AZ (its band or Fargate lane). */
export type ReplayTarget =
  { readonly kind: 'instance'; readonly key: string } | { readonly kind: 'zone'; readonly az: string };

export interface ReplayMark {
  readonly target: ReplayTarget;
  readonly state: ReplayMarkState;
  /** set on the marks this very step changed, so the map can point at them */
  readonly now?: boolean;
  /** the short label drawn on the map: the ECS reason ('RESOURCE:MEMORY') or the rank ('#1') */
  readonly label: string;
  /** a second line: what the instance had ('256 MiB free') or its score */
  readonly detail?: string;
}

export interface ReplayStep {
  readonly kind: 'start' | 'filter' | 'strategy' | 'placed' | 'failed';
  /** the narration: "Step 3 of 7: memberOf(…) rejects 4 instances …" (the text twin of the picture) */
  readonly text: string;
  readonly marks: ReadonlyArray<ReplayMark>;
  /** the task has reached its instance or AZ (the last step of a successful placement) */
  readonly arrived: boolean;
}

/** A placement trace as a sequence of steps to play on the cluster map. */
export interface ReplayScript {
  readonly traceId: string;
  /** the placed task (the map's task key); absent for a request nothing could take */
  readonly taskArn?: string;
  /** "task 1a2b3c4d (web:3)" */
  readonly subject: string;
  readonly destination?: ReplayTarget;
  readonly steps: ReadonlyArray<ReplayStep>;
}

/** How the narration names an instance: its Name tag or short id (the map's card title); the id by default. */
export type InstanceNamer = (ec2InstanceId: string) => string;

/** Names instances as the map's card titles do: the EC2 Name tag, else the short instance id. */
export const mapInstanceNamer =
  (state: DeepReadonly<SimState>): InstanceNamer =>
  (id) =>
    nameTagOf({ key: id, ec2: state.ec2.instances[id] }) ?? shortId(id, 10);

/** at most this many instances are named in one sentence; the rest are counted */
const NAMED = 4;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function nameList(names: ReadonlyArray<string>): string {
  const shown = names.slice(0, NAMED);
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

const strategyTitle = (s: { type: string; field?: string }) => (s.field ? `${s.type}(${s.field})` : s.type);

/** One filter stage: a check, and for memberOf the expression (each expression is its own stage). */
interface Stage {
  readonly check: PlacementCheckName;
  readonly expression?: string;
}

/** The filter stages the trace ran, in ECS order: the checks any instance reached, memberOf split by expression. */
function stagesOf(trace: PlacementTrace): Stage[] {
  const used = new Set(trace.candidates.flatMap((c) => c.checks.map((k) => k.check)));
  const expressions = trace.constraints.flatMap((c) =>
    c.type === 'memberOf' && c.expression ? [c.expression] : [],
  );
  for (const c of trace.candidates) {
    const last = c.checks.at(-1);
    if (
      last?.check === 'memberOf' &&
      !last.passed &&
      last.expression &&
      !expressions.includes(last.expression)
    )
      expressions.push(last.expression);
  }
  return (Object.keys(CHECK_TITLES) as PlacementCheckName[])
    .filter((check) => used.has(check))
    .flatMap((check): Stage[] =>
      check === 'memberOf' && expressions.length
        ? expressions.map((expression) => ({ check, expression }))
        : [{ check }],
    );
}

/** The stage at which `c` failed, or -1 when it passed every filter. */
function rejectedAt(stages: ReadonlyArray<Stage>, c: PlacementCandidate): number {
  const last = c.checks.at(-1);
  if (c.passed || !last) return -1;
  const at = stages.findIndex(
    (s) => s.check === last.check && (s.expression === undefined || s.expression === last.expression),
  );
  return at >= 0 ? at : stages.findIndex((s) => s.check === last.check);
}

function stageTitle(stage: Stage, trace: PlacementTrace): string {
  if (stage.expression !== undefined) return `memberOf(${stage.expression})`;
  const required = trace.candidates.flatMap((c) => c.checks).find((k) => k.check === stage.check)?.required;
  return `The ${CHECK_TITLES[stage.check]} check${required ? ` (needs ${required})` : ''}`;
}

/** What a task needs, in one phrase: "256 CPU units, 512 MiB, host port 80". */
function needsText(trace: PlacementTrace): string {
  const r = trace.requirement;
  return [
    `${r.cpu} CPU units`,
    `${r.memory} MiB`,
    ...(r.ports.length ? [`host port${r.ports.length > 1 ? 's' : ''} ${r.ports.join(', ')}`] : []),
    ...(r.eni ? ['an ENI'] : []),
  ].join(', ');
}

/** The narration of each step and its marks, before the "Step i of n" prefix is known. */
type Draft = Omit<ReplayStep, 'text'> & { readonly body: string };

function ec2Steps(trace: PlacementTrace, subject: string, nameOf: InstanceNamer): Draft[] {
  const stages = stagesOf(trace);
  const failedAt = new Map(
    trace.candidates.map((c) => [c.containerInstanceArn as string, rejectedAt(stages, c)]),
  );
  const byArn = new Map(trace.candidates.map((c) => [c.containerInstanceArn as string, c]));
  const name = (arn: string) => nameOf(byArn.get(arn)?.ec2InstanceId ?? arn);
  const instance = (c: PlacementCandidate) => ({ kind: 'instance', key: c.ec2InstanceId }) as const;
  const rejection = (c: PlacementCandidate, now: boolean): ReplayMark => {
    const failed = c.checks.at(-1)!;
    return {
      target: instance(c),
      state: 'rejected',
      // the constraints' reasons are sentences too long for a card: their name says it
      label:
        failed.reason && !failed.reason.endsWith('placement constraint unsatisfied.')
          ? failed.reason
          : CHECK_TITLES[failed.check],
      detail: failed.available,
      ...(now ? { now } : {}),
    };
  };
  /** marks after filter stage `s` (every filter when s is the last stage) */
  const filtered = (s: number, nowAt?: number): ReplayMark[] =>
    trace.candidates.map((c) => {
      const at = failedAt.get(c.containerInstanceArn)!;
      if (at >= 0 && at <= s) return rejection(c, at === nowAt);
      return { target: instance(c), state: 'candidate', label: 'in' };
    });

  const drafts: Draft[] = [];
  const total = trace.candidates.length;
  drafts.push({
    kind: 'start',
    body:
      `${plural(total, 'container instance')} of the cluster ${total === 1 ? 'is a candidate' : 'are candidates'} ` +
      `for ${subject}, which needs ${needsText(trace)}. The filters run in ECS order; an instance drops out at ` +
      `its first failed check.`,
    marks: filtered(-1),
    arrived: false,
  });
  let left = total;
  stages.forEach((stage, s) => {
    const out = trace.candidates.filter((c) => failedAt.get(c.containerInstanceArn) === s);
    left -= out.length;
    const title = stageTitle(stage, trace);
    const reasons = [...new Set(out.map((c) => c.checks.at(-1)!.reason ?? ''))].filter(Boolean);
    const body = out.length
      ? `${title} rejects ${plural(out.length, 'instance')} (${reasons.join(', ')}): ` +
        `${nameList(out.map((c) => `${nameOf(c.ec2InstanceId)} (${c.checks.at(-1)!.available})`))}. ${left} left.`
      : `${title}: every remaining instance passes. ${left} left.`;
    drafts.push({ kind: 'filter', body, marks: filtered(s, s), arrived: false });
  });

  const afterFilters = filtered(stages.length - 1);
  if (!trace.chosen) {
    drafts.push({
      kind: 'failed',
      body: `Not placed: no instance qualified. ${trace.failure?.message ?? ''} ECS reports ${trace.failure?.reason ?? 'no reason'}.`,
      marks: afterFilters,
      arrived: false,
    });
    return drafts;
  }

  // where each survivor dropped out of the ranking: the step and its group number there
  const dropped = new Map<string, ReplayMark>();
  const survivorMark = (arn: string, c: PlacementCandidate | undefined) =>
    dropped.get(arn) ?? (c ? { target: instance(c), state: 'candidate' as const, label: 'in' } : undefined);
  const rankingMarks = (step: StrategyStep, rankOf: Map<string, number>): ReplayMark[] =>
    afterFilters.map((m, i) => {
      const c = trace.candidates[i]!;
      const arn = c.containerInstanceArn as string;
      const rank = rankOf.get(arn);
      if (rank === undefined) return m.state === 'rejected' ? m : survivorMark(arn, c)!;
      return {
        target: instance(c),
        state: 'ranked',
        now: true,
        label: rank === 0 ? 'best' : `#${rank + 1}`,
        detail: step.scores[arn] ?? '',
      };
    });
  for (const step of trace.steps) {
    const rankOf = new Map(step.groups.flatMap((g, rank) => g.map((arn) => [arn as string, rank] as const)));
    const survivors = step.groups.flat();
    const best = step.groups[0] ?? [];
    const title = strategyTitle(step.strategy);
    const listed = (arns: ReadonlyArray<string>) =>
      nameList(arns.map((arn) => (step.scores[arn] ? `${name(arn)} (${step.scores[arn]})` : name(arn))));
    const drawn = step.tieBreak || step.strategy.type === 'random';
    const body = drawn
      ? step.tieBreak
        ? `${plural(survivors.length, 'instance')} are still tied, so a seeded random draw picks ${name(best[0] ?? '')}.`
        : `The random strategy picks ${name(best[0] ?? '')} from the ${plural(survivors.length, 'survivor')} (a seeded draw, so it repeats).`
      : step.groups.length === 1
        ? `${title} scores all ${plural(survivors.length, 'survivor')} the same: ${listed(best)}. All go on.`
        : `${title} ranks the ${plural(survivors.length, 'survivor')}; best: ${listed(best)}. ` +
          `${best.length === 1 ? 'It goes' : `These ${best.length} go`} on; ${plural(survivors.length - best.length, 'instance')} ${survivors.length - best.length === 1 ? 'drops' : 'drop'} out.`;
    drafts.push({ kind: 'strategy', body, marks: rankingMarks(step, rankOf), arrived: false });
    step.groups.forEach((group, g) => {
      if (g === 0) return;
      for (const arn of group) {
        const c = byArn.get(arn);
        if (!c) continue;
        dropped.set(arn, {
          target: instance(c),
          state: 'dropped',
          label: drawn ? 'not drawn' : `#${g + 1} by ${step.strategy.type}`,
          detail: drawn ? '' : (step.scores[arn] ?? ''),
        });
      }
    });
  }
  const chosen = byArn.get(trace.chosen)!;
  drafts.push({
    kind: 'placed',
    body: `Placed: ${subject} goes onto ${nameOf(chosen.ec2InstanceId)} (${chosen.instanceType}, ${chosen.availabilityZone}).`,
    marks: afterFilters.map((m, i) => {
      const c = trace.candidates[i]!;
      if (c === chosen) return { target: instance(c), state: 'chosen', now: true, label: 'chosen' };
      return m.state === 'rejected' ? m : survivorMark(c.containerInstanceArn, c)!;
    }),
    arrived: true,
  });
  return drafts;
}

function fargateSteps(trace: PlacementTrace, subject: string): Draft[] {
  const choice = trace.fargate!;
  const counts = new Map<string, number>();
  for (const s of choice.subnets) counts.set(s.availabilityZone, s.groupTasks);
  const azs = [...counts.keys()];
  const zone = (az: string) => ({ kind: 'zone', az }) as const;
  const tied = new Set(choice.tiedAvailabilityZones);
  const countText = (az: string) => `${plural(counts.get(az)!, 'task')} of the group`;
  const offered: ReplayMark[] = azs.map((az) => ({ target: zone(az), state: 'candidate', label: 'offered' }));
  const ranked = (now: boolean): ReplayMark[] =>
    azs.map((az) => ({
      target: zone(az),
      state: tied.has(az) ? 'ranked' : 'dropped',
      label: tied.has(az) ? 'fewest' : 'more',
      detail: countText(az),
      ...(now ? { now } : {}),
    }));
  const drafts: Draft[] = [
    {
      kind: 'start',
      body:
        `${subject} runs on Fargate: no instances to check. Its ${plural(choice.subnets.length, 'subnet')} ` +
        `offer ${plural(azs.length, 'Availability Zone')}: ${azs.join(', ')}.`,
      marks: offered,
      arrived: false,
    },
    {
      kind: 'strategy',
      body:
        `The sandbox counts the live Fargate tasks of group ${trace.group} in each AZ: ` +
        `${azs.map((az) => `${az} ${counts.get(az)}`).join(', ')}. Fewest: ${[...tied].join(', ')}.`,
      marks: ranked(true),
      arrived: false,
    },
  ];
  if (tied.size > 1) {
    drafts.push({
      kind: 'strategy',
      body: `${plural(tied.size, 'AZ')} are tied, so a seeded random draw picks ${choice.chosenAvailabilityZone}.`,
      marks: ranked(false).map((m) =>
        m.target.kind === 'zone' && m.target.az !== choice.chosenAvailabilityZone && m.state === 'ranked'
          ? { ...m, state: 'dropped', label: 'not drawn' }
          : m,
      ),
      arrived: false,
    });
  }
  drafts.push({
    kind: 'placed',
    body: `Placed: ${subject} starts in ${choice.chosenAvailabilityZone}, its ENI in subnet ${choice.chosenSubnetId}.`,
    marks: ranked(false).map((m) =>
      m.target.kind === 'zone' && m.target.az === choice.chosenAvailabilityZone
        ? { target: m.target, state: 'chosen', now: true, label: 'chosen', detail: m.detail }
        : m.state === 'ranked'
          ? { ...m, state: 'dropped', label: 'not drawn' }
          : m,
    ),
    arrived: true,
  });
  return drafts;
}

/**
 * Pure: the steps of replaying one placement on the cluster map, read off the trace the engine recorded (never
 * re-derived). EC2: a start step, one step per filter in ECS order (each memberOf expression its own) with what
 * it rejected and why, one per strategy step with the survivors' ranks and scores, and the instance chosen — or,
 * when nothing qualified, the reason. Fargate: the offered AZs, the task counts compared, a draw on a tie, the
 * pick. `nameOf` names instances in the narration the way the map titles them.
 */
export function buildReplay(trace: PlacementTrace, nameOf: InstanceNamer = (id) => id): ReplayScript {
  const family = arnName(trace.taskDefinitionArn);
  const subject = trace.taskArn
    ? `task ${shortId(arnName(trace.taskArn))} (${family})`
    : `a task of ${family}`;
  const drafts = trace.fargate ? fargateSteps(trace, subject) : ec2Steps(trace, subject, nameOf);
  const chosen = trace.chosen
    ? trace.candidates.find((c) => c.containerInstanceArn === trace.chosen)
    : undefined;
  const destination: ReplayTarget | undefined = trace.fargate
    ? { kind: 'zone', az: trace.fargate.chosenAvailabilityZone }
    : chosen
      ? { kind: 'instance', key: chosen.ec2InstanceId }
      : undefined;
  return {
    traceId: trace.id,
    ...(trace.taskArn ? { taskArn: trace.taskArn } : {}),
    subject,
    ...(destination ? { destination } : {}),
    steps: drafts.map(({ body, ...step }, i) => ({
      ...step,
      text: `Step ${i + 1} of ${drafts.length}: ${body}`,
    })),
  };
}
