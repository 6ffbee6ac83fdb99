/** Where the generated validators go (gitignored) and the module that writes them, relative to the project root. */
export const VALIDATORS_FILE = 'src/engine/schema/validators.gen.js';
export const GENERATOR = 'tools/validators/generate.ts';
