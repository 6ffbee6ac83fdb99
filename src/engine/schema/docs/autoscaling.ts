import type { SchemaDocs } from './schemaDocs';

/** Hover text for the autoscaling requests, keyed by operation then member path. */
export const autoscalingDocs = {} as const satisfies Record<string, SchemaDocs>;
