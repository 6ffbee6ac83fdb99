import type { Result } from '../../lib/result';
import { ok } from '../../lib/result';
import type { QueryExpr, QuerySyntaxError } from './ast';
import { compileExpr } from './compile';
import { describeExpr } from './describe';
import { parseExpression } from './parser';
import { regexSupportLoaded } from './regex';

/**
 * The cluster query language (ecs-reference §4): used by `memberOf` constraints and by
 * `ListContainerInstances --filter`. A lexer, a recursive-descent parser and a closure compiler; no
 * `eval`. Regex conditions run on RE2 (linear time).
 */
export type { QuerySyntaxError, QueryExpr, QueryOperator, SubjectName, SubjectRef, Span } from './ast';
export { MAX_EXPRESSION_LENGTH, MAX_NESTING } from './parser';

/** What an expression can look at on one container instance. */
export interface QuerySubject {
  /** attribute name → value ('' for name-only attributes such as capabilities) */
  readonly attributes: ReadonlyMap<string, string>;
  readonly ec2InstanceId: string;
  readonly agentConnected: boolean;
  readonly agentVersion: string;
  /** epoch seconds */
  readonly registeredAt: number;
  readonly runningTasksCount: number;
  /** the task groups of tasks currently on the instance (for `task:group`) */
  readonly taskGroups: ReadonlySet<string>;
}

export type CompiledQuery = (subject: QuerySubject) => boolean;

/**
 * Parses an expression into its syntax tree (for explanations and canonical rendering). Pure and total:
 * never throws; problems come back as errors positioned on the text.
 */
export function parseQuery(text: string): Result<QueryExpr, QuerySyntaxError> {
  return parseExpression(text);
}

/** Renders a syntax tree back as canonical text; `parseQuery(describeQuery(e))` gives `e` again, spans aside. */
export function describeQuery(expr: QueryExpr): string {
  return describeExpr(expr);
}

/**
 * Whether a parse gives the same answer later: an error met before RE2 has loaded may be "still loading", which
 * goes away (src/engine/query/regex.ts), so it must not be remembered.
 */
export const isFinal = (parsed: Result<unknown, unknown>): boolean => parsed.ok || regexSupportLoaded();

const CACHE_LIMIT = 500;
const cache = new Map<string, Result<CompiledQuery, QuerySyntaxError>>();

/**
 * Parses and compiles an expression into a predicate over one instance. Results (errors included) are
 * cached by text, least recently used first out beyond 500 entries, so placement can call this for every
 * task without parsing again. Never throws.
 */
export function compileQuery(text: string): Result<CompiledQuery, QuerySyntaxError> {
  const cached = cache.get(text);
  if (cached !== undefined) {
    cache.delete(text);
    cache.set(text, cached);
    return cached;
  }
  const parsed = parseExpression(text);
  const result = parsed.ok ? ok(compileExpr(parsed.value)) : parsed;
  if (!isFinal(parsed)) return result;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(text, result);
  return result;
}
