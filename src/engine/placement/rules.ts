import { AwsError } from '../errors';
import type { PlacementConstraint, PlacementStrategy } from '../model/taskDefinition';
import { compileQuery } from '../query';
import { STRATEGIES } from './strategies';

/** Most constraints a task can have, the definition's and the request's together (ecs-reference §3.3). */
export const MAX_CONSTRAINTS = 10;
/** Most strategies a request can list (ecs-reference §3.2). */
export const MAX_STRATEGIES = 5;

const invalid = (message: string, field: string) => new AwsError('InvalidParameterException', message, field);

/** Checks one constraint's shape and, for memberOf, its expression's syntax (naming the character). */
export function checkConstraint(c: PlacementConstraint, field: string): void {
  if (c.type === 'distinctInstance') {
    if (c.expression !== undefined) {
      throw invalid(
        `${field}: a distinctInstance constraint takes no expression; remove 'expression' ` +
          `or use type 'memberOf' to filter with it.`,
        `${field}.expression`,
      );
    }
    return;
  }
  if (c.expression === undefined || c.expression.trim() === '') {
    throw invalid(
      `${field}: a memberOf constraint needs an expression, such as 'attribute:ecs.instance-type == t3.micro'.`,
      `${field}.expression`,
    );
  }
  const compiled = compileQuery(c.expression);
  if (!compiled.ok) {
    const { message, offset } = compiled.error;
    throw invalid(
      `${field}.expression has a syntax error at character ${offset + 1}: ${message}`,
      `${field}.expression`,
    );
  }
}

/**
 * The constraints a task must satisfy: the task definition's, then the request's, each checked, at most 10
 * together. Throws InvalidParameterException naming the first bad one.
 */
export function combineConstraints(
  fromDefinition: ReadonlyArray<PlacementConstraint>,
  fromRequest: ReadonlyArray<PlacementConstraint>,
): PlacementConstraint[] {
  const total = fromDefinition.length + fromRequest.length;
  if (total > MAX_CONSTRAINTS) {
    throw invalid(
      `A task can have at most ${MAX_CONSTRAINTS} placement constraints; the task definition has ` +
        `${fromDefinition.length} and placementConstraints ${fromRequest.length}. Remove ${total - MAX_CONSTRAINTS}.`,
      'placementConstraints',
    );
  }
  fromRequest.forEach((c, i) => checkConstraint(c, `placementConstraints[${i}]`));
  return [...fromDefinition, ...fromRequest];
}

/** Checks each strategy's field for its type (binpack: cpu|memory, spread: a field, random: none). */
export function checkStrategies(strategies: ReadonlyArray<PlacementStrategy>): void {
  if (strategies.length > MAX_STRATEGIES) {
    throw invalid(`placementStrategy can list at most ${MAX_STRATEGIES} strategies.`, 'placementStrategy');
  }
  strategies.forEach((s, i) => {
    const problem = STRATEGIES[s.type].fieldProblem(s.field);
    if (problem) throw invalid(`placementStrategy[${i}]: ${problem}`, `placementStrategy[${i}].field`);
  });
}
