import { waitsForLaterValidators } from '../schema/validate';
import { findOperation, isLaterOperation } from './registry';

/**
 * Whether a request of `service`/`operation` would now be refused because its check or its code has not loaded yet
 * (src/engine/schema/validate.ts): what a saved sandbox's calls are read for before it is replayed.
 */
export function checkedLater(service: string, operation: string): boolean {
  const op = findOperation(service, operation);
  if (op === undefined) return isLaterOperation(service, operation);
  return waitsForLaterValidators(op.schema);
}
