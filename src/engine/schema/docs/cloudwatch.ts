import type { SchemaDocs } from './schemaDocs';

/** Hover text for the cloudwatch requests, keyed by operation then member path. */
export const cloudwatchDocs = {} as const satisfies Record<string, SchemaDocs>;
