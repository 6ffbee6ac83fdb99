import type { QuizItem } from './types';

/**
 * The certification exams' item shape (curriculum §1.5): a short scenario of at least two sentences and a
 * requirement in capitals that the best answer hangs on — "MOST cost-effective", "LEAST operational overhead",
 * "MOST secure", "FEWEST changes", "Which TWO …". Recall items ("Which networkMode must …?") are not in it.
 */
const REQUIREMENT = [
  // MOST/LEAST/FEWEST and the word it qualifies: "MOST secure", "LEAST operational overhead"
  /\b(?:MOST|LEAST|FEWEST)\s+[A-Za-z][\w-]*/,
  // multiple answers named in capitals: "Which TWO actions", "(Choose THREE.)"
  /\b(?:TWO|THREE|FOUR)\b/,
];

/** Sentences of a prompt: text ending in . ? or ! before a space or the end ("1.4.0" and "e.g." do not end one). */
export function sentences(text: string): ReadonlyArray<string> {
  return text
    .replace(/\be\.g\.|\bi\.e\.|\betc\./g, (m) => m.replaceAll('.', '·'))
    .split(/(?<=[.?!])\s+/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]/.test(s));
}

/** The requirement cue of a prompt ("MOST cost-effective"), or undefined when it has none. */
export function requirementCue(prompt: string): string | undefined {
  for (const pattern of REQUIREMENT) {
    const m = pattern.exec(prompt);
    if (m) return m[0];
  }
  return undefined;
}

/** Whether an item is in the exams' shape: a scenario of two sentences or more with a requirement in capitals. */
export function isExamShaped(item: Pick<QuizItem, 'prompt'>): boolean {
  return sentences(item.prompt).length >= 2 && requirementCue(item.prompt) !== undefined;
}
