import type { SchemaDocs } from './schemaDocs';

/** Hover text for the applicationAutoScaling requests, keyed by operation then member path. */
export const applicationAutoScalingDocs = {} as const satisfies Record<string, SchemaDocs>;
