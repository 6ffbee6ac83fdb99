import type { ExamCode } from '../../course/types';
import type { ExamScore } from './score';

/**
 * The pass line of a practice exam here: the sandbox's own choice, applied to a plain share of items right.
 * It is not a conversion of AWS's scaled score, which weighs items and exam forms in ways AWS does not publish.
 */
export const PRACTICE_PASS_PERCENT = 75;

/**
 * The lowest passing score each real exam reports on its 100–1,000 scale, from the AWS exam guides: 720 for
 * the associate exams, 750 for the professional DOP-C02.
 */
export const REAL_PASSING_SCORE: Readonly<Record<ExamCode, number>> = {
  'SAA-C03': 720,
  'DVA-C02': 720,
  'SOA-C03': 720,
  'DOP-C02': 750,
};

export const passesPractice = (score: Pick<ExamScore, 'percent'>): boolean =>
  score.percent >= PRACTICE_PASS_PERCENT;
