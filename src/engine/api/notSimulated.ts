import { notSimulatedIn } from '../schema/notSimulated';
import { findOperation } from './registry';

/**
 * The members of a request that the sandbox accepts but does not act on (schemas mark them `notSimulated`),
 * as member paths such as `KeyName` or `NetworkInterfaces[0].Description`. The console and the editor show
 * them beside the call, so the AWS response itself keeps its real shape. Empty for an unknown operation.
 */
export function notSimulatedMembers(service: string, operation: string, input: unknown): string[] {
  const op = findOperation(service, operation);
  return op ? notSimulatedIn(op.schema, input ?? {}) : [];
}
