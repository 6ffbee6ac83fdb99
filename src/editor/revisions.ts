import type { TaskDefinition } from '../engine/model/taskDefinition';

/** One registered revision as the history lists it and the diff compares it. */
export interface RevisionEntry {
  /** stable key, e.g. the task definition ARN */
  readonly id: string;
  /** what the list shows, e.g. `web:3` */
  readonly label: string;
  /** the revision as request JSON (what the learner would have typed) */
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
 * A stored task definition as a history entry. The text drops the members ECS adds at registration, so a
 * diff of two revisions shows only what the learner changed.
 */
export function revisionEntry(td: TaskDefinition): RevisionEntry {
  const request = Object.fromEntries(Object.entries(td).filter(([key]) => !RESPONSE_ONLY.has(key)));
  return {
    id: td.taskDefinitionArn,
    label: `${td.family}:${td.revision}`,
    text: `${JSON.stringify(request, null, 2)}\n`,
    ...(td.status === 'ACTIVE' ? {} : { detail: td.status }),
  };
}
