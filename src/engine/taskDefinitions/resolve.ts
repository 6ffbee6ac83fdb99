import { taskDefinitionArn } from '../arns';
import type { TaskDefinition } from '../model/taskDefinition';
import type { SimState } from '../state';

/** A parsed task definition reference: `family`, `family:revision`, or an ARN naming either. */
export interface TaskDefinitionRef {
  readonly family: string;
  readonly revision?: number;
}

const SHORT = /^([A-Za-z0-9_-]{1,255})(?::(\d{1,9}))?$/;
const ARN = /^arn:aws[a-z-]*:ecs:([a-z0-9-]+):(\d{12}):task-definition\/(.+)$/;

/**
 * Parses `ref`; undefined when it is not a task definition reference at all, or an ARN of another account or
 * Region (nothing there exists in this simulation).
 */
export function parseTaskDefinitionRef(
  state: Pick<SimState, 'region' | 'accountId'>,
  ref: string,
): TaskDefinitionRef | undefined {
  let short = ref;
  if (ref.startsWith('arn:')) {
    const m = ARN.exec(ref);
    if (!m || m[1] !== state.region || m[2] !== state.accountId) return undefined;
    short = m[3]!;
  }
  const m = SHORT.exec(short);
  if (!m) return undefined;
  return m[2] === undefined ? { family: m[1]! } : { family: m[1]!, revision: Number(m[2]) };
}

/** The latest ACTIVE revision of a family, if any. */
export function latestActive(state: SimState, family: string): TaskDefinition | undefined {
  for (let r = state.ecs.families[family] ?? 0; r > 0; r--) {
    const td = state.ecs.taskDefinitions[taskDefinitionArn(state, family, r)];
    if (td?.status === 'ACTIVE') return td;
  }
  return undefined;
}

/**
 * Finds a task definition as ECS operations that accept `taskDefinition` do: `family` → the latest ACTIVE
 * revision; `family:revision` or an ARN → that revision whatever its status. Undefined when there is none.
 */
export function resolveTaskDefinition(state: SimState, ref: string): TaskDefinition | undefined {
  const parsed = parseTaskDefinitionRef(state, ref);
  if (!parsed) return undefined;
  if (parsed.revision === undefined) return latestActive(state, parsed.family);
  return state.ecs.taskDefinitions[taskDefinitionArn(state, parsed.family, parsed.revision)];
}
