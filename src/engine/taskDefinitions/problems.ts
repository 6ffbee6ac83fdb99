import { containerProblems } from './containerRules';
import { readDraft, type TaskDraft } from './draft';
import { fargateProblems } from './fargateRules';
import { networkProblems } from './networkRules';
import { compareFieldPaths, type TaskDefinitionProblem } from './problem';
import { taskProblems } from './taskRules';

/**
 * Every semantic rule a RegisterTaskDefinition request breaks that its JSON Schema cannot express, sorted by
 * member path (stable, so the first one — the one the engine throws — does not depend on rule order). Pure;
 * accepts any JSON value, including a schema-invalid one, and then reports only what it can understand.
 */
export function taskDefinitionProblems(input: unknown): ReadonlyArray<TaskDefinitionProblem> {
  const d = readDraft(input);
  if (!d) return [];
  const found = [
    ...taskProblems(d),
    ...containerProblems(d),
    ...networkProblems(d),
    ...(d.requires.has('FARGATE') ? fargateProblems(d) : []),
  ];
  return found
    .map((p, i) => ({ p, i }))
    .sort((a, b) => compareFieldPaths(a.p.field, b.p.field) || a.i - b.i)
    .map(({ p }) => p);
}

/** Whether a definition that passes the general rules would also pass Fargate's. */
export const runsOnFargate = (d: TaskDraft): boolean => fargateProblems(d).length === 0;
