/**
 * The syntax tree of a cluster query expression (ecs-reference §4.1). Plain serializable data: the
 * explainer reads it to show which part of an expression failed, `describeQuery` renders it back.
 */

/** Where a node or token sits in the expression text (0-based offset, length at least 1). */
export interface Span {
  readonly offset: number;
  readonly length: number;
}

/** The subjects a condition can test, spelled as in the documentation. */
export const SUBJECT_NAMES = [
  'attribute',
  'ec2InstanceId',
  'agentConnected',
  'agentVersion',
  'registeredAt',
  'runningTasksCount',
  'task:group',
] as const;
export type SubjectName = (typeof SUBJECT_NAMES)[number];

/** A subject in a condition; `attribute:<name>` carries the (case-sensitive) attribute name. */
export type SubjectRef =
  | { readonly name: 'attribute'; readonly attribute: string }
  | { readonly name: Exclude<SubjectName, 'attribute'> };

/** Operators in their canonical spelling (the one `describeQuery` prints). */
export const OPERATORS = [
  '==',
  '!=',
  '>',
  '>=',
  '<',
  '<=',
  'exists',
  '!exists',
  'in',
  'not_in',
  '=~',
  '!~',
] as const;
export type QueryOperator = (typeof OPERATORS)[number];

/** Every accepted spelling (lower case; keywords are matched case-insensitively) → canonical operator. */
export const OPERATOR_SPELLINGS: ReadonlyMap<string, QueryOperator> = new Map<string, QueryOperator>([
  ['==', '=='],
  ['equals', '=='],
  ['!=', '!='],
  ['not_equals', '!='],
  ['>', '>'],
  ['greater_than', '>'],
  ['>=', '>='],
  ['greater_than_equal', '>='],
  ['<', '<'],
  ['less_than', '<'],
  ['<=', '<='],
  ['less_than_equal', '<='],
  ['exists', 'exists'],
  ['!exists', '!exists'],
  ['not_exists', '!exists'],
  ['in', 'in'],
  ['!in', 'not_in'],
  ['not_in', 'not_in'],
  ['=~', '=~'],
  ['matches', '=~'],
  ['!~', '!~'],
  ['not_matches', '!~'],
]);

/** How many values an operator takes: none (`exists`), a `[list]` (`in`), or exactly one. */
export function arityOf(op: QueryOperator): 'none' | 'list' | 'one' {
  if (op === 'exists' || op === '!exists') return 'none';
  if (op === 'in' || op === 'not_in') return 'list';
  return 'one';
}

/** `subject operator [argument]`; `values` holds 0 (exists), 1, or the list items (in/not_in). */
export interface ConditionExpr {
  readonly type: 'condition';
  readonly subject: SubjectRef;
  readonly operator: QueryOperator;
  readonly values: readonly string[];
  readonly span: Span;
}

/** `a and b and …` / `a or b or …`; nested groups of the same kind are flattened by the parser. */
export interface JunctionExpr {
  readonly type: 'and' | 'or';
  readonly operands: readonly QueryExpr[];
  readonly span: Span;
}

export interface NotExpr {
  readonly type: 'not';
  readonly operand: QueryExpr;
  readonly span: Span;
}

export type QueryExpr = ConditionExpr | JunctionExpr | NotExpr;

/** A problem in an expression, positioned so an editor can underline it. */
export interface QuerySyntaxError {
  readonly message: string;
  /** 0-based character offset into the expression where the problem starts */
  readonly offset: number;
  /** how many characters to underline (at least 1) */
  readonly length: number;
}
