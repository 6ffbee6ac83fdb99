import type { TaskDefinition } from '../engine/index';

/** One registered revision as the history lists it and the diff compares it. */
export interface RevisionEntry {
  /** stable key, e.g. the task definition ARN */
  readonly id: string;
  /** what the list shows, e.g. `web:3` */
  readonly label: string;
  /** the revision as RegisterTaskDefinition input that registers as it stands (what the learner typed) */
  readonly text: string;
  /** a short extra line, e.g. `INACTIVE` */
  readonly detail?: string;
}

/** members ECS adds when it stores a task definition; the learner never types them */
const RESPONSE_ONLY = new Set([
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
]);

/**
 * A stored task definition turned back into RegisterTaskDefinition input: without the members ECS adds,
 * and without an empty tag list (the store keeps `tags: []`, which registration rejects).
 */
export function registerInput(td: TaskDefinition): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(td).filter(
      ([key, value]) => !RESPONSE_ONLY.has(key) && !(key === 'tags' && Array.isArray(value) && !value.length),
    ),
  );
}

/**
 * A stored task definition as a history entry. The text is registerable input (see `registerInput`), so a
 * diff of two revisions shows only what the learner changed and a revision opens as a working draft.
 */
export function revisionEntry(td: TaskDefinition): RevisionEntry {
  const request = registerInput(td);
  return {
    id: td.taskDefinitionArn,
    label: `${td.family}:${td.revision}`,
    text: `${JSON.stringify(request, null, 2)}\n`,
    ...(td.status === 'ACTIVE' ? {} : { detail: td.status }),
  };
}
