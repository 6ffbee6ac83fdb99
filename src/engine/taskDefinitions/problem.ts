/**
 * A rule a task definition breaks that its JSON Schema cannot express. The engine throws the first one; the
 * editor shows all of them as markers. `offset`/`length` point into the member's string value (a memberOf
 * expression) when the problem is inside it.
 */
export interface TaskDefinitionProblem {
  /** the member's path, as `containerDefinitions[0].portMappings[1].hostPort` */
  readonly field: string;
  readonly message: string;
  readonly errorName: 'ClientException' | 'InvalidParameterException';
  readonly offset?: number;
  readonly length?: number;
}

export const clientProblem = (field: string, message: string): TaskDefinitionProblem => ({
  field,
  message,
  errorName: 'ClientException',
});

/** `a.b[10].c` → ['a', 'b', 10, 'c'] */
function segments(path: string): Array<string | number> {
  return path
    .split(/[.[\]]+/)
    .filter((s) => s !== '')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Orders member paths member by member, list indexes numerically, a parent before its children. */
export function compareFieldPaths(a: string, b: string): number {
  const x = segments(a);
  const y = segments(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    if (typeof p === 'number' && typeof q === 'number') return p - q;
    return String(p) < String(q) ? -1 : 1;
  }
  return x.length - y.length;
}
