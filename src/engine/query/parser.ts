import type { Result } from '../../lib/result';
import { err, ok } from '../../lib/result';
import type { ConditionExpr, QueryExpr, QueryOperator, QuerySyntaxError, Span, SubjectRef } from './ast';
import { OPERATOR_SPELLINGS, arityOf } from './ast';
import type { Token } from './lexer';
import { tokenize } from './lexer';
import { compilePattern, REGEX_LOADING, regexSupportLoaded } from './regex';
import { ATTRIBUTE_PREFIX, SUBJECTS, SUBJECT_LIST, attributeNameProblem, namedSubject } from './subjects';

/** AWS's limit on a memberOf expression (ecs-reference §3.3). */
export const MAX_EXPRESSION_LENGTH = 2000;
/** How many parentheses and `not`s may nest; deeper input is rejected instead of recursing further. */
export const MAX_NESTING = 32;

const EXAMPLE = 'attribute:ecs.instance-type == t2.small';
const QUOTE_ADVICE = 'Put values with spaces, commas, brackets or parentheses in single quotes.';

class ParseFailure {
  constructor(readonly error: QuerySyntaxError) {}
}

const col = (at: Span): number => at.offset + 1;
const cover = (from: Span, to: Span): Span => ({
  offset: from.offset,
  length: to.offset + to.length - from.offset,
});

function isWordOrSymbol(t: Token, word: string, symbol: string): boolean {
  return (t.kind === 'word' && t.text.toLowerCase() === word) || (t.kind === 'symbol' && t.text === symbol);
}
const isAnd = (t: Token): boolean => isWordOrSymbol(t, 'and', '&&');
const isOr = (t: Token): boolean => isWordOrSymbol(t, 'or', '||');
const isNot = (t: Token): boolean => isWordOrSymbol(t, 'not', '!');
const isValue = (t: Token): boolean => t.kind === 'word' || t.kind === 'string';

/** Recursive descent over the grammar of ecs-reference §4.1; `and` binds tighter than `or`. */
class Parser {
  private pos = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): QueryExpr {
    const expr = this.parseOr(0);
    const t = this.peek();
    if (t.kind === ')') this.fail(t, `Unexpected ')' at column ${col(t)}: there is no '(' for it to close.`);
    if (t.kind !== 'end') {
      this.fail(t, `Unexpected '${t.text}' at column ${col(t)}: join conditions with 'and' or 'or'.`);
    }
    return expr;
  }

  private peek(ahead = 0): Token {
    const t = this.tokens[Math.min(this.pos + ahead, this.tokens.length - 1)]!;
    if (t.kind === 'unclosedString') {
      this.fail(
        t,
        `The quoted value starting at column ${col(t)} has no closing quote ('). ` +
          `To put a quote inside a quoted value, write it twice ('').`,
      );
    }
    return t;
  }

  private advance(count = 1): void {
    this.pos += count;
  }

  private fail(at: Span, message: string): never {
    throw new ParseFailure({ message, offset: at.offset, length: Math.max(1, at.length) });
  }

  private parseOr(depth: number): QueryExpr {
    const operands = [this.parseAnd(depth)];
    while (isOr(this.peek())) {
      this.advance();
      operands.push(this.parseAnd(depth));
    }
    return junction('or', operands);
  }

  private parseAnd(depth: number): QueryExpr {
    const operands = [this.parseUnary(depth)];
    while (isAnd(this.peek())) {
      this.advance();
      operands.push(this.parseUnary(depth));
    }
    return junction('and', operands);
  }

  private parseUnary(depth: number): QueryExpr {
    const t = this.peek();
    if (!isNot(t) && t.kind !== '(') return this.parseCondition();
    if (depth >= MAX_NESTING) {
      this.fail(
        t,
        `Too deeply nested at column ${col(t)}: at most ${MAX_NESTING} levels of parentheses and 'not'.`,
      );
    }
    this.advance();
    if (t.kind !== '(') {
      const operand = this.parseUnary(depth + 1);
      return { type: 'not', operand, span: cover(t, operand.span) };
    }
    const inner = this.parseOr(depth + 1);
    const close = this.peek();
    if (close.kind === 'end') this.fail(t, `The '(' at column ${col(t)} is never closed: add ')'.`);
    if (close.kind !== ')') {
      this.fail(
        close,
        `Unexpected '${close.text}' at column ${col(close)}: expected 'and', 'or' or the ')' ` +
          `that closes the '(' at column ${col(t)}.`,
      );
    }
    this.advance();
    return { ...inner, span: cover(t, close) };
  }

  private parseCondition(): ConditionExpr {
    const first = this.peek();
    if (first.kind !== 'word') {
      this.fail(
        first,
        first.kind === 'end'
          ? `Expected a condition at column ${col(first)}, such as ${EXAMPLE}, but the expression ends there.`
          : `Expected a condition at column ${col(first)}, such as ${EXAMPLE}, not '${first.text}'.`,
      );
    }
    const subject = this.parseSubject(first);
    this.advance();
    const { operator, spelling, span: opSpan } = this.parseOperator(first, subject);
    const { values, end } = this.parseArgument(operator, spelling, opSpan);
    for (const value of values) this.checkValue(subject, operator, value);
    return {
      type: 'condition',
      subject,
      operator,
      values: values.map((v) => v.value),
      span: cover(first, end),
    };
  }

  private parseSubject(t: Token): SubjectRef {
    if (t.text.toLowerCase().startsWith(ATTRIBUTE_PREFIX)) {
      const attribute = t.text.slice(ATTRIBUTE_PREFIX.length);
      const problem = attributeNameProblem(attribute);
      if (problem !== undefined) this.fail(t, `${problem} (column ${col(t)}).`);
      return { name: 'attribute', attribute };
    }
    const name = namedSubject(t.text);
    if (name === undefined) {
      this.fail(
        t,
        `Unknown subject '${t.text}' at column ${col(t)}. A condition starts with ${SUBJECT_LIST}.`,
      );
    }
    return { name };
  }

  /** Reads an operator in any spelling; `!in` / `!exists` are a `!` glued to the word. */
  private parseOperator(
    subjectToken: Token,
    subject: SubjectRef,
  ): { operator: QueryOperator; spelling: string; span: Span } {
    const t = this.peek();
    const spec = SUBJECTS[subject.name];
    let spelling = t.text;
    let span: Span = t;
    const glued = this.peek(1);
    if (t.kind === 'symbol' && t.text === '!' && glued.kind === 'word' && glued.offset === t.offset + 1) {
      spelling = `!${glued.text}`;
      span = cover(t, glued);
    }
    const operator =
      t.kind === 'symbol' || t.kind === 'word' ? OPERATOR_SPELLINGS.get(spelling.toLowerCase()) : undefined;
    if (operator === undefined) {
      const where = `after '${subjectToken.text}' at column ${col(t)}, such as ${spec.suggestion}`;
      if (t.kind === 'end') this.fail(t, `Expected an operator ${where}.`);
      if (t.text === '=') this.fail(t, `Use '==' (or equals) to compare at column ${col(t)}, not '='.`);
      this.fail(t, `Expected an operator ${where}, not '${t.text}'.`);
    }
    if (!spec.operators.includes(operator)) {
      this.fail(
        span,
        `${subjectToken.text} cannot be compared with '${spelling}' (column ${col(span)}). ` +
          `It takes ${spec.operators.join(', ')}.`,
      );
    }
    this.advance(span === t ? 1 : 2);
    return { operator, spelling, span };
  }

  private parseArgument(op: QueryOperator, spelling: string, opSpan: Span): { values: Token[]; end: Span } {
    const t = this.peek();
    const arity = arityOf(op);
    if (arity === 'none') {
      if (t.kind === 'string' || t.kind === '[' || (t.kind === 'word' && !isAnd(t) && !isOr(t))) {
        this.fail(t, `'${spelling}' takes no value: remove '${t.text}' at column ${col(t)}.`);
      }
      return { values: [], end: opSpan };
    }
    if (arity === 'one') {
      if (t.kind === 'word' && (isAnd(t) || isOr(t)) && this.startsCondition(this.peek(1))) {
        this.fail(
          t,
          `Expected a value after '${spelling}' at column ${col(t)}, not '${t.text}'. ` +
            `To compare with the word itself, quote it: '${t.text}'.`,
        );
      }
      if (isValue(t)) {
        this.advance();
        return { values: [t], end: t };
      }
      if (t.kind === '[') {
        this.fail(t, `'${spelling}' compares with one value; use 'in' for a list (column ${col(t)}).`);
      }
      this.failMissingValue(t, `Expected a value after '${spelling}' at column ${col(t)}`);
    }
    if (t.kind === '[') return this.parseList(t);
    if (isValue(t)) {
      this.fail(t, `'${spelling}' takes a list in square brackets, such as [${t.text}] (column ${col(t)}).`);
    }
    this.failMissingValue(t, `Expected a list such as [a, b] after '${spelling}' at column ${col(t)}`);
  }

  /** true when `t` can only begin a new condition (a subject, '(' or not) */
  private startsCondition(t: Token): boolean {
    if (t.kind === '(' || isNot(t)) return true;
    return (
      t.kind === 'word' &&
      (t.text.toLowerCase().startsWith(ATTRIBUTE_PREFIX) || namedSubject(t.text) !== undefined)
    );
  }

  private failMissingValue(t: Token, expected: string): never {
    this.fail(
      t,
      t.kind === 'end'
        ? `${expected}, but the expression ends.`
        : `${expected}, not '${t.text}'. ${QUOTE_ADVICE}`,
    );
  }

  private parseList(open: Token): { values: Token[]; end: Span } {
    const unclosed = `The list opened at column ${col(open)} is never closed: add ']'.`;
    const values: Token[] = [];
    this.advance();
    for (;;) {
      const v = this.peek();
      if (v.kind === 'end') this.fail(open, unclosed);
      if (!isValue(v)) this.failMissingValue(v, `Expected a value at column ${col(v)} in the list`);
      values.push(v);
      const sep = this.peek(1);
      this.advance(2);
      if (sep.kind === ']') return { values, end: sep };
      if (sep.kind === 'end') this.fail(open, unclosed);
      if (sep.kind !== ',') {
        this.fail(
          sep,
          `Expected ',' or ']' at column ${col(sep)} in the list, not '${sep.text}'. ${QUOTE_ADVICE}`,
        );
      }
    }
  }

  private checkValue(subject: SubjectRef, op: QueryOperator, value: Token): void {
    if (op === '=~' || op === '!~') {
      if (!regexSupportLoaded()) this.fail(value, `${value.text} at column ${col(value)}: ${REGEX_LOADING}.`);
      const compiled = compilePattern(value.value);
      if (!compiled.ok) {
        this.fail(
          value,
          `${value.text} at column ${col(value)} is not a valid regular expression: ${compiled.error}. ` +
            `Patterns use RE2 syntax (no look-around, no back-references).`,
        );
      }
      return;
    }
    const literal = SUBJECTS[subject.name].literal;
    if (literal !== undefined && !literal.accepts(value.value)) {
      this.fail(
        value,
        `${subject.name} compares with ${literal.expected}; ${value.text} at column ${col(value)} is not one.`,
      );
    }
  }
}

function junction(type: 'and' | 'or', operands: QueryExpr[]): QueryExpr {
  if (operands.length === 1) return operands[0]!;
  const flat = operands.flatMap((o) => (o.type === type ? o.operands : [o]));
  return { type, operands: flat, span: cover(operands[0]!.span, operands[operands.length - 1]!.span) };
}

/**
 * Parses a cluster query expression into its syntax tree. Pure and total: never throws, whatever the
 * input; every problem comes back as a `QuerySyntaxError` positioned on the offending text.
 */
export function parseExpression(text: string): Result<QueryExpr, QuerySyntaxError> {
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return err({
      message: `The expression is ${text.length} characters long; ECS accepts at most ${MAX_EXPRESSION_LENGTH}.`,
      offset: MAX_EXPRESSION_LENGTH,
      length: text.length - MAX_EXPRESSION_LENGTH,
    });
  }
  if (text.trim() === '') {
    return err({
      message: `The expression is empty: write a condition such as ${EXAMPLE}.`,
      offset: 0,
      length: Math.max(1, text.length),
    });
  }
  try {
    return ok(new Parser(tokenize(text)).parse());
  } catch (e) {
    if (e instanceof ParseFailure) return err(e.error);
    throw e;
  }
}
