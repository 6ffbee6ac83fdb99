import { AwsError } from '../../errors';
import type { Ec2Instance } from '../../model/ec2';
import type { SimState } from '../../state';

/**
 * Looks instances up by id, rejecting the whole request (as EC2 does) on a malformed id
 * (InvalidInstanceID.Malformed) or ids that do not exist (InvalidInstanceID.NotFound, naming all of them).
 */
export function requireInstances(state: SimState, ids: ReadonlyArray<string>, field: string): Ec2Instance[] {
  ids.forEach((id, i) => {
    if (!/^i-[0-9a-f]{8}([0-9a-f]{9})?$/.test(id)) {
      throw new AwsError(
        'InvalidInstanceID.Malformed',
        `Invalid id: "${id}" (expecting "i-...")`,
        `${field}[${i}]`,
      );
    }
  });
  const missing = ids.filter((id) => !state.ec2.instances[id]);
  if (missing.length === 1) {
    throw new AwsError('InvalidInstanceID.NotFound', `The instance ID '${missing[0]}' does not exist`, field);
  }
  if (missing.length > 1) {
    throw new AwsError(
      'InvalidInstanceID.NotFound',
      `The instance IDs '${missing.join(', ')}' do not exist`,
      field,
    );
  }
  return [...new Set(ids)].map((id) => state.ec2.instances[id]!);
}
