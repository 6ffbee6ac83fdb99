import { domainOfTask, EXAM_DOMAINS } from '../../course/examTasks';
import { conceptKey, conceptsOf, type BankItem } from './bank';
import { interleaveByLesson } from './interleave';

/** Gaps in days between successful reviews (curriculum §1.6); the last gap repeats. */
export const LADDER_DAYS: ReadonlyArray<number> = [1, 3, 7, 16, 35];

/** With an exam date, no gap is longer than this share of the days left (curriculum: ~10–20 %). */
export const EXAM_GAP_SHARE = 0.15;

/** How sure the learner said they were before checking an answer. */
export type Confidence = 'low' | 'medium' | 'high';

/** One item's review state. Days are whole calendar days (see `dayNumber`). */
export interface ItemReview {
  /** index into LADDER_DAYS of the gap the next successful review earns */
  readonly step: number;
  /** the first day the item is due again */
  readonly due: number;
  readonly lastDay: number;
  /** distinct days with a correct answer since the last miss, oldest first, at most two kept */
  readonly correctDays: ReadonlyArray<number>;
  /** a high-confidence error still waiting for its correct re-test: reviewed before anything else */
  readonly priority: boolean;
  readonly lapses: number;
}

export type ReviewRecords = Readonly<Record<string, ItemReview>>;

export interface Outcome {
  readonly correct: boolean;
  readonly confidence?: Confidence;
}

/**
 * The gap earned by a success at `step`: the ladder's value, capped at EXAM_GAP_SHARE of the days left
 * before a future exam day (never below one day).
 */
export function intervalDays(step: number, today: number, examDay?: number): number {
  const base = LADDER_DAYS[Math.min(Math.max(step, 0), LADDER_DAYS.length - 1)]!;
  if (examDay === undefined || examDay <= today) return base;
  return Math.min(base, Math.max(1, Math.round(EXAM_GAP_SHARE * (examDay - today))));
}

/**
 * The review state after one answer. A miss restarts the ladder (due tomorrow), clears the days counting
 * toward mastery and, when the learner was sure, marks the item for a priority re-test. A success on or
 * after the due day climbs one rung; a success before it (the item met early, e.g. in the practice bank)
 * counts toward mastery but keeps the schedule, since the gap is what makes a review count. Pure.
 */
export function recordAnswer(
  prev: ItemReview | undefined,
  outcome: Outcome,
  today: number,
  examDay?: number,
): ItemReview {
  if (!outcome.correct) {
    return {
      step: 0,
      due: today + intervalDays(0, today, examDay),
      lastDay: today,
      correctDays: [],
      priority: outcome.confidence === 'high' || (prev?.priority ?? false),
      lapses: (prev?.lapses ?? 0) + 1,
    };
  }
  const days = prev?.correctDays ?? [];
  const correctDays = days.includes(today) ? days : [...days, today].slice(-2);
  if (prev && today < prev.due) return { ...prev, lastDay: today, correctDays, priority: false };
  const step = prev?.step ?? 0;
  return {
    step: Math.min(step + 1, LADDER_DAYS.length - 1),
    due: today + intervalDays(step, today, examDay),
    lastDay: today,
    correctDays,
    priority: false,
    lapses: prev?.lapses ?? 0,
  };
}

/** Mastery = correct retrieval in two sessions on different days, with no miss since. */
export const isMastered = (r: ItemReview | undefined): boolean => (r?.correctDays.length ?? 0) >= 2;

export const isDue = (r: ItemReview | undefined, today: number): boolean => r !== undefined && r.due <= today;

/** The item's last answer was a miss (no correct answer since). */
export const lastWasMiss = (r: ItemReview | undefined): boolean =>
  r !== undefined && r.lapses > 0 && r.correctDays.length === 0;

export interface QueueOptions {
  /** most items in one review (curriculum: 20–40) */
  readonly limit: number;
  /** most never-seen items added after the due ones */
  readonly newLimit: number;
  readonly seed: number;
}

/**
 * Today's review: priority re-tests first (longest overdue first), then the other due items, most overdue
 * first, topped up with never-seen items in lesson order while room is left; everything after the priority
 * items is interleaved across lessons. Items no longer in the bank are ignored. Pure.
 */
export function reviewQueue(
  bank: ReadonlyArray<BankItem>,
  records: ReviewRecords,
  today: number,
  options: QueueOptions,
): BankItem[] {
  const byDue = (a: BankItem, b: BankItem) =>
    records[a.key]!.due - records[b.key]!.due || a.key.localeCompare(b.key);
  const due = bank.filter((b) => isDue(records[b.key], today)).sort(byDue);
  const priority = due.filter((b) => records[b.key]!.priority).slice(0, options.limit);
  const others = due.filter((b) => !records[b.key]!.priority).slice(0, options.limit - priority.length);
  const room = Math.min(options.newLimit, options.limit - priority.length - others.length);
  const fresh = bank.filter((b) => records[b.key] === undefined).slice(0, Math.max(0, room));
  return [...priority, ...interleaveByLesson([...others, ...fresh], options.seed)];
}

export interface ConceptMastery {
  readonly key: string;
  readonly label: string;
  readonly total: number;
  /** items answered at least once */
  readonly seen: number;
  readonly mastered: number;
  readonly due: number;
}

/** How many of `items` were seen, are mastered and are due today. */
function tally(
  key: string,
  label: string,
  items: ReadonlyArray<BankItem>,
  records: ReviewRecords,
  today: number,
): ConceptMastery {
  const count = (p: (r: ItemReview | undefined) => boolean) => items.filter((b) => p(records[b.key])).length;
  return {
    key,
    label,
    total: items.length,
    seen: count((r) => r !== undefined),
    mastered: count(isMastered),
    due: count((r) => isDue(r, today)),
  };
}

/** Per concept: how many of its items were seen, are mastered and are due today; sorted by label. */
export function masteryByConcept(
  bank: ReadonlyArray<BankItem>,
  records: ReviewRecords,
  today: number,
): ConceptMastery[] {
  return conceptsOf(bank).map(({ key, label }) =>
    tally(
      key,
      label,
      bank.filter((b) => b.item.tags.concepts.some((c) => conceptKey(c) === key)),
      records,
      today,
    ),
  );
}

/**
 * Per exam domain (curriculum §1.5), in exam-guide order: the items whose task ids fall in it (an item counts
 * once per domain it touches), domains without items left out.
 */
export function masteryByDomain(
  bank: ReadonlyArray<BankItem>,
  records: ReviewRecords,
  today: number,
): ConceptMastery[] {
  const domainsOf = (b: BankItem) => new Set(b.item.tags.tasks.map(domainOfTask));
  return EXAM_DOMAINS.flatMap((d) => {
    const items = bank.filter((b) => domainsOf(b).has(d));
    return items.length === 0
      ? []
      : [tally(`${d.exam}-${d.domain}`, `${d.exam} domain ${d.domain}: ${d.name}`, items, records, today)];
  });
}

/** Whole days from `today` until the item is due again (0: due now); undefined for an item never answered. */
export const daysUntilDue = (r: ItemReview | undefined, today: number): number | undefined =>
  r === undefined ? undefined : Math.max(0, r.due - today);

/** The gap each rung of the ladder earns today, an exam day counted (it compresses the later rungs). */
export const ladderGaps = (today: number, examDay?: number): number[] =>
  LADDER_DAYS.map((_, step) => intervalDays(step, today, examDay));
