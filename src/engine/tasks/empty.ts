/**
 * The one empty list every record with nothing to list shares (no network bindings, no tags, …). Frozen, so
 * sharing it is safe; at 10,000 tasks per-record `[]` copies add up to megabytes.
 */
export const NONE: ReadonlyArray<never> = Object.freeze([]);
