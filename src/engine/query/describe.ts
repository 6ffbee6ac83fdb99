import { exhaustive } from '../../lib/assert';
import type { QueryExpr, SubjectRef } from './ast';
import { arityOf } from './ast';
import { isBareWord } from './lexer';

const KEYWORDS = new Set(['and', 'or', 'not']);

/** A value as written in an expression: bare when it reads back as one non-keyword word, else quoted. */
export function formatValue(value: string): string {
  return isBareWord(value) && !KEYWORDS.has(value.toLowerCase()) ? value : `'${value.replaceAll("'", "''")}'`;
}

function formatSubject(subject: SubjectRef): string {
  return subject.name === 'attribute' ? `attribute:${subject.attribute}` : subject.name;
}

function formatOperand(expr: QueryExpr, parent: 'and' | 'or'): string {
  const text = describeExpr(expr);
  return (expr.type === 'and' || expr.type === 'or') && expr.type !== parent ? `(${text})` : text;
}

/**
 * Renders a syntax tree as canonical text: canonical operator spellings, lower-case keywords, single
 * spaces, `not(…)`, and parentheses around every `and` inside an `or` (and vice versa) so the reading
 * never depends on precedence. Parsing the result gives back the same tree (spans aside).
 */
export function describeExpr(expr: QueryExpr): string {
  switch (expr.type) {
    case 'condition': {
      const head = `${formatSubject(expr.subject)} ${expr.operator}`;
      const arity = arityOf(expr.operator);
      if (arity === 'none') return head;
      if (arity === 'one') return `${head} ${formatValue(expr.values[0] ?? '')}`;
      return `${head} [${expr.values.map(formatValue).join(', ')}]`;
    }
    case 'not':
      return `not(${describeExpr(expr.operand)})`;
    case 'and':
    case 'or':
      return expr.operands.map((o) => formatOperand(o, expr.type)).join(` ${expr.type} `);
    default:
      return exhaustive(expr);
  }
}
