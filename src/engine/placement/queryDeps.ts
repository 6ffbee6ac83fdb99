import { isFinal, parseQuery, type QueryExpr } from '../query';

const reads = (e: QueryExpr): boolean =>
  e.type === 'condition'
    ? e.subject.name === 'task:group' || e.subject.name === 'runningTasksCount'
    : e.type === 'not'
      ? reads(e.operand)
      : e.operands.some(reads);

const MEMO_LIMIT = 500;
const memo = new Map<string, boolean>();

/**
 * Whether an expression looks at the tasks on an instance (`task:group`, `runningTasksCount`). Only such an
 * expression can change its verdict when a task is placed, so only then does placement evaluate it again.
 */
export function readsTasks(expression: string): boolean {
  let known = memo.get(expression);
  if (known === undefined) {
    const parsed = parseQuery(expression);
    known = parsed.ok && reads(parsed.value);
    if (!isFinal(parsed)) return known;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(expression, known);
  }
  return known;
}
