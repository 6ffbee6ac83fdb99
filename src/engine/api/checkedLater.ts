import { waitsForLaterValidators } from '../schema/validate';
import { findOperation } from './registry';

/**
 * Whether a request of `service`/`operation` would now be refused because its check has not loaded yet
 * (src/engine/schema/validate.ts): what a saved sandbox's calls are read for before it is replayed.
 */
export function checkedLater(service: string, operation: string): boolean {
  const op = findOperation(service, operation);
  return op !== undefined && waitsForLaterValidators(op.schema);
}
