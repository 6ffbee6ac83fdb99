import { assert, exhaustive } from '../../lib/assert';
import type { CompiledQuery, QuerySubject } from './index';
import type { ConditionExpr, QueryExpr, QueryOperator } from './ast';
import {
  compareVersions,
  parseAgentVersion,
  parseCountLiteral,
  parseQueryDate,
  parseVersionLiteral,
} from './literals';
import type { ValueMatcher } from './regex';
import { compilePattern } from './regex';

/**
 * Turns a parsed expression into a closure over one instance. All literal work (regexes, dates,
 * versions, lists) happens here, once, so evaluation is a few comparisons (ecs-reference §4.2/§4.3).
 */
export function compileExpr(expr: QueryExpr): CompiledQuery {
  switch (expr.type) {
    case 'condition':
      return compileCondition(expr);
    case 'not': {
      const operand = compileExpr(expr.operand);
      return (s) => !operand(s);
    }
    case 'and':
    case 'or': {
      const parts = expr.operands.map(compileExpr);
      const [a, b] = parts;
      if (parts.length === 2 && a && b)
        return expr.type === 'and' ? (s) => a(s) && b(s) : (s) => a(s) || b(s);
      return expr.type === 'and' ? (s) => parts.every((p) => p(s)) : (s) => parts.some((p) => p(s));
    }
    default:
      return exhaustive(expr);
  }
}

/** A test on one text value: equality, membership, a pattern (any operator but exists/ordering). */
function textTest(op: QueryOperator, values: readonly string[]): ValueMatcher {
  const [first = ''] = values;
  switch (op) {
    case '==':
      return (v) => v === first;
    case '!=':
      return (v) => v !== first;
    case 'in':
    case 'not_in': {
      const set = new Set(values);
      return op === 'in' ? (v) => set.has(v) : (v) => !set.has(v);
    }
    case '=~':
    case '!~': {
      const compiled = compilePattern(first);
      assert(compiled.ok, 'patterns are checked by the parser');
      const match = compiled.value;
      return op === '=~' ? match : (v) => !match(v);
    }
    default:
      throw new Error(`'${op}' is not a text test`);
  }
}

/** `compare(a, b) <op> 0` for the six ordering operators. */
function orderTest(op: QueryOperator): (diff: number) => boolean {
  switch (op) {
    case '==':
      return (d) => d === 0;
    case '!=':
      return (d) => d !== 0;
    case '>':
      return (d) => d > 0;
    case '>=':
      return (d) => d >= 0;
    case '<':
      return (d) => d < 0;
    case '<=':
      return (d) => d <= 0;
    default:
      throw new Error(`'${op}' is not an ordering`);
  }
}

const isOrdering = (op: QueryOperator): boolean => op === '>' || op === '>=' || op === '<' || op === '<=';

function compileCondition(c: ConditionExpr): CompiledQuery {
  const { operator: op, values } = c;
  const subject = c.subject;
  const literal = values[0] ?? '';
  switch (subject.name) {
    case 'attribute':
      return compileAttribute(subject.attribute, op, values);
    case 'ec2InstanceId': {
      const test = textTest(op, values);
      return (s) => test(s.ec2InstanceId);
    }
    case 'agentConnected': {
      // true/false are matched without regard to case; a pattern sees the lower-case word
      const test = textTest(op, isPattern(op) ? values : values.map((v) => v.toLowerCase()));
      return (s) => test(s.agentConnected ? 'true' : 'false');
    }
    case 'agentVersion': {
      const wanted = parseVersionLiteral(literal);
      assert(wanted, 'versions are checked by the parser');
      const test = orderTest(op);
      return (s) => {
        const actual = parseAgentVersion(s.agentVersion);
        return actual !== undefined && test(compareVersions(actual, wanted));
      };
    }
    case 'registeredAt': {
      const wanted = parseQueryDate(literal);
      assert(wanted !== undefined, 'dates are checked by the parser');
      const test = orderTest(op);
      return (s) => test(s.registeredAt - wanted);
    }
    case 'runningTasksCount': {
      const wanted = parseCountLiteral(literal);
      assert(wanted !== undefined, 'counts are checked by the parser');
      const test = orderTest(op);
      return (s) => test(s.runningTasksCount - wanted);
    }
    case 'task:group':
      return compileTaskGroup(op, values);
    default:
      return exhaustive(subject);
  }
}

const isPattern = (op: QueryOperator): boolean => op === '=~' || op === '!~';

/**
 * Attribute conditions need the attribute to be present (`!=`, `not_in` and `!~` included: "has it,
 * with another value"); only `!exists` selects instances without it. Ordering compares numbers when
 * both sides are numbers, otherwise text.
 */
function compileAttribute(name: string, op: QueryOperator, values: readonly string[]): CompiledQuery {
  if (op === 'exists') return (s) => s.attributes.has(name);
  if (op === '!exists') return (s) => !s.attributes.has(name);
  let test: ValueMatcher;
  if (isOrdering(op)) {
    const literal = values[0] ?? '';
    const order = orderTest(op);
    const literalNumber = numberOrNaN(literal);
    test = (v) => {
      const n = numberOrNaN(v);
      if (!Number.isNaN(n) && !Number.isNaN(literalNumber)) return order(n - literalNumber);
      return order(v < literal ? -1 : v > literal ? 1 : 0);
    };
  } else {
    test = textTest(op, values);
  }
  return (s) => {
    const v = s.attributes.get(name);
    return v !== undefined && test(v);
  };
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

function numberOrNaN(text: string): number {
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}

/**
 * `task:group` looks at the set of groups on the instance: `==`, `in` and `=~` hold when some group
 * matches; `!=`, `not_in` and `!~` are their negation (no task of such a group: anti-affinity).
 */
function compileTaskGroup(op: QueryOperator, values: readonly string[]): CompiledQuery {
  const negated = op === '!=' || op === 'not_in' || op === '!~';
  const positive: QueryOperator = op === '!=' ? '==' : op === 'not_in' ? 'in' : op === '!~' ? '=~' : op;
  let hosts: (s: QuerySubject) => boolean;
  if (positive === '==' || positive === 'in') {
    hosts = (s) => values.some((g) => s.taskGroups.has(g));
  } else {
    const test = textTest(positive, values);
    hosts = (s) => {
      for (const group of s.taskGroups) if (test(group)) return true;
      return false;
    };
  }
  return negated ? (s) => !hosts(s) : hosts;
}
