import { hashString, shuffled } from '../../lib/shuffle';
import type { BankItem } from './bank';

/**
 * Orders items so lessons alternate (interleaving): each lesson's items are shuffled, the lessons are
 * shuffled, then one item is taken from each lesson in turn. Two items from one lesson sit side by side only
 * when no other lesson has items left. Pure: the same items and seed give the same order.
 */
export function interleaveByLesson(items: ReadonlyArray<BankItem>, seed: number): BankItem[] {
  const groups = new Map<string, BankItem[]>();
  for (const b of items) {
    const group = groups.get(b.lesson.slug);
    if (group) group.push(b);
    else groups.set(b.lesson.slug, [b]);
  }
  const queues = shuffled([...groups.keys()], seed).map((slug) =>
    shuffled(groups.get(slug)!, seed ^ hashString(slug)),
  );
  const out: BankItem[] = [];
  for (let round = 0; out.length < items.length; round++) {
    for (const queue of queues) {
      const next = queue[round];
      if (next) out.push(next);
    }
  }
  return out;
}
