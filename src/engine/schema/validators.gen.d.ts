import type { ValidateFunction } from 'ajv';

/**
 * The types of `validators.gen.js`, which is generated (never committed): ajv standalone code for every schema
 * listed in tools/validators/config.ts, keyed by `schemaKey(schema)`. Vite (dev, build, vitest) generates it on
 * the fly; for plain Node scripts run `npm run validators`.
 */
export declare const validators: Readonly<Record<string, ValidateFunction>>;
