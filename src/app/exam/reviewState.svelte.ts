import { loadRecord, saveRecord, type KeyValueStore } from '../storage/index';
import { localDay, stampOf, type Clock } from './clock';
import { exportReview, parseReview, reviewFormat, withItem, type ReviewRecord } from './reviewRecord';
import { recordAnswer, type Confidence } from './scheduler';

/** The learner's calendar day for a moment: local time by default, injectable for tests. */
export type DayOf = (ms: number) => number;

/**
 * The review schedule as reactive state, written through to storage on every change. Every answer given in
 * exam prep (bank, timed exam, review) goes through `answer`, so the schedule sees each retrieval.
 */
export class ReviewState {
  record = $state.raw<ReviewRecord>(reviewFormat.empty());
  /** a problem to show the learner (unreadable saved data, failed save, import result) */
  notice = $state<string | undefined>(undefined);

  constructor(
    private readonly store: KeyValueStore,
    private readonly clock: Clock,
    private readonly dayOf: DayOf = localDay,
  ) {
    const loaded = loadRecord(store, reviewFormat, stampOf(clock()));
    this.record = loaded.value;
    this.notice = loaded.warning;
  }

  today(): number {
    return this.dayOf(this.clock());
  }

  /** Records one answer to the item `key` in the schedule. */
  answer(key: string, correct: boolean, confidence?: Confidence): void {
    const next = recordAnswer(
      this.record.items[key],
      { correct, ...(confidence ? { confidence } : {}) },
      this.today(),
      this.record.examDay,
    );
    this.save(withItem(this.record, key, next));
  }

  /** Sets or clears the exam day; later gaps are capped by it. */
  setExamDay(day: number | undefined): void {
    const { examDay: _old, ...rest } = this.record;
    this.save(day === undefined ? rest : { ...rest, examDay: day });
  }

  exportText(): string {
    return exportReview(this.record);
  }

  /** Replaces the schedule with an exported file's; a bad file changes nothing and says why. */
  importText(text: string): void {
    const parsed = parseReview(text);
    if (!parsed.ok) {
      this.notice = `That file could not be imported: ${parsed.error}. Your review schedule is unchanged.`;
      return;
    }
    this.save(parsed.value);
    this.notice = 'Review schedule imported.';
  }

  private save(record: ReviewRecord): void {
    this.record = record;
    const r = saveRecord(this.store, reviewFormat, record);
    if (!r.ok) this.notice = r.error;
  }
}
