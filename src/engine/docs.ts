/**
 * The engine's second public file: the request schemas with their hover text. It is kept apart from
 * `index.ts` so that only the lazily loaded editor and console bundle the text (not the first page).
 */
export { documentedSchema } from './schema/docs/index';
