import type { Result } from '../../lib/result';
import { err } from '../../lib/result';

/**
 * The cluster query language (ecs-reference §4): used by `memberOf` constraints and by
 * `ListContainerInstances --filter`. STUB: the real lexer/parser/evaluator replace this.
 */
export interface QuerySyntaxError {
  readonly message: string;
  /** 0-based character offset into the expression where the problem starts */
  readonly offset: number;
  /** how many characters to underline (at least 1) */
  readonly length: number;
}

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

/** Parses and compiles an expression (cached by text). */
export function compileQuery(text: string): Result<CompiledQuery, QuerySyntaxError> {
  return err({ message: `cluster query language not implemented yet: ${text}`, offset: 0, length: 1 });
}
