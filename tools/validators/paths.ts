/** Where the generated validators go (gitignored) and the module that writes them, relative to the project root. */
export const VALIDATORS_FILE = 'src/engine/schema/validators.gen.js';
/** the validators the first page does without (services, load balancers, sim controls), loaded after it */
export const LATER_VALIDATORS_FILE = 'src/engine/schema/validatorsLater.gen.js';
export const GENERATOR = 'tools/validators/generate.ts';
