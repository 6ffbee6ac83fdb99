import type { ValidateFunction } from 'ajv';

/**
 * The types of `validatorsLater.gen.js`, generated like `validators.gen.js`: the validators of the schemas
 * tools/validators/config.ts loads after the first page (`loadsLater`), keyed by `schemaKey(schema)`. Vite (dev, build, vitest) generates it on
 * the fly; for plain Node scripts run `npm run validators`.
 */
export declare const validators: Readonly<Record<string, ValidateFunction>>;
